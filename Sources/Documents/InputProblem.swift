/// Input the reader had to leave out: a JSONL line it could not turn into a document, or a file it could not
/// take as one. Located as precisely as the reader knows, so the user can fix the input and run again.
public struct InputProblem: Sendable, Equatable, CustomStringConvertible {
    /// The path as the user named it, or `<stdin>`.
    public let file: String
    /// The 1-based line that was skipped, or nil when the whole file was.
    public let line: Int?
    /// The JSON field at fault (`text`, `published`, ...), when the problem is about one field.
    public let field: String?
    /// The 1-based column, for a feed that is not well-formed (libxml2's).
    public let column: Int?
    /// Whether the whole file was left out (a page or a feed) rather than one line of it.
    public let isWholeFile: Bool
    /// What is wrong, e.g. `"2022-02-31" is not a real date`.
    public let message: String

    public init(file: String, line: Int?, field: String? = nil, message: String, column: Int? = nil,
                isWholeFile: Bool? = nil) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.column = column
        self.isWholeFile = isWholeFile ?? (line == nil)
    }

    /// `file:line: field "name": message`, without saying what became of the input (see `description`).
    public var location: String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        if let field { text += ": field \"\(field)\"" }
        return text
    }

    /// e.g. `input.jsonl:17: field "published": "2022-02-31" is not a real date; line skipped`.
    public var description: String {
        "\(location): \(message); \(isWholeFile ? "file" : "line") skipped"
    }
}
