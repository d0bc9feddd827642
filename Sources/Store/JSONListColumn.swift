import Foundation

/// The JSON text of the store's list columns (`actors`, `warnings`: arrays of strings; `killed_by_group`: an
/// object of integers), written and read by hand: a million-incident export parsed them with `JSONDecoder`
/// for a sixth of its time. Reading takes any JSON (what SQLite's `json_*` functions write, say): text beyond
/// the simple shapes written here goes to `JSONDecoder`.
enum JSONListColumn {
    /// `["a","b"]`, escaped as `JSONEncoder` does (quote, backslash and control characters only).
    static func text(_ strings: [String]) -> String {
        guard !strings.isEmpty else { return "[]" }
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (i, string) in strings.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendQuoted(string, into: &out)
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// `{"a":1,"b":2}`, keys sorted (as `JSONEncoder` with `.sortedKeys`).
    static func text(_ counts: [String: Int]) -> String {
        guard !counts.isEmpty else { return "{}" }
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (i, key) in counts.keys.sorted().enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendQuoted(key, into: &out)
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: String(counts[key] ?? 0).utf8)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// The strings of a JSON array of strings; nil when `text` is not one.
    static func strings(_ text: String) -> [String]? {
        if text == "[]" { return [] }
        if let parsed = parse(text, { $0.stringArray() }) { return parsed }
        return fallback([String].self, text)
    }

    /// The members of a JSON object of integers; nil when `text` is not one.
    static func counts(_ text: String) -> [String: Int]? {
        if text == "{}" { return [:] }
        if let parsed = parse(text, { $0.integerObject() }) { return parsed }
        return fallback([String: Int].self, text)
    }

    private static func parse<T>(_ text: String, _ read: (inout Parser) -> T?) -> T? {
        var text = text
        text.makeContiguousUTF8()
        let parsed = text.utf8.withContiguousStorageIfAvailable { bytes in
            var parser = Parser(bytes: bytes)
            return read(&parser)
        }
        return parsed ?? nil
    }

    private static func fallback<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }

    private static func appendQuoted(_ string: String, into out: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case ..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// A strict reader of the two shapes above; any surprise (a number that is not an integer, a bad escape,
/// trailing text) is a nil for the caller to hand to `JSONDecoder`.
private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func stringArray() -> [String]? {
        guard consume(UInt8(ascii: "[")) else { return nil }
        var result: [String] = []
        if consume(UInt8(ascii: "]")) { return atEnd() ? result : nil }
        repeat {
            guard let string = string() else { return nil }
            result.append(string)
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "]")) && atEnd() ? result : nil
    }

    mutating func integerObject() -> [String: Int]? {
        guard consume(UInt8(ascii: "{")) else { return nil }
        var result: [String: Int] = [:]
        if consume(UInt8(ascii: "}")) { return atEnd() ? result : nil }
        repeat {
            guard let key = string(), consume(UInt8(ascii: ":")), let value = integer() else { return nil }
            result[key] = value
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}")) && atEnd() ? result : nil
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func atEnd() -> Bool {
        skipSpace()
        return index == bytes.count
    }

    private mutating func integer() -> Int? {
        skipSpace()
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    /// A JSON string; its bytes are copied as they are up to the first escape.
    private mutating func string() -> String? {
        guard consume(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                defer { index += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
            if byte < 0x20 { return nil }
            index += 1
        }
        return nil
    }

    /// The rest of a string holding escapes, `start` being just after its opening quote.
    private mutating func escapedString(from start: Int) -> String? {
        var out = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { return nil }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    out.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
            case ..<0x20:
                return nil
            default:
                out.append(byte)
            }
        }
        return nil
    }

    /// After `\u`: four hex digits, and a second `\uXXXX` when they are a high surrogate.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let unit = hex4() else { return nil }
        switch unit {
        case 0xD800...0xDBFF:
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { return nil }
            index += 2
            guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        case 0xDC00...0xDFFF:
            return nil
        default:
            return Unicode.Scalar(unit)
        }
    }

    private mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            index += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
