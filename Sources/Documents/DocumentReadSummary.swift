/// What a read produced besides the documents: counts for the end-of-run report, and the problems and
/// warnings to show the user.
///
/// Only the first `DocumentReader.listLimit` problems and warnings are kept (a multi-GB file in the wrong
/// format would otherwise fill memory with millions of them); the counts of the rest are kept instead.
public struct DocumentReadSummary: Sendable, Equatable {
    /// Documents handed to the caller.
    public internal(set) var documentCount = 0
    /// JSONL lines left out because of a problem; blank lines are not counted.
    public internal(set) var skippedLineCount = 0
    /// Files not read: found under a directory with another extension, or too large to be one document.
    public internal(set) var skippedFileCount = 0
    /// In input order.
    public internal(set) var problems: [InputProblem] = []
    /// In input order.
    public internal(set) var warnings: [InputWarning] = []
    /// Problems beyond the list limit, counted but not listed.
    public internal(set) var unlistedProblemCount = 0
    /// Warnings beyond the list limit, counted but not listed.
    public internal(set) var unlistedWarningCount = 0

    public init() {}
}
