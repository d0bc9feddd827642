extension JSONBytes {
    /// Appends an integer in decimal, without going through `String`.
    public mutating func appendInteger(_ v: Int64) {
        if v < 0 { bytes.append(ASCII.minus) }
        appendDigits(v.magnitude, minimumWidth: 1)
    }

    /// Appends `v` rounded to at most `maxFractionDigits` decimals (clamped to 0...17), with
    /// trailing zeros trimmed, `-0` written as `0`, and no exponent below 1e15.
    /// NaN and infinities, which JSON lacks, become `null`.
    ///
    /// Rounding is half away from zero, applied to the Double product `v × 10^N` — exactly
    /// what `(v * 1e6).rounded() / 1e6` computes. So `13.8565` with 3 digits is `13.857` and
    /// `13.8564999` is `13.856`; and a tie is judged on the product, not on the exact binary
    /// value: `1.0005` is stored as 1.000499999…, but `1.0005 * 1000` is the Double 1000.5,
    /// so it is written `1.001`.
    ///
    /// While `|v| × 10^N < 2^53` the product is an exact integer and the digits are
    /// written from it directly (fixed point through `Int64`); above that, Double has no
    /// digits left to round at that position and the value is written from the rounded
    /// Double (exact digits when it is an integer, else Swift's shortest description).
    public mutating func appendNumber(_ v: Double, maxFractionDigits: Int) {
        guard v.isFinite else {
            appendRaw("null")
            return
        }
        let digits = min(max(maxFractionDigits, 0), Self.maximumFractionDigits)
        let scaled = (v * Self.doublePowersOfTen[digits]).rounded(.toNearestOrAwayFromZero)
        guard scaled.magnitude < Self.twoToThe53 else {
            // From 2^52 up every Double is an integer (and the product may overflow to infinity).
            appendLargeNumber(v.magnitude >= Self.twoToThe53 / 2 ? v : scaled / Self.doublePowersOfTen[digits])
            return
        }
        let units = Int64(scaled)
        if units == 0 {
            bytes.append(ASCII.zero)
            return
        }
        if units < 0 { bytes.append(ASCII.minus) }
        let divisor = Self.integerPowersOfTen[digits]
        appendDigits(units.magnitude / divisor, minimumWidth: 1)
        var fraction = units.magnitude % divisor
        guard fraction != 0 else { return }
        var width = digits
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        bytes.append(ASCII.dot)
        appendDigits(fraction, minimumWidth: width)
    }

    /// Appends a finite Double in Swift's shortest round-trip form (`12.5`, `3.0`, `1e-05`),
    /// all of which are valid JSON numbers; NaN and infinities become `null`.
    public mutating func appendShortestNumber(_ v: Double) {
        guard v.isFinite else {
            appendRaw("null")
            return
        }
        appendRaw(v.description.utf8)
    }

    /// The largest `maxFractionDigits` honoured: 10^17 still fits in both Double and UInt64 exactly.
    public static let maximumFractionDigits = 17

    private mutating func appendLargeNumber(_ rounded: Double) {
        // Integral Doubles below 2^63 are written digit for digit, never as 1e+15.
        if rounded == rounded.rounded(.towardZero), let integer = Int64(exactly: rounded) {
            appendInteger(integer)
        } else {
            appendShortestNumber(rounded)
        }
    }

    /// Writes `value` in decimal, left-padded with zeros to `minimumWidth` digits.
    private mutating func appendDigits(_ value: UInt64, minimumWidth: Int) {
        // UInt64.max has 20 digits; the width never exceeds maximumFractionDigits.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var start = 20
            var rest = value
            while rest != 0 || 20 - start < minimumWidth {
                start -= 1
                buffer[start] = ASCII.zero &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<20]))
        }
    }

    private static let twoToThe53 = 9_007_199_254_740_992.0
    private static let doublePowersOfTen: [Double] = (0...maximumFractionDigits).map { Double(integerPowersOfTen[$0]) }
    private static let integerPowersOfTen: [UInt64] = (0...maximumFractionDigits).map { (0..<$0).reduce(1) { power, _ in power * 10 } }
}
