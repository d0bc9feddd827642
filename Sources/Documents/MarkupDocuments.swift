import Pages

/// Turns the bytes of a saved web page or a feed into documents, with the warnings and problems they give:
/// runs on any thread (the reader converts a batch of pages on all cores), and never throws.
///
/// A page is one document: its id is the file name, its text the article (title, then paragraphs), its
/// `published` the `--published` date when given, else the page's own; `url` is the page's canonical address,
/// `title` its title, `lang` its `<html lang>` when French or English. A feed gives one document per item,
/// whose id is the item's link (else its guid, else `<file>#<n>`).
enum MarkupDocuments {
    struct Outcome: Sendable {
        var documents: [Document] = []
        var warnings: [InputWarning] = []
        var problem: InputProblem?
    }

    static func convert(_ bytes: [UInt8], layout: InputSource.Layout, source: InputSource,
                        published: PublishedDate?) -> Outcome {
        switch layout {
        case .page:
            return page(bytes, source: source, published: published)
        case .feed:
            return feed(bytes, source: source, published: published)
        case .sniffed:
            switch MarkupSniffer.kind(bytes) {
            case .html: return page(bytes, source: source, published: published)
            case .feed: return feed(bytes, source: source, published: published)
            case .neither: return text(bytes, source: source, published: published)
            }
        case .wholeText, .jsonLines:
            return text(bytes, source: source, published: published)
        }
    }

    /// One text document, as a plain text file is read: byte order mark dropped, bad UTF-8 repaired with a
    /// warning at the line of the first bad byte.
    static func text(_ input: [UInt8], source: InputSource, published: PublishedDate?) -> Outcome {
        var bytes = input
        var outcome = Outcome()
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let text: String
        if let bad = UTF8Repair.firstInvalidByte(in: bytes) {
            // Point at the line holding the first bad byte: that is where the user has to look.
            let line = 1 + bytes[..<bad].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            outcome.warnings.append(InputWarning(kind: .repairedUTF8, file: source.displayPath, line: line,
                                                 message: "invalid UTF-8 repaired"))
            text = UTF8Repair.repaired(bytes)
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        outcome.documents.append(Document(id: source.name, text: text, published: published?.text,
                                          source: DocumentOrigin(file: source.displayPath)))
        return outcome
    }

    static func page(_ bytes: [UInt8], source: InputSource, published: PublishedDate?) -> Outcome {
        var outcome = Outcome()
        let page: Page
        do {
            page = try PageReader.read(bytes)
        } catch {
            outcome.problem = problem(error, source: source)
            return outcome
        }
        guard !page.text.isEmpty else {
            outcome.problem = InputProblem(file: source.displayPath, line: nil, message: "a web page without any visible text")
            return outcome
        }
        if !page.mainTextFound {
            outcome.warnings.append(InputWarning(
                kind: .noMainText, file: source.displayPath, line: nil,
                message: "no main article text found in the page; read as all its visible text"
            ))
        }
        let pageDate = page.metadata.published.flatMap { try? PublishedDate(validating: $0.description) }
        let date = published ?? pageDate
        if date == nil {
            outcome.warnings.append(undatedWarning(source: source, line: nil, what: "the page"))
        }
        outcome.documents.append(Document(
            id: source.name, text: page.text, published: date?.text, language: page.metadata.language,
            title: page.metadata.title, url: page.metadata.canonicalURL, siteName: page.metadata.siteName,
            isUndatedPage: date == nil, source: DocumentOrigin(file: source.displayPath)
        ))
        return outcome
    }

    static func feed(_ bytes: [UInt8], source: InputSource, published: PublishedDate?) -> Outcome {
        var outcome = Outcome()
        let feed: Feed
        do {
            feed = try FeedReader.read(bytes)
        } catch {
            outcome.problem = problem(error, source: source)
            return outcome
        }
        if feed.items.isEmpty {
            outcome.warnings.append(InputWarning(kind: .emptyFeed, file: source.displayPath, line: nil,
                                                 message: "an \(feed.format.rawValue) feed without any item"))
        }
        for (n, item) in feed.items.enumerated() {
            let itemDate = item.published.flatMap { try? PublishedDate(validating: $0.description) }
            let date = published ?? itemDate
            if date == nil {
                outcome.warnings.append(undatedWarning(source: source, line: item.line, what: "the feed item"))
            }
            outcome.documents.append(Document(
                id: item.link ?? item.guid ?? "\(source.name)#\(n + 1)", text: item.text, published: date?.text,
                language: feed.language, title: item.title, url: item.link, siteName: feed.title,
                isUndatedPage: date == nil, source: DocumentOrigin(file: source.displayPath, line: item.line)
            ))
        }
        return outcome
    }

    private static func undatedWarning(source: InputSource, line: Int?, what: String) -> InputWarning {
        InputWarning(
            kind: .undatedPage, file: source.displayPath, line: line,
            message: "no publication date in \(what) (meta tags, JSON-LD, <time>, URL, date line); relative dates "
                + "such as \"hier\" or \"mercredi\" are not anchored and incidents get date_precision 3 at best; "
                + "give --published"
        )
    }

    private static func problem(_ error: PageError, source: InputSource) -> InputProblem {
        InputProblem(file: source.displayPath, line: error.line, message: error.message, column: error.column,
                     isWholeFile: true)
    }
}
