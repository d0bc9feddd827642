import Foundation

/// The members of a page's JSON-LD blocks the reader uses: `datePublished`, `dateModified`, `headline`,
/// `inLanguage` and the publisher's name, from the first object (in `@graph` or nested arrays too) that
/// has them.
struct JSONLD {
    var datePublished: String?
    var dateModified: String?
    var headline: String?
    var language: String?
    var publisherName: String?

    init(blocks: [String]) {
        for block in blocks {
            guard let data = block.data(using: .utf8),
                  let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            visit(value, depth: 0)
        }
    }

    private mutating func visit(_ value: Any, depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for item in array { visit(item, depth: depth + 1) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if datePublished == nil, let date = object["datePublished"] as? String { datePublished = date }
        if dateModified == nil, let date = object["dateModified"] as? String { dateModified = date }
        if headline == nil, let text = object["headline"] as? String { headline = text }
        if language == nil, let text = object["inLanguage"] as? String { language = text }
        if publisherName == nil, let publisher = object["publisher"] as? [String: Any],
           let name = publisher["name"] as? String {
            publisherName = name
        }
        if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
        if let main = object["mainEntity"] { visit(main, depth: depth + 1) }
    }
}
