/// Escaping for text put into HTML or XML (SVG): element content and double-quoted attribute values.
public enum MarkupEscaping {
    /// `&`, `<`, `>`, `"` and `'` as entities; control characters other than tab and newline, which XML 1.0
    /// forbids even as references, are dropped so the SVG stays well-formed whatever the news text held.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += " "
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
