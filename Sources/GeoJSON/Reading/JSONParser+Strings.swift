import TextEncoding
extension JSONParser {
    /// Parses the string whose opening quote is at `offset`.
    mutating func parseString() throws(SyntaxError) -> String {
        let opening = offset
        offset += 1
        let start = offset
        // Most strings have no escapes: take them straight from the input.
        while let byte = peek() {
            if byte == ASCII.quote {
                offset += 1
                guard let string = Self.makeString(UnsafeRawBufferPointer(rebasing: input[start..<(offset - 1)])) else {
                    throw SyntaxError(offset: start, message: "invalid UTF-8 in string")
                }
                return string
            }
            if byte == ASCII.backslash || byte < 0x20 { break }
            offset += 1
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: input[start..<offset])
        while true {
            guard let byte = peek() else { throw SyntaxError(offset: opening, message: "unterminated string") }
            switch byte {
            case ASCII.quote:
                offset += 1
                guard let string = scratch.withUnsafeBytes(Self.makeString) else {
                    throw SyntaxError(offset: start, message: "invalid UTF-8 in string")
                }
                return string
            case ASCII.backslash:
                offset += 1
                try parseEscape()
            case ..<0x20:
                throw failure("unescaped control character U+\(hex(byte, digits: 4)) in string")
            default:
                scratch.append(byte)
                offset += 1
            }
        }
    }

    private mutating func parseEscape() throws(SyntaxError) {
        guard let byte = peek() else { throw failure("unterminated string") }
        offset += 1
        switch byte {
        case ASCII.quote, ASCII.backslash, UInt8(ascii: "/"): scratch.append(byte)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            let escapeStart = offset - 2
            var scalarValue = UInt32(try parseHex4())
            if (0xD800...0xDBFF).contains(scalarValue) {
                // A high surrogate must be followed by an escaped low surrogate.
                guard input[offset...].starts(with: [ASCII.backslash, UInt8(ascii: "u")]) else {
                    throw SyntaxError(offset: escapeStart, message: "unpaired surrogate in \\u escape")
                }
                offset += 2
                let low = UInt32(try parseHex4())
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw SyntaxError(offset: escapeStart, message: "unpaired surrogate in \\u escape")
                }
                scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(scalarValue) else {
                throw SyntaxError(offset: escapeStart, message: "unpaired surrogate in \\u escape")
            }
            UTF8.encode(scalar) { scratch.append($0) }
        default:
            offset -= 1
            throw failure("invalid escape '\\\(describeCurrent())' in string")
        }
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = hexValue(byte) else {
                throw failure("expected 4 hexadecimal digits in \\u escape")
            }
            value = value << 4 | UInt16(digit)
            offset += 1
        }
        return value
    }

    /// The string of well-formed UTF-8 bytes, or nil.
    private static func makeString(_ bytes: UnsafeRawBufferPointer) -> String? {
        UTF8Validation.isValid(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
    }
}
