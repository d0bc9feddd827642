/// Something the reader repaired or passed over without losing a document the user asked for: bytes that
/// were not UTF-8, a file under a directory that is not an article. Returned, never printed: the caller
/// decides how loud to be.
public struct InputWarning: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Bytes that are not UTF-8 were replaced with U+FFFD; the rest of the text is intact.
        case repairedUTF8
        /// A file found under a directory was not read (an extension that is not a document's, or not a
        /// regular file).
        case skippedFile
        /// A web page or feed item without a publication date (and no `--published`).
        case undatedPage
        /// A web page whose article could not be told apart from its furniture: read as all its visible text.
        case noMainText
        /// A well-formed feed without any item.
        case emptyFeed
    }

    public let kind: Kind
    public let file: String
    /// For repaired UTF-8, the line holding the first bad byte; nil when the warning is about a whole file.
    public let line: Int?
    public let message: String

    public init(kind: Kind, file: String, line: Int?, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    /// e.g. `input.jsonl:3: invalid UTF-8 repaired`.
    public var description: String {
        guard let line else { return "\(file): \(message)" }
        return "\(file):\(line): \(message)"
    }
}
