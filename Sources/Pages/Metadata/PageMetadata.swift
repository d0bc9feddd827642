/// What a page says about the article besides its text.
public struct PageMetadata: Sendable, Equatable {
    /// Where the publication date was found, in the order they are tried.
    public enum DateSource: String, Sendable, Equatable {
        case articlePublishedTime = "article:published_time"
        case jsonLD = "JSON-LD datePublished"
        case timeElement = "<time datetime>"
        case dublinCore = "dc.date"
        case otherMeta = "meta date"
        case updatedTime = "og:updated_time"
        case url = "URL"
        case dateLine = "date line"
    }

    public var title: String?
    public var published: DayDate?
    public var publishedSource: DateSource?
    /// `fr` or `en` from `<html lang>` (or the page's content-language / locale), nil otherwise.
    public var language: String?
    /// The declared language as written (`fr-FR`), for messages.
    public var declaredLanguage: String?
    /// `<link rel="canonical">`, else `og:url`, else the address the browser saved the page from.
    public var canonicalURL: String?
    public var siteName: String?

    public init(title: String? = nil, published: DayDate? = nil, publishedSource: DateSource? = nil,
                language: String? = nil, declaredLanguage: String? = nil, canonicalURL: String? = nil,
                siteName: String? = nil) {
        self.title = title
        self.published = published
        self.publishedSource = publishedSource
        self.language = language
        self.declaredLanguage = declaredLanguage
        self.canonicalURL = canonicalURL
        self.siteName = siteName
    }
}
