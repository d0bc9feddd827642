/// One article for the geocoder and the incident extractor: its text, what the input said about it, and where
/// it came from so that every later warning can point the user back at the line to fix.
public struct Document: Sendable, Equatable {
    /// The input's own id, an integer id as its decimal string, `<file name>:<line>` for a JSONL line without
    /// one, or the file name (`stdin` for standard input) for a whole-file document.
    public let id: String
    public let text: String
    /// `YYYY-MM-DD` exactly as given, already checked to be a real calendar date; it anchors relative dates
    /// such as "mercredi".
    public let published: String?
    /// `fr` or `en` as given; nil when the input did not say, and the language is to be detected.
    public let language: String?
    public let title: String?
    public let url: String?
    public let source: DocumentOrigin

    public init(
        id: String,
        text: String,
        published: String? = nil,
        language: String? = nil,
        title: String? = nil,
        url: String? = nil,
        source: DocumentOrigin
    ) {
        self.id = id
        self.text = text
        self.published = published
        self.language = language
        self.title = title
        self.url = url
        self.source = source
    }
}
