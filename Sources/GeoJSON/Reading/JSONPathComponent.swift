/// One step of a JSON path: an object member or an array element.
enum JSONPathComponent: Sendable {
    case key(String)
    case index(Int)

    /// Renders steps from the root: `features[3].geometry`, `properties["two words"]`, or `$` for none.
    static func render(_ components: some Sequence<JSONPathComponent>) -> String {
        var text = ""
        for component in components {
            switch component {
            case .index(let i):
                text += "[\(i)]"
            case .key(let key) where isIdentifier(key):
                text += text.isEmpty ? key : ".\(key)"
            case .key(let key):
                var quoted = JSONBytes()
                quoted.appendString(key)
                text += "[\(String(decoding: quoted.bytes, as: UTF8.self))]"
            }
        }
        return text.isEmpty ? "$" : text
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return key.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                true
            default:
                false
            }
        }
    }
}
