import TextEncoding
/// What bytes a page is written in, decided before parsing as browsers do: a byte order mark, else the
/// charset the page declares in its first 4 KiB (`<meta charset>`, `http-equiv` content type, the XML
/// declaration), else UTF-8 when the bytes are UTF-8, else Windows-1252.
///
/// ISO-8859-1 and US-ASCII are read as Windows-1252 (as the WHATWG encoding standard has browsers do: pages
/// that declare Latin-1 use the 0x80-0x9F punctuation of Windows-1252), decoded here; other declared charsets
/// are left to libxml2's converters.
enum Charset: Equatable {
    case utf8
    case windows1252
    /// A name for libxml2 (`UTF-16LE`, `ISO-8859-15`, ...).
    case other(String)

    /// How far the prescan looks for a declaration.
    static let prescanBytes = 4096

    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> (charset: Charset, bomLength: Int) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.other("UTF-16LE"), 2) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.other("UTF-16BE"), 2) }
        if let label = declaredLabel(bytes) { return (named(label) ?? .utf8, 0) }
        return (UTF8Validation.isValid(bytes) ? .utf8 : .windows1252, 0)
    }

    /// The charset a label names, nil for one that is not a charset name at all.
    static func named(_ label: String) -> Charset? {
        let name = label.lowercased()
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return .utf8
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
             "windows-1252", "cp1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100":
            return .windows1252
        default:
            guard !name.isEmpty, name.utf8.allSatisfy({ isLabelByte($0) }) else { return nil }
            return .other(label)
        }
    }

    /// The value after the first `charset=` (or `encoding=` of an XML declaration) in the first bytes.
    static func declaredLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let end = min(bytes.count, prescanBytes)
        for key in ["charset", "encoding"] {
            let keyBytes = Array(key.utf8)
            var i = 0
            while i + keyBytes.count < end {
                var matches = true
                for (k, byte) in keyBytes.enumerated() where lower(bytes[i + k]) != byte {
                    matches = false
                    break
                }
                guard matches else { i += 1; continue }
                var j = i + keyBytes.count
                while j < end, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
                guard j < end, bytes[j] == UInt8(ascii: "=") else { i += 1; continue }
                j += 1
                while j < end, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x22 || bytes[j] == 0x27 { j += 1 }
                var label: [UInt8] = []
                while j < end, isLabelByte(bytes[j]), label.count < 40 { label.append(bytes[j]); j += 1 }
                if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
                i += 1
            }
        }
        return nil
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: ".")
    }

    /// Windows-1252 bytes as UTF-8 (0x81, 0x8D, 0x8F, 0x90 and 0x9D, undefined, become U+FFFD).
    static func utf8(fromWindows1252 bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 { out.append(byte); continue }
            let scalar: UInt32 = byte >= 0xA0 ? UInt32(byte) : windows1252High[Int(byte - 0x80)]
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | (scalar >> 6)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (scalar >> 12)))
                out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return out
    }

    /// 0x80 ... 0x9F in Windows-1252.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
