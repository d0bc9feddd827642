/// Finds bytes that are not well-formed UTF-8 and replaces them with U+FFFD, so a Latin-1 paragraph pasted
/// into an export costs a warning, not the document.
enum UTF8Repair {
    /// The offset of the first byte that does not start or continue a well-formed sequence, or nil.
    /// Overlong forms, surrogates and scalars above U+10FFFF count as malformed, as in `String(decoding:)`.
    static func firstInvalidByte(in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = buffer.count
        while i < n {
            let b = buffer[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var scalar: UInt32
            let minimum: UInt32
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

    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidByte(in: $0) }
    }

    /// The text with every malformed sequence replaced by U+FFFD (the standard's "maximal subpart" rule, as
    /// `String(decoding:as:)` applies it).
    static func repaired(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
