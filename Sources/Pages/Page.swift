/// A saved web page read as an article: its text (the title, then the article's paragraphs, a blank line
/// between each, as the `Text` module expects paragraphs) and its metadata.
public struct Page: Sendable, Equatable {
    /// The title (when found) and the paragraphs, separated by blank lines.
    public var text: String
    public var paragraphs: [String]
    public var metadata: PageMetadata
    /// False when no main text was told apart from the page's furniture: `paragraphs` is then all its visible
    /// text.
    public var mainTextFound: Bool

    public init(text: String, paragraphs: [String], metadata: PageMetadata, mainTextFound: Bool) {
        self.text = text
        self.paragraphs = paragraphs
        self.metadata = metadata
        self.mainTextFound = mainTextFound
    }

    /// The title and paragraphs as one text.
    static func joined(title: String?, _ paragraphs: [String]) -> String {
        ((title.map { [$0] } ?? []) + paragraphs).joined(separator: "\n\n")
    }
}
