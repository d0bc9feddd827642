/// An RSS 2.0 (or RSS 1.0 / RDF) or Atom feed: its channel and its items, in file order.
public struct Feed: Sendable, Equatable {
    public enum Format: String, Sendable, Equatable { case rss = "RSS", atom = "Atom" }

    public var format: Format
    /// The channel's (or feed's) title: the site.
    public var title: String?
    /// `fr` or `en` from the channel's `<language>` or the feed's `xml:lang`, nil otherwise.
    public var language: String?
    public var items: [FeedItem]

    public init(format: Format, title: String?, language: String?, items: [FeedItem]) {
        self.format = format
        self.title = title
        self.language = language
        self.items = items
    }
}

/// One item (RSS) or entry (Atom).
public struct FeedItem: Sendable, Equatable {
    public var title: String?
    /// The item's `<link>` (Atom: the `alternate` link's `href`).
    public var link: String?
    /// RSS `<guid>`, Atom `<id>`.
    public var guid: String?
    /// From `pubDate`, `dc:date`, Atom `published`, else `updated`.
    public var published: DayDate?
    /// `content:encoded` (Atom `content`), else `description` (Atom `summary`), markup stripped, paragraphs
    /// kept as paragraphs.
    public var paragraphs: [String]
    /// The title and paragraphs, separated by blank lines.
    public var text: String
    /// 1-based line of the item in the file.
    public var line: Int

    public init(title: String?, link: String?, guid: String?, published: DayDate?, paragraphs: [String], line: Int) {
        self.title = title
        self.link = link
        self.guid = guid
        self.published = published
        self.paragraphs = paragraphs
        self.text = Page.joined(title: title, paragraphs)
        self.line = line
    }
}
