/// Which elements are page furniture rather than the article: by element (`nav`, `header`, `footer`,
/// `aside`, `form`, `figure`...), by ARIA role, and by the words of their `class` and `id` (menus,
/// sidebars, comments, share buttons, "Lire aussi" and "Related" boxes, cookie banners, newsletters, ads).
///
/// A wrapper is never furniture: an element holding the article's preferred container (`<article>`,
/// `itemprop="articleBody"`, `.entry-content`...) or more than half of the page's text is kept, so a theme's
/// `<div class="has-sidebar">` or ASP.NET's page-wide `<form>` does not take the article with it. Comment
/// threads, which can be longer than the article, are furniture whatever their size.
enum Furniture {
    static func marks(_ tree: MarkupTree) -> [Bool] {
        let nodes = tree.nodes
        var marks = [Bool](repeating: false, count: nodes.count)
        guard !nodes.isEmpty else { return marks }
        // Text characters and preferred containers below each node.
        var textLength = [Int](repeating: 0, count: nodes.count)
        var holdsPreferred = [Bool](repeating: false, count: nodes.count)
        var isPreferred = [Bool](repeating: false, count: nodes.count)
        // Pages repeat a few class names many times: each is classified once.
        var preferredNames: [String: Bool] = [:]
        var kinds: [String: FurnitureNames.Kind] = [:]
        for i in stride(from: nodes.count - 1, through: 0, by: -1) {
            let node = nodes[i]
            if node.tag == .text { textLength[i] = node.text.utf8.count; continue }
            if node.tag == .article || node.flags.contains(.articleBody) {
                isPreferred[i] = true
            } else if !node.names.isEmpty {
                if let known = preferredNames[node.names] {
                    isPreferred[i] = known
                } else {
                    isPreferred[i] = ArticleContainers.isPreferred(node)
                    preferredNames[node.names] = isPreferred[i]
                }
            }
            if isPreferred[i] { holdsPreferred[i] = true }
        }
        for i in stride(from: nodes.count - 1, through: 0, by: -1) {
            let parent = Int(nodes[i].parent)
            if parent >= 0 {
                textLength[parent] += textLength[i]
                if holdsPreferred[i] { holdsPreferred[parent] = true }
            }
        }
        let pageLength = textLength.enumerated().first { nodes[$0.offset].tag == .body }?.element
            ?? textLength.max() ?? 0
        for i in nodes.indices {
            let node = nodes[i]
            guard node.tag != .text else { continue }
            switch node.tag {
            case .html, .body, .main, .article: continue
            default: break
            }
            if node.flags.contains(.articleBody) || node.flags.contains(.mainRole) { continue }
            let isWrapper = holdsPreferred[i] || (pageLength > 0 && textLength[i] * 2 > pageLength)
            if node.tag.isFurniture || node.flags.contains(.furnitureRole) {
                if !isWrapper || node.tag == .nav { marks[i] = true }
                continue
            }
            guard !node.names.isEmpty, !isPreferred[i] else { continue }
            let kind: FurnitureNames.Kind
            if let known = kinds[node.names] {
                kind = known
            } else {
                kind = FurnitureNames.classify(node.names)
                kinds[node.names] = kind
            }
            switch kind {
            case .none: break
            case .comments: if !holdsPreferred[i] { marks[i] = true }
            case .furniture: if !isWrapper { marks[i] = true }
            }
        }
        return marks
    }
}

/// The class and id words of page furniture.
enum FurnitureNames {
    enum Kind { case none, comments, furniture }

    static func classify(_ names: String) -> Kind {
        var kind = Kind.none
        for token in names.split(separator: " ") {
            if wholeTokens.contains(token) { kind = .furniture }
            if token.count > 6 {
                if commentInfixes.contains(where: { ByteSearch.contains(token, $0) }) { return .comments }
                if infixes.contains(where: { ByteSearch.contains(token, $0) }) { kind = .furniture }
            }
            for part in token.split(whereSeparator: { $0 == "-" || $0 == "_" }) {
                if commentParts.contains(part) { return .comments }
                if parts.contains(part) { kind = .furniture }
            }
        }
        return kind
    }

    /// Words found inside longer tokens (`jp-relatedposts`, `jcomments`, `sharebar`).
    private static let commentInfixes = ["comment", "disqus"]
    private static let infixes = [
        "related", "share", "sharing", "social", "cookie", "sidebar", "newsletter", "breadcrumb", "widget",
        "advert", "taboola", "outbrain", "consent", "lireaussi", "readmore",
    ]

    private static let commentParts: Set<Substring> = [
        "comment", "comments", "commentaire", "commentaires", "commentlist", "disqus", "respond", "replies",
        "reactions",
    ]

    private static let parts: Set<Substring> = [
        "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "footer", "masthead",
        "sidebar", "widget", "widgets", "related", "share", "sharing", "sharedaddy", "addtoany", "a2a", "social",
        "sociable", "cookie", "cookies", "consent", "gdpr", "rgpd", "cmp", "newsletter", "subscribe", "subscription",
        "advert", "advertisement", "ads", "ad", "pub", "publicite", "promo", "sponsored", "outbrain", "taboola",
        "popup", "modal", "tags", "tagcloud", "pagination", "pager", "toolbar", "rating", "signup", "login",
        "skip", "byline", "meta", "author", "bio", "print", "header",
        "topbar", "banner", "jump", "trending", "popular", "recommended", "recirculation", "more",
        "lireaussi", "readmore", "seealso", "voiraussi", "similar", "similaires", "suggestions", "tools",
    ]

    private static let wholeTokens: Set<Substring> = [
        "lire-aussi", "a-lire-aussi", "alire", "read-more", "see-also", "voir-aussi", "also-read", "read-also",
        "screen-reader-text", "sr-only", "visually-hidden", "hidden", "moduletable", "module-related",
    ]
}

/// The elements CMS themes put the article text in.
enum ArticleContainers {
    static func isPreferred(_ node: MarkupNode) -> Bool {
        if node.tag == .article || node.flags.contains(.articleBody) { return true }
        guard !node.names.isEmpty else { return false }
        return node.names.split(separator: " ").contains { classes.contains($0) }
    }

    private static let classes: Set<Substring> = [
        "entry-content", "post-content", "article-body", "article-content", "articlebody", "article__body",
        "article__content", "story-body", "story-content", "post-body", "entry-body", "article-text",
        "field--name-body", "field-name-body", "td-post-content", "content-article", "texte-article",
        "article-texte", "itemfulltext", "article-body-content", "story-text",
    ]
}
