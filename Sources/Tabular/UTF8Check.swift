/// Finds the first byte that is not part of well-formed UTF-8, so a Latin-1 export is reported with its line
/// instead of turning into mojibake in the output. Overlong forms, surrogates and scalars above U+10FFFF count
/// as malformed, as in `String(decoding:)`. Shared by the CSV reader and the document reader.
public enum UTF8Check {
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
