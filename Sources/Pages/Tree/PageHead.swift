/// What a page says about itself outside its visible text: its `meta` tags, canonical link, `<title>`,
/// JSON-LD blocks, `<html lang>`, `<time datetime>` elements and the address a browser saved it from.
struct PageHead: Sendable {
    struct Time: Sendable {
        /// The `time` element's node.
        var node: Int
        var datetime: String
        /// `itemprop="datePublished"`, or a class naming publication (`published`, `entry-date`, ...).
        var marksPublication: Bool
    }

    /// `(key, content)` of each `meta` with a content: the key is its `property`, `name`, `itemprop` or
    /// `http-equiv`, lowercased.
    var metas: [(key: String, content: String)] = []
    var canonical: String?
    var title: String?
    var jsonLD: [String] = []
    var language: String?
    var times: [Time] = []
    /// From the comment browsers write at the top of a saved page (`<!-- saved from url=(0049)https://... -->`).
    var savedFrom: String?

    /// The first content of the first key present, in the order given.
    func meta(_ keys: [String]) -> String? {
        for key in keys {
            if let found = metas.first(where: { $0.key == key && !$0.content.isEmpty }) { return found.content }
        }
        return nil
    }
}
