/// One file (or standard input) to read, and how: the result of resolving the user's inputs.
struct InputSource: Equatable {
    enum Layout: Equatable {
        /// One JSON document per line.
        case jsonLines
        /// The whole input is one document.
        case wholeText
        /// A saved web page (HTML): one document, its article.
        case page
        /// An RSS or Atom feed: one document per item.
        case feed
        /// Read whole, then taken as a page or a feed when its first bytes say so, else as text.
        case sniffed
    }

    /// The path to open; nil for standard input.
    let path: String?
    /// The path as the user named it (or as found under a directory they named), `<stdin>` for standard input.
    let displayPath: String
    /// The file name ids are made from: the last path component, or `stdin`.
    let name: String
    let layout: Layout
    /// The file's size when the inputs were resolved; nil for standard input and anything that is not a
    /// regular file (a pipe has no size to read towards).
    var byteCount: Int? = nil

    static let standardInputDisplayPath = "<stdin>"
    static let standardInputName = "stdin"
}
