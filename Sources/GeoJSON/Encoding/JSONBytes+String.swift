extension JSONBytes {
    /// Appends `s` quoted and escaped per RFC 8259: `"` and `\` are backslash-escaped,
    /// control characters use the short forms `\b \f \n \r \t` where JSON has them and
    /// `\u00XX` otherwise; everything else, non-ASCII included, is copied as UTF-8.
    public mutating func appendString(_ s: String) {
        var s = s
        s.withUTF8 { appendEscaped($0) }
    }

    /// Appends already-UTF-8 bytes quoted and escaped like `appendString(_:)`.
    /// The bytes must be valid UTF-8: they are not checked, so this stays a plain copy loop.
    public mutating func appendString(utf8 bytes: UnsafeRawBufferPointer) {
        bytes.withMemoryRebound(to: UInt8.self) { appendEscaped($0) }
    }

    private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        bytes.append(ASCII.quote)
        // Copy runs of plain bytes in bulk; stop only at bytes that need escaping.
        var runStart = 0
        for i in 0..<source.count {
            let byte = source[i]
            guard byte < 0x20 || byte == ASCII.quote || byte == ASCII.backslash else { continue }
            if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i])) }
            appendEscape(for: byte)
            runStart = i + 1
        }
        if runStart < source.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...])) }
        bytes.append(ASCII.quote)
    }

    private mutating func appendEscape(for byte: UInt8) {
        switch byte {
        case ASCII.quote: appendRaw("\\\"")
        case ASCII.backslash: appendRaw("\\\\")
        case 0x08: appendRaw("\\b")
        case 0x0C: appendRaw("\\f")
        case ASCII.newline: appendRaw("\\n")
        case ASCII.carriageReturn: appendRaw("\\r")
        case ASCII.tab: appendRaw("\\t")
        default:
            appendRaw("\\u00")
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
