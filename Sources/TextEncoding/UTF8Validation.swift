/// Finds the first byte that is not part of well-formed UTF-8 (RFC 3629: overlong forms, surrogates and scalars
/// above U+10FFFF count as malformed, as in `String(decoding:)`), for the readers that must report or re-decode
/// bad bytes rather than let them turn into replacement characters: CSV, documents, JSON, saved pages.
/// Hand-written because `String(validating:)` needs macOS 15 and the package supports 13.
public enum UTF8Validation {
    public static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        firstInvalidByte(in: bytes.bindMemory(to: UInt8.self)) == nil
    }

    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstInvalidByte(in: bytes) == nil
    }

    public static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidByte(in: $0) }
    }

    public static func firstInvalidByte(in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        // Most texts are ASCII: skip to the first non-ASCII byte before decoding anything.
        guard let firstHigh = buffer.firstIndex(where: { $0 >= 0x80 }) else { return nil }
        var i = firstHigh
        let n = buffer.count
        while i < n {
            let b = buffer[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; scalar = UInt32(b & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; scalar = UInt32(b & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; scalar = UInt32(b & 0x07); minimum = 0x10000
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = buffer[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }
}
