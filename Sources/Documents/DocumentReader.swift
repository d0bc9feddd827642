import Foundation
import Parallel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the command line's inputs (files, directories, `-` for standard input) as documents, streaming:
/// JSONL is read in 1 MiB chunks and handed over in batches, so a multi-GB export never sits in memory.
///
/// - A file ending `.jsonl` or `.ndjson` (any case), or any input when `format` is `.jsonl`, holds one JSON
///   document per line (see `JSONLineDecoder`); blank lines are skipped.
/// - Any other file is one document whose id is its file name, dated `published`; `-` is one document with
///   id `stdin` unless `format` is `.jsonl`.
/// - A `.html`/`.htm` file (or any input when `format` is `.html`) is a saved web page: one document, its
///   article text and metadata (see `MarkupDocuments`); a `.xml`/`.rss`/`.atom` file (or `.feed`) is an RSS
///   or Atom feed, one document per item. A file with another or no extension, and standard input, are
///   looked at: a page or a feed by their first bytes, else text.
/// - A directory is walked recursively in sorted order, hidden entries skipped; `.jsonl`/`.ndjson` files are
///   JSONL, `.txt`/`.md`/`.text` files are text, pages and feeds are read as such, files without an extension
///   are looked at, other files are noted as skipped; a browser's `Page_files` folder beside `Page.html` is
///   not walked. `format` `.text`, `.jsonl`, `.html` or `.feed` reads all the files it selects that way.
///
/// Pages and feeds are parsed on all cores, a few dozen files at a time; documents still come in input order.
///
/// A line or file that cannot be a document is a problem: it is skipped and listed in the summary, or, when
/// `strict`, it stops the read with a `DocumentInputError`. Bytes that are not UTF-8 are replaced with U+FFFD
/// and a warning; a UTF-8 byte order mark is dropped; CRLF line ends are accepted.
public struct DocumentReader: Sendable {
    public var inputs: [String]
    public var format: InputFormat
    /// The date given to plain-text documents, which carry none of their own.
    public var published: PublishedDate?
    /// Stop at the first problem instead of skipping the line or file.
    public var strict: Bool
    /// What `-` reads; injectable so tests can feed a pipe.
    public var standardInput: FileHandle
    /// The largest JSONL line or text file taken as one document; larger ones are problems, read no further
    /// than needed to know it.
    public var maximumDocumentBytes = 64 << 20
    /// How many problems and warnings the summary lists (the rest are only counted).
    public var listLimit = 1000
    /// Bytes asked of read(2) at a time for JSONL.
    public var chunkSize = 1 << 20
    /// The largest web page read; a larger one is a problem, not read (saved pages are rarely above 2 MB,
    /// and a 50 MB "page" is a mistake or a page with its images inlined).
    public var maximumPageBytes = 16 << 20
    /// Pages and feeds gathered before they are parsed together on all cores.
    public var markupBatchSize = 64

    public init(
        inputs: [String],
        format: InputFormat = .auto,
        published: PublishedDate? = nil,
        strict: Bool = false,
        standardInput: FileHandle = .standardInput
    ) {
        self.inputs = inputs
        self.format = format
        self.published = published
        self.strict = strict
        self.standardInput = standardInput
    }

    /// Calls `body` with up to `size` documents at a time (at least 1), in input order, and returns what
    /// else the read found.
    ///
    /// `progress`, when given, is called after each call of `body` returns (with the position just past that
    /// batch's last document) and once more when the read is complete (the same values again when nothing
    /// followed the last batch), with `bytesRead` at the end of every input. It is called on the reading
    /// thread, between batches, so it should be quick: throttle any drawing.
    ///
    /// Every input path is checked before the first document is read, so a missing one fails the run before
    /// any output. In strict mode the documents gathered since the last full batch are not handed over when
    /// a problem stops the read.
    /// - Throws: `DocumentInputError` (`.unreadable` for a path that cannot be opened, listed or read;
    ///   `.invalidInput` for the first problem in strict mode), or whatever `body` throws.
    public func batches(size: Int, progress: ((ReadProgress) -> Void)? = nil,
                        _ body: ([Document]) throws -> Void) throws -> DocumentReadSummary {
        let resolution = try InputResolver.resolve(inputs, format: format)
        var sink = DocumentSink(batchSize: size, strict: strict, listLimit: listLimit,
                                totalBytes: resolution.totalBytes)
        for note in resolution.notes { sink.warn(note) }
        // The position is taken when the batch is cut, so bytes and documents agree.
        func deliver(_ batch: [Document], at position: ReadProgress) throws {
            try body(batch)
            progress?(position)
        }
        var markup = MarkupBatch()
        for source in resolution.sources {
            switch source.layout {
            case .jsonLines:
                try flush(&markup, into: &sink, deliver)
                try readJSONLines(source, into: &sink, deliver)
            case .wholeText:
                try flush(&markup, into: &sink, deliver)
                try readWholeText(source, into: &sink, deliver)
            case .page, .feed, .sniffed:
                try readMarkup(source, batch: &markup, into: &sink, deliver)
            }
        }
        try flush(&markup, into: &sink, deliver)
        if let batch = sink.remainder() { try deliver(batch, at: sink.progress) }
        progress?(sink.progress)
        return sink.summary
    }

    /// Hands a batch over, with the read's position at its end.
    private typealias Delivery = ([Document], _ at: ReadProgress) throws -> Void

