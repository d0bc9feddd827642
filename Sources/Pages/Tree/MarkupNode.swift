/// One node of a parsed page, in document order: an element with the attributes the reader looks at, or a
/// text node with its decoded text. `end` is one past the node's last descendant, so a subtree is the range
/// `index..<end` and "is inside" is two comparisons.
struct MarkupNode: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// `hidden`, `aria-hidden="true"`, or an inline `display:none` / `visibility:hidden`.
        static let hidden = Flags(rawValue: 1 << 0)
        /// An `a` element with an `href`.
        static let link = Flags(rawValue: 1 << 1)
        /// `itemprop="articleBody"`.
        static let articleBody = Flags(rawValue: 1 << 2)
        /// A `role` that is page furniture (navigation, banner, contentinfo, complementary, dialog, alert...).
        static let furnitureRole = Flags(rawValue: 1 << 3)
        /// `role="main"` or `role="article"`.
        static let mainRole = Flags(rawValue: 1 << 4)
    }

    var tag: HTMLTag
    var parent: Int32
    var end: Int32
    var flags: Flags = []
    /// A text node's text; empty for an element.
    var text: String = ""
    /// The `class` and `id` values, lowercased, space-separated; empty when the element has neither.
    var names: String = ""
}
