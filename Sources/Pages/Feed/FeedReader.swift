import Foundation
import CLibXML2

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds with libxml2's XML parser. A feed that is not well-formed is
/// an error carrying libxml2's first fatal error with its line and column; nothing is recovered from it.
/// External entities and DTDs are never fetched.
public enum FeedReader {
    /// - Throws: `PageError` (`.malformedFeed` with line and column, `.notAFeed` for other XML).
    public static func read(_ bytes: [UInt8]) throws(PageError) -> Feed {
        _ = LibXML.initialized
        let input = bytes.isEmpty ? [0] : bytes
        let context: xmlParserCtxtPtr? = input.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCreateMemoryParserCtxt($0, Int32(clamping: bytes.count))
            }
        }
        guard let context else {
            throw PageError(kind: .malformedFeed, message: "not a well-formed feed: the file is empty")
        }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue)
        xmlCtxtUseOptions(context, options)
        // libxml2 goes on after the first fatal error and keeps only the last one: the first is the one to fix.
        let first = FirstError()
        context.pointee._private = Unmanaged.passUnretained(first).toOpaque()
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let box = parser.pointee._private else { return }
            let first = Unmanaged<FirstError>.fromOpaque(box).takeUnretainedValue()
            guard first.message == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            first.message = error.pointee.message.map { String(cString: $0) } ?? "not well-formed XML"
            first.line = Int(error.pointee.line)
            first.column = Int(error.pointee.int2)
        }
        xmlParseDocument(context)
        let parsed = context.pointee.myDoc
        context.pointee.myDoc = nil
        guard context.pointee.wellFormed != 0, let document = parsed else {
            if let parsed { xmlFreeDoc(parsed) }
            let message = (first.message ?? "not well-formed XML").trimmingCharacters(in: .whitespacesAndNewlines)
            throw PageError(kind: .malformedFeed, message: "not a well-formed feed: \(message)",
                            line: first.line.flatMap { $0 > 0 ? $0 : nil },
                            column: first.column.flatMap { $0 > 0 ? $0 : nil })
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw PageError(kind: .notAFeed, message: "no root element, not an RSS or Atom feed")
        }
        if LibXML.equals(root.pointee.name, "rss") || LibXML.equals(root.pointee.name, "RDF") {
            return rss(root)
        }
        if LibXML.equals(root.pointee.name, "feed") { return atom(root) }
        let name = LibXML.string(root.pointee.name) ?? "?"
        throw PageError(kind: .notAFeed, message: "XML whose root element is <\(name)>, not an RSS or Atom feed")
    }

    private typealias Node = UnsafeMutablePointer<xmlNode>

    /// The first error libxml2 reports while parsing one feed (reached through the parser's `_private`).
    private final class FirstError {
        var message: String?
        var line: Int?
        var column: Int?
    }

    private static func rss(_ root: Node) -> Feed {
        let channel = children(root).first { LibXML.equals($0.pointee.name, "channel") }
        var items: [Node] = []
        // RSS 2.0 items are in the channel; RSS 1.0 items beside it.
        for parent in [channel, root].compactMap({ $0 }) {
            items += children(parent).filter { LibXML.equals($0.pointee.name, "item") }
        }
        let language = channel.flatMap { child($0, "language") }.map(text).flatMap(MetadataReader.language)
        let title = channel.flatMap { child($0, "title") }.map(text).flatMap(nonEmpty)
        return Feed(format: .rss, title: title, language: language, items: items.map { item in
            let content = child(item, "encoded").map(text).flatMap(nonEmpty) ?? child(item, "description").map(text)
            let date = (child(item, "pubDate") ?? child(item, "date")).map(text).flatMap(DateText.day(from:))
            return FeedItem(title: child(item, "title").map(text).flatMap(nonEmpty).map(collapse),
                            link: child(item, "link").map(text).flatMap(nonEmpty),
                            guid: child(item, "guid").map(text).flatMap(nonEmpty),
                            published: date, paragraphs: content.map(paragraphs(ofMarkup:)) ?? [],
                            line: Int(xmlGetLineNo(item)))
        })
    }

    private static func atom(_ root: Node) -> Feed {
        let language = attribute(root, "lang").flatMap(MetadataReader.language)
        let title = child(root, "title").map(text).flatMap(nonEmpty)
        let entries = children(root).filter { LibXML.equals($0.pointee.name, "entry") }
        return Feed(format: .atom, title: title, language: language, items: entries.map { entry in
            let links = children(entry).filter { LibXML.equals($0.pointee.name, "link") }
            let link = links.first { (attribute($0, "rel") ?? "alternate") == "alternate" } ?? links.first
            let date = (child(entry, "published") ?? child(entry, "updated")).map(text).flatMap(DateText.day(from:))
            let body = child(entry, "content") ?? child(entry, "summary")
            return FeedItem(title: child(entry, "title").map(text).flatMap(nonEmpty).map(collapse),
                            link: link.flatMap { attribute($0, "href") }.flatMap(nonEmpty),
                            guid: child(entry, "id").map(text).flatMap(nonEmpty),
                            published: date, paragraphs: body.map(atomParagraphs) ?? [],
                            line: Int(xmlGetLineNo(entry)))
        })
    }

    /// Atom content: `type="xhtml"` is markup in the feed itself, `html` is escaped markup, `text` is text.
    private static func atomParagraphs(_ node: Node) -> [String] {
        switch attribute(node, "type") ?? "text" {
        case "xhtml":
            var tree = MarkupTree()
            tree.build(from: node.pointee.children)
            return paragraphs(of: tree)
        case "html", "text/html":
            return paragraphs(ofMarkup: text(node))
        default:
            return text(node).components(separatedBy: "\n\n").map(collapse).filter { !$0.isEmpty }
        }
    }

    /// Escaped HTML from a description or `content:encoded`, read with the HTML parser; plain text as is.
    static func paragraphs(ofMarkup markup: String) -> [String] {
        guard ByteSearch.contains(markup, "<") else {
            return markup.components(separatedBy: "\n\n").map(collapse).filter { !$0.isEmpty }
        }
        let bytes = Array(markup.utf8)
        guard let tree = try? bytes.withUnsafeBufferPointer({ buffer throws(PageError) in
            try MarkupTree.parse(buffer, charset: .utf8)
        }) else { return [collapse(markup)] }
        return paragraphs(of: tree)
    }

    /// Every visible block but "Lire aussi" lines, share bars, notices and the "The post ... appeared first on"
    /// footer feeds add.
    private static func paragraphs(of tree: MarkupTree) -> [String] {
        BlockBuilder(tree: tree).blocks().compactMap { block in
            guard !block.isFurniture else { return nil }
            switch BoilerplateText.kind(of: block) {
            case .related, .share, .notice, .commentsHeading: return nil
            case .text, .dateLine: break
            }
            let folded = BoilerplateText.fold(block.text)
            if ByteSearch.contains(folded, "appeared first on") || ByteSearch.contains(folded, "est apparu en premier sur") { return nil }
            return block.text
        }
    }

    private static func children(_ node: Node) -> [Node] {
        var result: [Node] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { result.append(c) }
            child = c.pointee.next
        }
        return result
    }

    private static func child(_ node: Node, _ name: StaticString) -> Node? {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, LibXML.equals(c.pointee.name, name) { return c }
            child = c.pointee.next
        }
        return nil
    }

    /// The text of all descendants (entities decoded, CDATA merged).
    private static func text(_ node: Node) -> String {
        var out = ""
        var stack: [Node] = []
        var child = node.pointee.children
        while true {
            while let c = child {
                switch c.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = LibXML.string(c.pointee.content) { out += content }
                case XML_ELEMENT_NODE:
                    if let next = c.pointee.next { stack.append(next) }
                    child = c.pointee.children
                    continue
                default:
                    break
                }
                child = c.pointee.next
            }
            guard let next = stack.popLast() else { break }
            child = next
        }
        return out
    }

    private static func attribute(_ node: Node, _ name: StaticString) -> String? {
        var a = node.pointee.properties
        while let attr = a {
            if LibXML.equals(attr.pointee.name, name) { return LibXML.attributeValue(attr) }
            a = attr.pointee.next
        }
        return nil
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
