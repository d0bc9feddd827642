/// Why bytes could not be read as a page or a feed, with libxml2's line and column when it has them, so the
/// message alone says where to look.
public struct PageError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Binary data, or text without any markup: not a web page.
        case notHTML
        /// A feed that is not well-formed XML (libxml2's first fatal error).
        case malformedFeed
        /// Well-formed XML whose root is neither RSS (`rss`, `rdf:RDF`) nor Atom (`feed`).
        case notAFeed
        /// A declared charset libxml2 cannot convert.
        case unsupportedEncoding
    }

    public let kind: Kind
    public let message: String
    /// 1-based, when the parser reported one.
    public let line: Int?
    public let column: Int?

    public init(kind: Kind, message: String, line: Int? = nil, column: Int? = nil) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
    }

    /// `line 12, column 5: ...` or the message alone.
    public var description: String {
        guard let line else { return message }
        return "line \(line)\(column.map { ", column \($0)" } ?? ""): \(message)"
    }
}
