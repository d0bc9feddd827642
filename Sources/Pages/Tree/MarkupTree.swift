import CLibXML2

/// A page parsed by libxml2's HTML parser and copied into Swift values: the nodes in document order and the
/// page's head. libxml2's tree is freed before `parse` returns, so the result is a plain `Sendable` value.
///
/// libxml2 does the parsing proper: tag soup repaired the way browsers repair it (unclosed `p` and `li`,
/// stray end tags, implied `html`/`body`), entities and character references decoded, the charset
/// converted. Walking is iterative, so a pathologically deep page cannot exhaust the stack.
struct MarkupTree: Sendable {
    var nodes: [MarkupNode] = []
    var head = PageHead()

    /// Parses HTML bytes in the given charset (see `Charset`).
    /// - Throws: `PageError` (`.unsupportedEncoding`) when libxml2 has no converter for the charset, or
    ///   produced no document at all.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, charset: Charset) throws(PageError) -> MarkupTree {
        _ = LibXML.initialized
        var utf8: [UInt8] = []
        let encoding: String
        switch charset {
        case .utf8: encoding = "UTF-8"
        case .windows1252:
            utf8 = Charset.utf8(fromWindows1252: bytes)
            encoding = "UTF-8"
        case .other(let name): encoding = name
        }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        func read(_ buffer: UnsafeBufferPointer<UInt8>) -> htmlDocPtr? {
            guard let base = buffer.baseAddress, buffer.count > 0 else {
                return htmlReadMemory("<html></html>", 13, nil, "UTF-8", options)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(clamping: buffer.count), nil, encoding, options)
            }
        }
        let document = utf8.isEmpty && charset != .windows1252 ? read(bytes) : utf8.withUnsafeBufferPointer(read)
        guard let document else {
            throw PageError(kind: .unsupportedEncoding, message: "libxml2 cannot read the page's charset (\(encoding))")
        }
        defer { xmlFreeDoc(document) }
        var tree = MarkupTree()
        tree.build(from: document.pointee.children)
        return tree
    }

    /// Copies the nodes from `first` and its following siblings, depth first.
    mutating func build(from first: UnsafeMutablePointer<xmlNode>?) {
        var current = first
        // The elements whose children are being copied, innermost last.
        var open: [(node: UnsafeMutablePointer<xmlNode>, index: Int32)] = []
        while let node = current {
            let parentIndex = open.last?.index ?? -1
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                descend = element(node, parent: parentIndex)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = LibXML.string(node.pointee.content), !content.isEmpty {
                    nodes.append(MarkupNode(tag: .text, parent: parentIndex, end: Int32(nodes.count + 1), text: content))
                }
            case XML_COMMENT_NODE:
                if head.savedFrom == nil, let content = LibXML.string(node.pointee.content) {
                    head.savedFrom = Self.savedFromURL(content)
                }
            default:
                break
            }
            if descend, let child = node.pointee.children {
                open.append((node, Int32(nodes.count - 1)))
                current = child
                continue
            }
            // The next sibling, or that of the nearest ancestor that has one.
            var next = node.pointee.next
            while next == nil, let closing = open.popLast() {
                nodes[Int(closing.index)].end = Int32(nodes.count)
                next = closing.node.pointee.next
            }
            current = next
        }
        while let closing = open.popLast() { nodes[Int(closing.index)].end = Int32(nodes.count) }
    }

    /// Appends an element; returns whether its children are to be copied.
    private mutating func element(_ node: UnsafeMutablePointer<xmlNode>, parent: Int32) -> Bool {
        // libxml2's HTML parser writes element names in lowercase already.
        let name = LibXML.string(node.pointee.name) ?? ""
        let tag = HTMLTag(name: name)
        var item = MarkupNode(tag: tag, parent: parent, end: Int32(nodes.count + 1))
        var classes = "", identifier = "", itemprop = "", role = "", rel = "", href: String?
        var metaKey: String?, metaContent: String?, datetime: String?, type = "", lang: String?
        var attribute = node.pointee.properties
        while let a = attribute {
            let key = a.pointee.name
            if LibXML.equals(key, "class") { classes = LibXML.attributeValue(a) }
            else if LibXML.equals(key, "id") { identifier = LibXML.attributeValue(a) }
            else if LibXML.equals(key, "itemprop") { itemprop = LibXML.attributeValue(a).lowercased() }
            else if LibXML.equals(key, "role") { role = LibXML.attributeValue(a).lowercased() }
            else if LibXML.equals(key, "hidden") { item.flags.insert(.hidden) }
            else if LibXML.equals(key, "aria-hidden") {
                if LibXML.attributeValue(a).lowercased() == "true" { item.flags.insert(.hidden) }
            } else if LibXML.equals(key, "style") {
                let style = LibXML.attributeValue(a).lowercased().filter { $0 != " " }
                if ByteSearch.contains(style, "display:none") || ByteSearch.contains(style, "visibility:hidden") { item.flags.insert(.hidden) }
            } else if LibXML.equals(key, "href") { href = LibXML.attributeValue(a) }
            else if LibXML.equals(key, "rel") { rel = LibXML.attributeValue(a).lowercased() }
            else if LibXML.equals(key, "datetime") { datetime = LibXML.attributeValue(a) }
            else if LibXML.equals(key, "type") { type = LibXML.attributeValue(a).lowercased() }
            else if LibXML.equals(key, "lang") { lang = LibXML.attributeValue(a) }
            else if LibXML.equals(key, "content") { metaContent = LibXML.attributeValue(a) }
            else if tag == .meta, LibXML.equals(key, "property") || LibXML.equals(key, "name")
                        || LibXML.equals(key, "http-equiv") {
                if metaKey == nil { metaKey = LibXML.attributeValue(a).lowercased() }
            }
            attribute = a.pointee.next
        }
        if !classes.isEmpty || !identifier.isEmpty {
            item.names = LibXML.asciiLowercased(classes + " " + identifier)
        }
        if itemprop == "articlebody" { item.flags.insert(.articleBody) }
        switch role {
        case "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "alert", "menu",
             "menubar", "search", "toolbar", "tablist":
            item.flags.insert(.furnitureRole)
        case "main", "article":
            item.flags.insert(.mainRole)
        default:
            break
        }
        if tag == .a, href != nil { item.flags.insert(.link) }
        nodes.append(item)
        let index = nodes.count - 1

        switch tag {
        case .html:
            if head.language == nil, let lang, !lang.isEmpty { head.language = lang }
        case .meta:
            if let content = metaContent {
                let key = metaKey ?? (itemprop.isEmpty ? nil : itemprop)
                if let key { head.metas.append((key, content)) }
            }
            return false
        case .link:
            if head.canonical == nil, rel.split(separator: " ").contains("canonical"), let href, !href.isEmpty {
                head.canonical = href
            }
            return false
        case .title:
            // The document's title, not an SVG's: SVG content is never copied.
            if head.title == nil { head.title = Self.textContent(node) }
            return false
        case .script:
            if type == "application/ld+json" { head.jsonLD.append(Self.textContent(node)) }
            return false
        case .time:
            if let datetime, !datetime.isEmpty {
                let published = itemprop == "datepublished" || ByteSearch.contains(item.names, "publish")
                    || ByteSearch.contains(item.names, "entry-date") || ByteSearch.contains(item.names, "post-date")
                head.times.append(.init(node: index, datetime: datetime, marksPublication: published))
            }
        default:
            break
        }
        // An element with itemprop datePublished and a content attribute (microdata on a span).
        if itemprop == "datepublished", let metaContent { head.metas.append(("datepublished", metaContent)) }
        return !tag.isInvisible
    }

    /// The text of an element's text children (for `title` and `script`).
    private static func textContent(_ node: UnsafeMutablePointer<xmlNode>) -> String {
        var text = ""
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE,
               let content = LibXML.string(c.pointee.content) {
                text += content
            }
            child = c.pointee.next
        }
        return text
    }

    /// `https://...` from `saved from url=(0049)https://...`.
    static func savedFromURL(_ comment: String) -> String? {
        guard let range = comment.range(of: "saved from url=") else { return nil }
        var rest = comment[range.upperBound...]
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...] }
        var url = String(rest.prefix { !$0.isWhitespace })
        if url.hasSuffix("-->") { url.removeLast(3) }
        return url.hasPrefix("http") ? url : nil
    }
}
