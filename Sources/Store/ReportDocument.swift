import Documents

/// The article a batch of incidents was read from, as the store records it: re-appending the same id replaces
/// that article's earlier contribution instead of adding to it.
public struct ReportDocument: Sendable, Equatable {
    /// The document id every appended incident carries as `documentID`.
    public var id: String
    /// Where it was read (`file` or `file:line`), so a user can go back to the text.
    public var sourceFile: String?
    /// `YYYY-MM-DD` as given.
    public var published: String?

    public init(id: String, sourceFile: String? = nil, published: String? = nil) {
        self.id = id
        self.sourceFile = sourceFile
        self.published = published
    }

    /// The record of a document the reader produced.
    public init(_ document: Document) {
        self.init(id: document.id, sourceFile: document.source.description, published: document.published)
    }
}
