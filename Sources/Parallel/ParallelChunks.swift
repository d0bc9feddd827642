import Foundation

/// Splits `0..<count` into contiguous chunks, one or a few per core, for `concurrentPerform`.
public struct ParallelChunks: Sendable {
    public let count: Int
    public let chunkCount: Int

    /// Below `minimumPerChunk` elements per chunk the thread hand-off costs more than it saves.
    public init(count: Int, chunksPerCore: Int = 1, minimumPerChunk: Int = 4096) {
        self.count = count
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let wanted = cores * max(1, chunksPerCore)
        chunkCount = max(1, min(wanted, count / max(1, minimumPerChunk)))
    }

    public func range(_ chunk: Int) -> Range<Int> {
        let lower = count * chunk / chunkCount
        let upper = count * (chunk + 1) / chunkCount
        return lower..<upper
    }
}
