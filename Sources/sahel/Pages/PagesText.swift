import ArgumentParser
import Documents
import FileOutput
import GeoJSON

struct PagesText: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the article text and metadata of saved web pages and feed items, one JSON line each.",
        discussion: """
            What sahel geocode, extract and analyze read from a page or a feed, as JSON lines in their input \
            contract: {"id", "text", "published", "lang", "title", "url", "site_name"}, so the result can be \
            checked, edited, or fed back as a .jsonl file. The text is the article's title, then its \
            paragraphs, a blank line between each: menus, headers, footers, sidebars, "Lire aussi" and \
            "Related" lists, share buttons, comments and cookie banners are left out. The date is the page's \
            (article:published_time, JSON-LD datePublished, <time datetime>, dc.date, og:updated_time, a date \
            in the URL, then a "Publié le ..." line), unless --published gives one.

            Inputs: .html/.htm pages, .xml/.rss/.atom feeds (one line per item, id and url the item's link), \
            directories of saved pages (a browser's Page_files folder is skipped), any other file looked at by \
            content, or - for standard input. A page that is not HTML, a feed that is not well-formed (with \
            libxml2's line and column) or a page above 16 MiB is reported and skipped; the run goes on and ends \
            with status 65. A page without a date or without a main text is read with a warning.

            Examples:
              sahel pages text saved/article.html
              sahel pages text saved/ --output documents.jsonl
              sahel pages text https-feed.xml --published 2021-10-07
              sahel pages text page.htm --input-format html --timings json
            """
    )

    @OptionGroup var input: DocumentInputOptions

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "json: print the time, documents per second and peak memory as one JSON line on standard error.")
    var timings: TimingsFormat?

    @Flag(name: .shortAndLong, help: "Print no summary or progress on standard error.")
    var quiet = false

    func run() throws {
        try reportingFailures {
            var clock = Stopwatch()
            let target = try RecordOutput(.lines, output: output)
            guard case .lines(let file) = target else { return }
            var documents = 0
            let skipped = try DocumentBatches.run(try input.reader(), batchSize: 256, quiet: quiet,
                                                  cancel: target.cancel) { batch in
                var bytes = JSONBytes(reservingCapacity: 4096 * batch.count)
                for document in batch { DocumentLine.append(document, into: &bytes) }
                try file.write(bytes.bytes)
                documents += batch.count
            }
            try target.finish()
            let seconds = clock.total
            if timings == .json {
                var line = TimingsLine()
                line.count("documents", documents)
                line.count("skipped_lines", skipped)
                line.seconds("total_s", seconds)
                line.rate("docs_per_s", seconds > 0 ? Double(documents) / seconds : 0)
                StandardError.write(line.text + "\n")
            }
            if !quiet {
                StandardError.write("sahel pages text: \(documents) document\(documents == 1 ? "" : "s")"
                                    + (output.map { " -> \($0)" } ?? "") + "\n")
            }
            if let failure = DocumentBatches.skippedFailure(skipped) { throw failure }
        }
    }
}

/// A document as a line of the JSONL input contract (DESIGN.md), with the page's site name.
enum DocumentLine {
    static func append(_ document: Document, into out: inout JSONBytes) {
        out.appendRaw("{\"id\":")
        out.appendString(document.id)
        out.appendRaw(",\"text\":")
        out.appendString(document.text)
        for (key, value) in [("published", document.published), ("lang", document.language),
                             ("title", document.title), ("url", document.url), ("site_name", document.siteName)] {
            guard let value else { continue }
            out.appendRaw(",")
            out.appendString(key)
            out.appendRaw(":")
            out.appendString(value)
        }
        out.appendRaw("}\n")
    }
}
