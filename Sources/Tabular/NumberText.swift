import Glibc

/// What a column's values look like, from most to least specific; a column takes the widest kind of its
/// values, so one stray word turns a numeric column into text rather than into a silent null.
public enum ValueKind: Int, Comparable, Sendable {
    case empty, integer, number, text

    public static func < (a: ValueKind, b: ValueKind) -> Bool { a.rawValue < b.rawValue }
}

/// Reading numbers straight from bytes: no String per field, exact for the short decimals tables hold.
public enum NumberText {
    private static let powersOfTen: [Double] = (0...22).map { Double("1e\($0)") ?? 1 }

    /// Parses a decimal number ("-8.0029", "12", "1.5e3"; with `decimalComma`, also "12,6392"), ignoring
    /// surrounding spaces. Returns nil for anything else, including "nan", "inf" and hex.
    public static func parseDouble(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                   decimalComma: Bool = false) -> Double? {
        var i = start
        var e = end
        while i < e && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        while e > i && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09) { e -= 1 }
        guard i < e else { return nil }
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fraction = 0
        var sawDigit = false
        var sawPoint = false
        var hasExponent = false
        var k = i
        while k < e {
            let b = bytes[k]
            if b >= 0x30 && b <= 0x39 {
                sawDigit = true
                if digits < 19 {
                    if mantissa != 0 || b != 0x30 { digits += 1 }
                    mantissa = mantissa &* 10 &+ UInt64(b - 0x30)
                    if sawPoint { fraction += 1 }
                } else if !sawPoint {
                    return slowParse(bytes, start: i, end: e, negative: negative, decimalComma: decimalComma)
                }
            } else if !sawPoint && (b == UInt8(ascii: ".") || (decimalComma && b == UInt8(ascii: ","))) {
                sawPoint = true
            } else if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                hasExponent = true
                break
            } else {
                return nil
            }
            k += 1
        }
        guard sawDigit else { return nil }
        if hasExponent || digits > 15 {
            return slowParse(bytes, start: i, end: e, negative: negative, decimalComma: decimalComma)
        }
        // Both operands are exact doubles, so one correctly rounded division gives the nearest double.
        let value = Double(mantissa) / powersOfTen[fraction]
        return negative ? -value : value
    }

    /// strtod on a checked copy, for exponents and long mantissas.
    private static func slowParse(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, negative: Bool,
                                  decimalComma: Bool) -> Double? {
        var text = [CChar]()
        text.reserveCapacity(end - start + 2)
        if negative { text.append(CChar(UInt8(ascii: "-"))) }
        var sawExponent = false
        var exponentDigits = 0
        for k in start..<end {
            var b = bytes[k]
            if decimalComma && b == UInt8(ascii: ",") { b = UInt8(ascii: ".") }
            switch b {
            case 0x30...0x39: if sawExponent { exponentDigits += 1 }
            case UInt8(ascii: "."): if sawExponent { return nil }
            case UInt8(ascii: "e"), UInt8(ascii: "E"): if sawExponent { return nil }; sawExponent = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"): if !sawExponent || exponentDigits > 0 { return nil }
            default: return nil
            }
            text.append(CChar(bitPattern: b))
        }
        if sawExponent && exponentDigits == 0 { return nil }
        text.append(0)
        let value = text.withUnsafeBufferPointer { buffer -> Double in
            guard let base = buffer.baseAddress else { return .nan }
            return strtod(base, nil)
        }
        return value.isFinite ? value : nil
    }

    /// Classifies one raw field as JSON would read it: an integer in canonical form (no leading zeros, no
    /// plus sign, fits in 64 bits), any other JSON number, text, or empty.
    public static func kind(of bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> ValueKind {
        guard start < end else { return .empty }
        var i = start
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < end, bytes[i] >= 0x30 && bytes[i] <= 0x39 else { return .text }
        let intStart = i
        if bytes[i] == 0x30 {
            i += 1
        } else {
            while i < end && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
        }
        let integerDigits = i - intStart
        if i == end { return integerDigits <= 18 ? .integer : .number }
        if bytes[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < end && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
            guard i > fractionStart else { return .text }
        }
        if i < end && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < end && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            let exponentStart = i
            while i < end && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
            guard i > exponentStart else { return .text }
        }
        guard i == end else { return .text }
        // A JSON number that would overflow a double is not a number a map tool can use.
        return parseDouble(bytes, start, end) == nil ? .text : .number
    }
}
