import Foundation

/// Turns one JSONL line into a document, or says precisely which field is wrong and why.
///
/// Only `text` is required. `id` may be a string or an integer; `published`, `lang`, `title` and `url` are
/// strings when present (`null` counts as absent). Other fields are ignored, so exports from other tools can
/// be fed in as they are.
struct JSONLineDecoder {
    enum Outcome: Equatable {
        case document(Document)
        case problem(InputProblem)
    }

    let displayPath: String
    /// The file name default ids are made from (`<name>:<line>`).
    let name: String

    static let languages: Set<String> = ["fr", "en"]
    private static let booleanType = type(of: NSNumber(value: true))

    /// Decodes a line that is valid UTF-8 (repair it first) and not blank.
    func decode(_ bytes: [UInt8], line: Int) -> Outcome {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            return .problem(problem(line, nil, "not valid JSON"))
        }
        guard let object = value as? [String: Any] else {
            return .problem(problem(line, nil, "not a JSON object (found \(Self.kind(of: value)))"))
        }
        guard let rawText = object["text"], !(rawText is NSNull) else {
            return .problem(problem(line, "text", "missing; every document needs its text"))
        }
        guard let text = rawText as? String else {
            return .problem(problem(line, "text", "must be a string, found \(Self.kind(of: rawText))"))
        }
        let id: String
        switch identifier(object["id"]) {
        case .success(let given): id = given ?? "\(name):\(line)"
        case .failure(let message): return .problem(problem(line, "id", message))
        }
        var strings: [String: String] = [:]
        for field in ["published", "lang", "title", "url"] {
            guard let raw = object[field], !(raw is NSNull) else { continue }
            guard let string = raw as? String else {
                return .problem(problem(line, field, "must be a string, found \(Self.kind(of: raw))"))
            }
            strings[field] = string
        }
        if let published = strings["published"] {
            do {
                _ = try PublishedDate(validating: published)
            } catch {
                return .problem(problem(line, "published", error.message))
            }
        }
        if let language = strings["lang"], !Self.languages.contains(language) {
            return .problem(problem(line, "lang", "\"\(language)\" is not a supported language (fr or en)"))
        }
        return .document(Document(
            id: id,
            text: text,
            published: strings["published"],
            language: strings["lang"],
            title: strings["title"],
            url: strings["url"],
            source: DocumentOrigin(file: displayPath, line: line)
        ))
    }

    private enum Identifier {
        case success(String?)
        case failure(String)
    }

    /// A string id as given, an integer id as its decimal string, nil when absent.
    private func identifier(_ raw: Any?) -> Identifier {
        guard let raw, !(raw is NSNull) else { return .success(nil) }
        if let string = raw as? String {
            return string.isEmpty ? .failure("must not be empty") : .success(string)
        }
        if let number = raw as? NSNumber, type(of: number) != Self.booleanType {
            let digits = number.stringValue
            // Integers beyond 64 bits come back as decimal numbers; their digits are still the id.
            let isFloatingPoint = ["d", "f"].contains(String(cString: number.objCType)) && !(number is NSDecimalNumber)
            if !isFloatingPoint && Self.isIntegerText(digits) { return .success(digits) }
            return .failure("must be a string or an integer, found \(digits)")
        }
        return .failure("must be a string or an integer, found \(Self.kind(of: raw))")
    }

    private static func isIntegerText(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    private func problem(_ line: Int, _ field: String?, _ message: String) -> InputProblem {
        InputProblem(file: displayPath, line: line, field: field, message: message)
    }

    /// How a JSON value is named in messages.
    static func kind(of value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case is String: return "a string"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        case let number as NSNumber: return type(of: number) == booleanType ? "a boolean" : "a number"
        default: return "a \(type(of: value))"
        }
    }
}
