/// How inputs are split into documents.
public enum InputFormat: String, Sendable, Equatable, CaseIterable {
    /// By extension: `.jsonl` and `.ndjson` files hold one document per line, `.html`/`.htm` files are saved
    /// web pages, `.xml`/`.rss`/`.atom` files are feeds; another file is looked at (a page or a feed by its
    /// first bytes) and otherwise one text document.
    case auto
    /// Every input is one document, whatever its extension.
    case text
    /// Every input holds one JSON document per line, whatever its extension (standard input included).
    case jsonl
    /// Every input is a saved web page (HTML), whatever its extension.
    case html
    /// Every input is an RSS or Atom feed, one document per item.
    case feed
}
