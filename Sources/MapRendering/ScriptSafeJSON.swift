/// Makes JSON safe to embed in an HTML `<script>` element.
///
/// The HTML parser ends a script at the first `</script`, whatever the JSON means, and older JavaScript
/// engines end a string at U+2028/U+2029. So `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026`, and the two
/// separators `\u2028`, `\u2029`. These characters can only occur inside JSON strings, where the escapes mean
/// the same characters, so the JSON decodes to the same value.
public enum ScriptSafeJSON {
    public static func escape(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 64)
        var i = 0
        while i < json.count {
            let byte = json[i]
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: Array(#"\u003c"#.utf8))
            case UInt8(ascii: ">"): out.append(contentsOf: Array(#"\u003e"#.utf8))
            case UInt8(ascii: "&"): out.append(contentsOf: Array(#"\u0026"#.utf8))
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
            case 0xE2 where i + 2 < json.count && json[i + 1] == 0x80 && (json[i + 2] == 0xA8 || json[i + 2] == 0xA9):
                out.append(contentsOf: Array((json[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8))
                i += 2
            default: out.append(byte)
            }
            i += 1
        }
        return out
    }
}
