/// A run of text between block boundaries (a paragraph, a heading, a list item, text straight in a `div`),
/// with what the scorer needs: how much of it is link text and which element holds it.
struct TextBlock: Sendable {
    /// Whitespace collapsed; lines broken by `<br>` kept as lines.
    var text: String
    /// Characters (Unicode scalars) of `text`.
    var length: Int
    /// Characters inside links.
    var linkLength: Int
    /// The innermost block element holding the text.
    var element: Int
    var tag: HTMLTag
    /// Inside page furniture (navigation, sidebars, comments, share buttons, cookie banners...).
    var isFurniture: Bool

    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
}
