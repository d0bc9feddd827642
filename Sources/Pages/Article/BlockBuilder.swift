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

/// The text of the block being read, whitespace collapsed as it comes.
private struct PendingText {
    private var scalars = String.UnicodeScalarView()
    private var length = 0
    private var linkLength = 0
    /// Whether a space is owed before the next visible character.
    private var space = false
    var isFurniture = false

    mutating func append(_ text: String, inLink: Bool) {
        for scalar in text.unicodeScalars {
            if Self.isSpace(scalar) {
                space = true
                continue
            }
            if space && length > 0, let last = scalars.last, last != "\n" {
                scalars.append(" ")
                length += 1
                if inLink { linkLength += 1 }
            }
            space = false
            scalars.append(scalar)
            length += 1
            if inLink { linkLength += 1 }
        }
    }

    mutating func appendBreak() {
        guard length > 0, scalars.last != "\n" else { return }
        scalars.append("\n")
        length += 1
        space = false
    }

    mutating func take(element: Int, tag: HTMLTag, isFurniture: Bool) -> TextBlock? {
        defer {
            scalars = String.UnicodeScalarView()
            length = 0
            linkLength = 0
            space = false
        }
        while let last = scalars.last, last == "\n" {
            scalars.removeLast()
            length -= 1
        }
        guard length > 0 else { return nil }
        return TextBlock(text: String(scalars), length: length, linkLength: min(linkLength, length),
                         element: element, tag: tag, isFurniture: isFurniture)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}
