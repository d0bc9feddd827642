/// Where a document was read: the path as the user named it (or as found under a directory they named,
/// `<stdin>` for standard input) and, for a JSONL line, its 1-based line number.
public struct DocumentOrigin: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let file: String
    /// Nil for a document that is a whole file.
    public let line: Int?

    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }

    /// `file:line`, or `file` for a whole-file document: the form editors and terminals turn into links.
    public var description: String {
        guard let line else { return file }
        return "\(file):\(line)"
    }
}
