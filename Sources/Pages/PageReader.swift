/// Reads a saved web page (HTML bytes in any charset) as an article: libxml2's HTML parser, then the main
/// text (`ArticleExtractor`) and the metadata (`MetadataReader`).
///
/// Thread-safe: each call parses into its own libxml2 document and frees it before returning; pages can be
/// read on all cores at once.
public enum PageReader {
    /// - Throws: `PageError` (`.notHTML` for binary data or text without markup, `.unsupportedEncoding`).
    public static func read(_ bytes: [UInt8]) throws(PageError) -> Page {
        let result: Result<Page, PageError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(PageError) { return .success(try read(buffer)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    public static func read(_ buffer: UnsafeBufferPointer<UInt8>) throws(PageError) -> Page {
        let (charset, bom) = Charset.of(buffer)
        let body = UnsafeBufferPointer(rebasing: buffer[bom...])
        if case .other(let name) = charset, name.hasPrefix("UTF-16") {
            // NUL bytes are half of UTF-16; the markup check would need decoding first.
        } else {
            try checkMarkup(body)
        }
        let tree = try MarkupTree.parse(body, charset: charset)
        return read(tree)
    }

    static func read(_ tree: MarkupTree) -> Page {
        let blocks = BlockBuilder(tree: tree).blocks()
        let provisionalTitle = MetadataReader(tree: tree, blocks: blocks).read(container: nil).title
        let article = ArticleExtractor(tree: tree, blocks: blocks).extract(title: provisionalTitle)
        let metadata = MetadataReader(tree: tree, blocks: blocks).read(container: article.container)
        var paragraphs = article.paragraphs
        if let title = metadata.title, title != provisionalTitle {
            let folded = BoilerplateText.fold(title)
            paragraphs.removeAll { $0.unicodeScalars.count < folded.unicodeScalars.count + 9 && BoilerplateText.fold($0) == folded }
        }
        return Page(text: Page.joined(title: metadata.title, paragraphs), paragraphs: paragraphs,
                    metadata: metadata, mainTextFound: article.mainTextFound)
    }

    /// How far the markup check looks.
    static let sniffBytes = 64 << 10

    /// Binary data (a NUL byte early on) or text without a single tag is not a page.
    static func checkMarkup(_ bytes: UnsafeBufferPointer<UInt8>) throws(PageError) {
        let end = min(bytes.count, sniffBytes)
        var sawTag = false
        var i = 0
        while i < end {
            let b = bytes[i]
            if b == 0 {
                throw PageError(kind: .notHTML, message: "binary data (a NUL byte at offset \(i)), not an HTML page")
            }
            if b == UInt8(ascii: "<"), i + 1 < end {
                let next = bytes[i + 1] | 0x20
                if (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) || bytes[i + 1] == UInt8(ascii: "!")
                    || bytes[i + 1] == UInt8(ascii: "?") || bytes[i + 1] == UInt8(ascii: "/") {
                    sawTag = true
                }
            }
            i += 1
        }
        if !sawTag {
            let what = bytes.isEmpty ? "an empty file" : "text without any HTML markup"
            throw PageError(kind: .notHTML, message: "\(what), not an HTML page")
        }
    }
}
