import ArgumentParser
import Documents

/// The inputs of the commands that read reports (`geocode`, `extract`): paths, how to read them, the date for
/// documents that carry none, and what to do with a line that cannot be read.
struct DocumentInputOptions: ParsableArguments {
    @Argument(help: "Text files, .jsonl files, saved web pages (.html, .htm), RSS or Atom feeds (.xml, .rss, .atom), directories, or - for standard input.")
    var inputs: [String] = []

    @Option(help: "How to read the inputs: auto (by extension, else by content), text, jsonl, html (saved web pages) or feed (RSS or Atom).")
    var inputFormat: InputFormat = .auto

    @Option(help: "Publication date (YYYY-MM-DD) for documents that carry none; for web pages and feed items it replaces their own date. Anchors weekdays and \"hier\".")
    var published: String?

    @Flag(help: "Stop at the first input line or file that cannot be read, instead of skipping it.")
    var strict = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name at least one input (a file, a directory, or - for standard input)") }
        _ = try publishedDate
    }

    var publishedDate: PublishedDate? {
        get throws {
            guard let published else { return nil }
            do { return try PublishedDate(validating: published) } catch { throw ValidationError("--published: \(error)") }
        }
    }

    func reader() throws -> DocumentReader {
        DocumentReader(inputs: inputs, format: inputFormat, published: try publishedDate, strict: strict)
    }
}

extension InputFormat: ExpressibleByArgument {}
