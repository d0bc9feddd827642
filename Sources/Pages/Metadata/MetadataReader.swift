import Foundation
/// Reads a page's metadata from its head, JSON-LD, `<time>` elements, URL and visible date line.
///
/// The publication date is the first of: `article:published_time`, JSON-LD `datePublished`, a `<time
/// datetime>` (one marked as the publication's first, inside the article before the rest of the page), Dublin
/// Core (`dc.date`, `dcterms.date`, `dc.date.issued`), other date metas (`date`, `pubdate`, `publish-date`,
/// `itemprop=datePublished`), `og:updated_time` / `article:modified_time` / JSON-LD `dateModified` as a last
/// resort among the metadata, a date in the URL path, then the first visible date line ("Publié le ...").
struct MetadataReader {
    let tree: MarkupTree
    let blocks: [TextBlock]

    func read(container: Int?) -> PageMetadata {
        let head = tree.head
        let jsonLD = JSONLD(blocks: head.jsonLD)
        var metadata = PageMetadata()

        metadata.siteName = clean(head.meta(["og:site_name", "application-name"]) ?? jsonLD.publisherName)
        metadata.canonicalURL = clean(head.canonical ?? head.meta(["og:url"]) ?? head.savedFrom)
        let declared = clean(head.language ?? head.meta(["content-language", "dc.language", "language"])
                             ?? jsonLD.language ?? head.meta(["og:locale"]))
        metadata.declaredLanguage = declared
        metadata.language = declared.flatMap(Self.language)
        metadata.title = title(jsonLD: jsonLD, siteName: metadata.siteName, container: container)

        let (day, source) = publishedDay(jsonLD: jsonLD, container: container, url: metadata.canonicalURL)
        metadata.published = day
        metadata.publishedSource = day == nil ? nil : source
        return metadata
    }

    /// `fr` or `en` from a language tag (`fr-FR`, `en_GB`, `FR`).
    static func language(_ tag: String) -> String? {
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return ["fr", "en"].contains(primary) ? primary : nil
    }

    private func publishedDay(jsonLD: JSONLD, container: Int?, url: String?) -> (DayDate?, PageMetadata.DateSource?) {
        let head = tree.head
        if let text = head.meta(["article:published_time", "og:article:published_time", "article:published"]),
           let day = DateText.day(from: text) {
            return (day, .articlePublishedTime)
        }
        if let text = jsonLD.datePublished, let day = DateText.day(from: text) { return (day, .jsonLD) }
        if let day = timeElementDay(container: container) { return (day, .timeElement) }
        if let text = head.meta(["dc.date", "dcterms.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
                                 "dcterms.created"]),
           let day = DateText.day(from: text) {
            return (day, .dublinCore)
        }
        if let text = head.meta(["datepublished", "date", "pubdate", "publish-date", "publishdate", "publication_date",
                                 "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate"]),
           let day = DateText.day(from: text) {
            return (day, .otherMeta)
        }
        if let text = head.meta(["og:updated_time", "article:modified_time", "datemodified", "last-modified"])
            ?? jsonLD.dateModified,
           let day = DateText.day(from: text) {
            return (day, .updatedTime)
        }
        if let url, let day = DateText.urlDay(url) { return (day, .url) }
        for block in blocks where block.length <= 200 {
            if let day = DateText.dateLineDay(block.text) { return (day, .dateLine) }
        }
        return (nil, nil)
    }

    /// A `<time datetime>`: one marked as the publication date first, then the first inside the article, then
    /// the first of the page.
    private func timeElementDay(container: Int?) -> DayDate? {
        let times = tree.head.times
        let inside: (PageHead.Time) -> Bool = { time in
            guard let container else { return false }
            return time.node > container && time.node < Int(tree.nodes[container].end)
        }
        let ordered = times.filter(\.marksPublication) + times.filter(inside) + times
        for time in ordered {
            if let day = DateText.isoDay(time.datetime) ?? DateText.day(from: time.datetime) { return day }
        }
        return nil
    }

    /// `og:title`, else JSON-LD `headline`, else the first `h1` (the article's own first), else `<title>`;
    /// the site's name taken off.
    private func title(jsonLD: JSONLD, siteName: String?, container: Int?) -> String? {
        if let og = clean(tree.head.meta(["og:title", "twitter:title"])) { return Self.strip(siteName, from: og, guess: false) }
        if let headline = clean(jsonLD.headline) { return headline }
        let headings = blocks.filter { $0.tag == .h1 && !$0.isFurniture }
        let inArticle = headings.first { block in
            guard let container else { return false }
            return block.element > container && block.element < Int(tree.nodes[container].end)
        }
        if let h1 = inArticle ?? headings.first {
            return h1.text.replacingOccurrences(of: "\n", with: " ")
        }
        if let title = clean(tree.head.title) { return Self.strip(siteName, from: title, guess: true) }
        return nil
    }

    /// "Attaque à Boni | Le Journal" without " | Le Journal": the site name when known, else (for `<title>`,
    /// `guess`) the last part after a separator when what is left has four words or more.
    static func strip(_ siteName: String?, from title: String, guess: Bool) -> String {
        let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "]
        if let siteName, !siteName.isEmpty {
            for separator in separators {
                if title.hasSuffix(separator + siteName) { return String(title.dropLast(separator.count + siteName.count)) }
                if title.hasPrefix(siteName + separator) { return String(title.dropFirst(separator.count + siteName.count)) }
            }
            if title == siteName { return title }
        }
        guard guess else { return title }
        for separator in separators {
            if let range = title.range(of: separator, options: .backwards) {
                let rest = String(title[..<range.lowerBound])
                if rest.split(separator: " ").count >= 4 { return rest }
            }
        }
        return title
    }

    private func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }
}
