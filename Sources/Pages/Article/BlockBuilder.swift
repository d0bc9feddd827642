/// Cuts a page's visible text into blocks (see `TextBlock`), marking those inside page furniture instead of
/// dropping them: the date line may sit in a page header, and a page without a main text is read whole.
///
/// Text never shown (scripts, styles, templates, media, form controls, the head, `hidden` elements) is left
/// out; so is inline furniture (a share link in a paragraph).
struct BlockBuilder {
    let tree: MarkupTree
    let furniture: [Bool]

    init(tree: MarkupTree) {
        self.tree = tree
        furniture = Furniture.marks(tree)
    }

    func blocks() -> [TextBlock] {
        let nodes = tree.nodes
        var blocks: [TextBlock] = []
        var pending = PendingText()
        // Open block elements as (index, end); the innermost last.
        var open: [(index: Int, end: Int)] = []
        var furnitureUntil = 0
        var linkUntil = 0
        var lastWasBreak = false

        func flush() {
            let owner = open.last?.index ?? 0
            if let block = pending.take(element: owner, tag: nodes.indices.contains(owner) ? nodes[owner].tag : .body,
                                        isFurniture: pending.isFurniture) {
                blocks.append(block)
            }
        }

        var i = 0
        while i < nodes.count {
            while let top = open.last, top.end <= i {
                flush()
                open.removeLast()
                pending.isFurniture = i < furnitureUntil
            }
            let node = nodes[i]
            if node.tag == .text {
                if i < furnitureUntil { pending.isFurniture = true }
                pending.append(node.text, inLink: i < linkUntil)
                if !node.text.allSatisfy(\.isWhitespace) { lastWasBreak = false }
                i += 1
                continue
            }
            if node.tag == .head || node.tag == .title || node.tag.isInvisible || node.flags.contains(.hidden) {
                i = Int(node.end)
                continue
            }
            let isFurniture = furniture[i] && furnitureUntil <= i
            if isFurniture && !node.tag.isBlock {
                // Inline furniture (a share link, a date span) is a block of its own, marked.
                flush()
                furnitureUntil = Int(node.end)
                open.append((i, Int(node.end)))
                pending.isFurniture = true
                i += 1
                continue
            }
            if node.tag == .br {
                if lastWasBreak { flush() } else { pending.appendBreak() }
                lastWasBreak = true
                i += 1
                continue
            }
            if node.tag.isBlock {
                flush()
                lastWasBreak = false
                open.append((i, Int(node.end)))
                if isFurniture && furnitureUntil <= i { furnitureUntil = Int(node.end) }
                pending.isFurniture = i < furnitureUntil
            } else if node.flags.contains(.link) {
                linkUntil = max(linkUntil, Int(node.end))
            }
            i += 1
        }
        while !open.isEmpty {
            flush()
            open.removeLast()
        }
        flush()
        return blocks
    }
}

/// The text of the block being read, whitespace collapsed as it comes, kept as UTF-8 bytes (a page's text is
/// appended a text node at a time; building a `String` scalar by scalar was most of the reading time).
private struct PendingText {
    private var bytes: [UInt8] = []
    /// Unicode scalars in `bytes`.
    private var length = 0
    private var linkLength = 0
    /// Whether a space is owed before the next visible character.
    private var space = false
    var isFurniture = false

    mutating func append(_ text: String, inLink: Bool) {
        var text = text
        text.withUTF8 { utf8 in
            var i = 0
            let n = utf8.count
            while i < n {
                let b = utf8[i]
                let width = Self.spaceWidth(utf8, at: i)
                if width > 0 {
                    space = true
                    i += width
                    continue
                }
                if space && length > 0, bytes.last != 0x0A {
                    bytes.append(0x20)
                    length += 1
                    if inLink { linkLength += 1 }
                }
                space = false
                bytes.append(b)
                if b & 0xC0 != 0x80 {
                    length += 1
                    if inLink { linkLength += 1 }
                }
                i += 1
            }
        }
    }

    /// The byte length of the whitespace scalar at `i` (ASCII spaces, no-break and typographic spaces, the
    /// byte order mark), 0 when it is not one.
    private static func spaceWidth(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = u[i]
        if b < 0x80 { return b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C ? 1 : 0 }
        let n = u.count
        if b == 0xC2, i + 1 < n, u[i + 1] == 0xA0 { return 2 }
        guard i + 2 < n else { return 0 }
        let c1 = u[i + 1], c2 = u[i + 2]
        if b == 0xE2, c1 == 0x80, (c2 >= 0x80 && c2 <= 0x8B) || c2 == 0xAF { return 3 }
        if b == 0xE2, c1 == 0x81, c2 == 0x9F { return 3 }
        if b == 0xE3, c1 == 0x80, c2 == 0x80 { return 3 }
        if b == 0xEF, c1 == 0xBB, c2 == 0xBF { return 3 }
        return 0
    }

    mutating func appendBreak() {
        guard length > 0, bytes.last != 0x0A else { return }
        bytes.append(0x0A)
        length += 1
        space = false
    }

    mutating func take(element: Int, tag: HTMLTag, isFurniture: Bool) -> TextBlock? {
        defer {
            bytes.removeAll(keepingCapacity: true)
            length = 0
            linkLength = 0
            space = false
        }
        while bytes.last == 0x0A {
            bytes.removeLast()
            length -= 1
        }
        guard length > 0 else { return nil }
        return TextBlock(text: String(decoding: bytes, as: UTF8.self), length: length,
                         linkLength: min(linkLength, length), element: element, tag: tag, isFurniture: isFurniture)
    }
}
