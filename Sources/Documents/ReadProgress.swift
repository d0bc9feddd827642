/// How far a read has come, as the reader hands it to an observer after each batch (see
/// `DocumentReader.batches(size:progress:_:)`): enough for a progress bar, an ETA or a log line.
///
/// Bytes are counted as the reader is done with them (the lines handed out, line ends included, and the
/// files read or passed over), not as read(2) fetches them ahead, so `bytesRead` matches `documents`.
public struct ReadProgress: Sendable, Equatable {
    /// Input bytes behind the reader so far; equal to `totalBytes` once every file was read to its end
    /// (unless a file grew while it was read).
    public let bytesRead: Int
    /// The size of all the inputs when the read began; nil when one of them has no size known in advance
    /// (standard input, a pipe).
    public let totalBytes: Int?
    /// Documents handed to the caller so far (and, when reported after a batch, done with by the caller).
    public let documents: Int

    public init(bytesRead: Int, totalBytes: Int?, documents: Int) {
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
        self.documents = documents
    }

    /// The part of the input read, 0...1; nil when the total is unknown. An empty input is wholly read.
    public var fraction: Double? {
        guard let totalBytes else { return nil }
        guard totalBytes > 0 else { return 1 }
        return min(1, Double(bytesRead) / Double(totalBytes))
    }
}
