/// Gathers documents into the caller's batches and keeps the read's summary and position; in strict mode it
/// turns the first problem into the error that stops the read.
struct DocumentSink {
    let batchSize: Int
    let strict: Bool
    let listLimit: Int
    /// The size of all the inputs, when known.
    let totalBytes: Int?
    private(set) var summary = DocumentReadSummary()
    private var pending: [Document] = []
    /// Input bytes the reader is done with; the reader moves it forward as it goes.
    var bytesRead = 0

    init(batchSize: Int, strict: Bool, listLimit: Int, totalBytes: Int? = nil) {
        self.batchSize = max(1, batchSize)
        self.strict = strict
        self.listLimit = max(0, listLimit)
        self.totalBytes = totalBytes
        pending.reserveCapacity(min(self.batchSize, 1 << 16))
    }

    /// Where the read stands: documents counted once their batch is taken.
    var progress: ReadProgress {
        ReadProgress(bytesRead: bytesRead, totalBytes: totalBytes, documents: summary.documentCount)
    }

    /// Adds a document; returns the batch to hand over once it is full.
    mutating func add(_ document: Document) -> [Document]? {
        pending.append(document)
        guard pending.count >= batchSize else { return nil }
        return takePending()
    }

    /// The last, partial batch, if any.
    mutating func remainder() -> [Document]? {
        pending.isEmpty ? nil : takePending()
    }

    /// Records a JSONL line left out, or throws it in strict mode.
    mutating func skipLine(_ problem: InputProblem) throws(DocumentInputError) {
        try record(problem)
        summary.skippedLineCount += 1
    }

    /// Records a file left out, or throws it in strict mode.
    mutating func skipFile(_ problem: InputProblem) throws(DocumentInputError) {
        try record(problem)
        summary.skippedFileCount += 1
    }

    mutating func warn(_ warning: InputWarning) {
        if warning.kind == .skippedFile { summary.skippedFileCount += 1 }
        if summary.warnings.count < listLimit {
            summary.warnings.append(warning)
        } else {
            summary.unlistedWarningCount += 1
        }
    }

    private mutating func record(_ problem: InputProblem) throws(DocumentInputError) {
        if strict { throw DocumentInputError(problem) }
        if summary.problems.count < listLimit {
            summary.problems.append(problem)
        } else {
            summary.unlistedProblemCount += 1
        }
    }

    private mutating func takePending() -> [Document] {
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        summary.documentCount += batch.count
        return batch
    }
}
