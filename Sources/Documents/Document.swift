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
    /// The site a page or feed item comes from (`og:site_name`, the feed's title), when it says.
    public let siteName: String?
    /// A web page or feed item that states no publication date of its own, read without `--published`: its
    /// relative dates ("mercredi", "hier") have no anchor, so incidents dated by them are at best
    /// date_precision 3. False for every other document (a text file or JSONL line without a date is read as
    /// before).
    public let isUndatedPage: Bool
    public let source: DocumentOrigin

    public init(
        id: String,
        text: String,
        published: String? = nil,
        language: String? = nil,
        title: String? = nil,
        url: String? = nil,
        siteName: String? = nil,
        isUndatedPage: Bool = false,
        source: DocumentOrigin
    ) {
        self.id = id
        self.text = text
        self.published = published
        self.language = language
        self.title = title
        self.url = url
        self.siteName = siteName
        self.isUndatedPage = isUndatedPage
        self.source = source
    }
}