    private func readJSONLines(
        _ source: InputSource,
        into sink: inout DocumentSink,
        _ deliver: Delivery
    ) throws {
        let startOffset = sink.bytesRead
        try withDescriptor(source) { descriptor in
            var lines = LineReader(descriptor: descriptor, displayPath: source.displayPath, chunkSize: chunkSize,
                                   maximumLineBytes: maximumDocumentBytes)
            let decoder = JSONLineDecoder(displayPath: source.displayPath, name: source.name)
            while let line = try lines.next() {
                let number = lines.lineNumber
                sink.bytesRead = startOffset + lines.consumedBytes
                switch line {
                case .tooLong(let count):
                    let limit = Self.size(maximumDocumentBytes)
                    try sink.skipLine(InputProblem(
                        file: source.displayPath, line: number,
                        message: "\(count) bytes long, more than the \(limit) one document may have"
                    ))
                case .bytes(var bytes):
                    if Self.isBlank(bytes) { continue }
                    if UTF8Repair.firstInvalidByte(in: bytes) != nil {
                        bytes = Array(UTF8Repair.repaired(bytes).utf8)
                        sink.warn(Self.repairWarning(source, line: number))
                    }
                    switch decoder.decode(bytes, line: number) {
                    case .document(let document):
                        if let batch = sink.add(document) { try deliver(batch, sink.progress) }
                    case .problem(let problem):
                        try sink.skipLine(problem)
                    }
                }
            }
            sink.bytesRead = startOffset + lines.consumedBytes
        }
    }

    private func readWholeText(
        _ source: InputSource,
        into sink: inout DocumentSink,
        _ deliver: Delivery
    ) throws {
        let contents = try withDescriptor(source) { descriptor in
            try WholeFileReader.contents(descriptor: descriptor, displayPath: source.displayPath,
                                         limit: maximumDocumentBytes)
        }
        guard var bytes = contents else {
            // Passed over unread past the limit, but done with all the same.
            sink.bytesRead += source.byteCount ?? 0
            try sink.skipFile(InputProblem(
                file: source.displayPath, line: nil,
                message: "larger than the \(Self.size(maximumDocumentBytes)) one document may have"
            ))
            return
        }
        sink.bytesRead += bytes.count
        let outcome = MarkupDocuments.text(bytes, source: source, published: published)
        for warning in outcome.warnings { sink.warn(warning) }
        for document in outcome.documents {
            if let batch = sink.add(document) { try deliver(batch, sink.progress) }
        }
        bytes.removeAll()
    }

    /// Pages and feeds read but not yet parsed.
    private struct MarkupBatch {
        var files: [(source: InputSource, bytes: [UInt8])] = []
        var byteCount = 0
    }

    /// Reads a page or feed whole into the batch, parsing the batch once it is full.
    private func readMarkup(
        _ source: InputSource,
        batch: inout MarkupBatch,
        into sink: inout DocumentSink,
        _ deliver: Delivery
    ) throws {
        let limit = source.layout == .page ? maximumPageBytes : maximumDocumentBytes
        let contents = try withDescriptor(source) { descriptor in
            try WholeFileReader.contents(descriptor: descriptor, displayPath: source.displayPath, limit: limit)
        }
        guard let bytes = contents else {
            try flush(&batch, into: &sink, deliver)
            sink.bytesRead += source.byteCount ?? 0
            let size = source.byteCount.map { String(format: "%.1f MB, ", Double($0) / 1_000_000) } ?? ""
            let what = source.layout == .page ? "a web page" : "one input"
            try sink.skipFile(InputProblem(
                file: source.displayPath, line: nil,
                message: "\(size)larger than the \(Self.size(limit)) \(what) may have"
            ))
            return
        }
        batch.files.append((source, bytes))
        batch.byteCount += bytes.count
        if batch.files.count >= markupBatchSize || batch.byteCount >= 4 * maximumPageBytes {
            try flush(&batch, into: &sink, deliver)
        }
    }

    /// Parses the batch's pages and feeds on all cores, then hands their documents over in input order.
    private func flush(_ batch: inout MarkupBatch, into sink: inout DocumentSink, _ deliver: Delivery) throws {
        guard !batch.files.isEmpty else { return }
        let files = batch.files
        batch = MarkupBatch()
        let published = self.published
        let outcomes = Parallel.map(files.count) { i in
            MarkupDocuments.convert(files[i].bytes, layout: files[i].source.layout, source: files[i].source,
                                    published: published)
        }
        for (file, outcome) in zip(files, outcomes) {
            sink.bytesRead += file.bytes.count
            for warning in outcome.warnings { sink.warn(warning) }
            if let problem = outcome.problem { try sink.skipFile(problem) }
            for document in outcome.documents {
                if let batch = sink.add(document) { try deliver(batch, sink.progress) }
            }
        }
    }

    /// Runs `body` with the source's descriptor: standard input as it is, a file opened for the call only.
    private func withDescriptor<Result>(_ source: InputSource, _ body: (Int32) throws -> Result) throws -> Result {
        guard let path = source.path else { return try body(standardInput.fileDescriptor) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw DocumentInputError(file: source.displayPath, action: "cannot open", errno: errno)
        }
        defer { close(descriptor) }
        return try body(descriptor)
    }

    private static func repairWarning(_ source: InputSource, line: Int) -> InputWarning {
        InputWarning(kind: .repairedUTF8, file: source.displayPath, line: line, message: "invalid UTF-8 repaired")
    }

    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
    }

    /// `64 MiB`, or a plain byte count when the limit is not a whole number of MiB.
    private static func size(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
