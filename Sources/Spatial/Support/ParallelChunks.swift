import Foundation

/// Splits `0..<count` into contiguous chunks, one or a few per core, for `concurrentPerform`.
struct ParallelChunks: Sendable {
    let count: Int
    let chunkCount: Int

    /// Below `minimumPerChunk` elements per chunk the thread hand-off costs more than it saves.
    init(count: Int, chunksPerCore: Int = 1, minimumPerChunk: Int = 4096) {
        self.count = count
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let wanted = cores * max(1, chunksPerCore)
        chunkCount = max(1, min(wanted, count / max(1, minimumPerChunk)))
    }

    func range(_ chunk: Int) -> Range<Int> {
        let lower = count * chunk / chunkCount
        let upper = count * (chunk + 1) / chunkCount
        return lower..<upper
    }
}
