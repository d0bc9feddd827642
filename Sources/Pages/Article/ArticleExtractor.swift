/// Finds the article in a page: the block container with the most paragraph-like text, preferring the
/// containers CMS themes put articles in, and its paragraphs without the furniture around and inside it.
///
/// Scoring follows the density idea of Readability and trafilatura: each paragraph of 25 characters or more
/// that is mostly not links scores 1, plus 1 per comma, plus 1 per 100 characters (at most 3), for its
/// container, half of it for the container's parent and a third for the grandparent; a container's score is
/// then scaled by the share of its text that is not links. A preferred container (`<article>`,
/// `itemprop="articleBody"`, `.entry-content`, `.post-content`...) is taken when it holds at least half of the
/// best-scoring container's text; the innermost one holding most of the text wins.
struct ArticleExtractor {
    struct Article {
        var paragraphs: [String]
        /// False when no container was found and `paragraphs` is all the page's visible text.
        var mainTextFound: Bool
        /// The container chosen, when one was.
        var container: Int?
    }

    let tree: MarkupTree
    let blocks: [TextBlock]
    /// Per block, what its words say it is (furniture blocks are not looked at).
    let kinds: [BoilerplateText.Kind]

    init(tree: MarkupTree, blocks: [TextBlock]) {
        self.tree = tree
        self.blocks = blocks
        kinds = blocks.map { $0.isFurniture ? .text : BoilerplateText.kind(of: $0) }
    }

    /// Below this many characters a container is not an article.
    static let minimumArticleLength = 140

    func extract(title: String?) -> Article {
        let nodes = tree.nodes
        guard !nodes.isEmpty else { return Article(paragraphs: [], mainTextFound: false, container: nil) }
        var score = [Double](repeating: 0, count: nodes.count)
        var length = [Int](repeating: 0, count: nodes.count)
        var linkLength = [Int](repeating: 0, count: nodes.count)
        for (k, block) in blocks.enumerated() where !block.isFurniture {
            // Every ancestor counts the block's text.
            var e = block.element
            while e >= 0 {
                length[e] += block.length
                linkLength[e] += block.linkLength
                e = Int(nodes[e].parent)
            }
            guard block.length >= 25, block.linkDensity < 0.5, kinds[k] == .text else { continue }
            let commas = block.text.reduce(0) { $0 + ($1 == "," || $1 == "،" ? 1 : 0) }
            let points = 1 + Double(commas) + min(Double(block.length) / 100, 3)
            var container = block.element
            if nodes[container].tag.isParagraphLike || !nodes[container].tag.isBlock, nodes[container].parent >= 0 {
                container = Int(nodes[container].parent)
            }
            var share = 1.0
            for _ in 0..<3 where container >= 0 {
                score[container] += points * share
                share = share == 1 ? 0.5 : 1.0 / 3
                container = Int(nodes[container].parent)
            }
        }
        func adjusted(_ e: Int) -> Double {
            length[e] == 0 ? 0 : score[e] * (1 - Double(linkLength[e]) / Double(length[e]))
        }
        let best = nodes.indices.max { adjusted($0) < adjusted($1) }
        var chosen = best.flatMap { adjusted($0) > 0 ? $0 : nil }

        // Preferred containers: the one with the most text, then its innermost preferred descendant that holds
        // most of that text.
        let preferred = nodes.indices.filter { ArticleContainers.isPreferred(nodes[$0]) && length[$0] >= Self.minimumArticleLength }
        if var pick = preferred.max(by: { length[$0] - linkLength[$0] < length[$1] - linkLength[$1] }) {
            let pickText = length[pick] - linkLength[pick]
            for inner in preferred where inner > pick && inner < Int(nodes[pick].end)
                && Double(length[inner] - linkLength[inner]) >= 0.7 * Double(pickText) {
                pick = inner
            }
            let bestText = chosen.map { length[$0] - linkLength[$0] } ?? 0
            if Double(length[pick] - linkLength[pick]) >= 0.5 * Double(bestText) { chosen = pick }
        }

        if let chosen {
            let paragraphs = articleParagraphs(in: chosen, title: title)
            if paragraphs.reduce(0, { $0 + $1.count }) >= Self.minimumArticleLength {
                return Article(paragraphs: paragraphs, mainTextFound: true, container: chosen)
            }
        }
        return Article(paragraphs: visibleText(title: title), mainTextFound: false, container: nil)
    }

    /// The container's paragraphs, in order, without furniture, link lists, "Lire aussi" lines, share bars,
    /// date lines and what follows a comments heading.
    private func articleParagraphs(in container: Int, title: String?) -> [String] {
        let end = Int(tree.nodes[container].end)
        let foldedTitle = title.map(BoilerplateText.fold)
        var paragraphs: [String] = []
        var skippingRelated = false
        for (k, block) in blocks.enumerated() where block.element >= container && block.element < end && !block.isFurniture {
            let kind = kinds[k]
            if kind == .commentsHeading { break }
            if kind == .related {
                // A "Lire aussi" heading takes the list of links after it.
                skippingRelated = block.tag.isHeading || block.length <= 40
                continue
            }
            if skippingRelated {
                if block.tag == .li || block.linkDensity >= 0.5 { continue }
                skippingRelated = false
            }
            guard kind == .text else { continue }
            if block.linkDensity >= 0.5 && block.length < 400 { continue }
            if let foldedTitle, Self.isTitle(block, foldedTitle) { continue }
            paragraphs.append(block.text)
        }
        return paragraphs
    }

    /// Whether a block repeats the title (folded alike); only blocks about its length are folded.
    static func isTitle(_ block: TextBlock, _ foldedTitle: String) -> Bool {
        abs(block.length - foldedTitle.unicodeScalars.count) <= 8 && BoilerplateText.fold(block.text) == foldedTitle
    }

    /// Every visible block of the page, for a page whose article could not be told apart.
    private func visibleText(title: String?) -> [String] {
        let foldedTitle = title.map(BoilerplateText.fold)
        return blocks.compactMap { block in
            if let foldedTitle, Self.isTitle(block, foldedTitle) { return nil }
            return block.text
        }
    }
}
