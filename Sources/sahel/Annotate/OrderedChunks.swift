import Dispatch
import Foundation
import GeoJSON
import Parallel

/// Encodes a long run of rows on every core while writing the results in row order.
///
/// Rows are cut into chunks; a wave encodes one chunk per core in parallel. While the caller writes wave k on
/// its own thread, wave k + 1 is already being encoded, so the disk and the cores are busy at the same time.
/// Memory stays at two waves, however long the table.
enum OrderedChunks {
    /// One encoded chunk: its bytes and how many rows they hold.
    struct Chunk: Sendable {
        var bytes: JSONBytes
        var rows: Int
    }

    static func run(count: Int, chunkSize: Int = 16_384,
                    encode: @escaping @Sendable (Range<Int>) -> JSONBytes,
                    write: (Chunk) throws -> Void) throws {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunks = (count + chunkSize - 1) / chunkSize
        let waves = (chunks + width - 1) / width

        /// Starts encoding wave `w` in the background; the returned group is done when its slots are full.
        func start(_ w: Int) -> (DispatchGroup, ParallelResults<Chunk>) {
            let first = w * width
            let slots = ParallelResults<Chunk>(count: min(width, chunks - first))
            let group = DispatchGroup()
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                DispatchQueue.concurrentPerform(iterations: slots.count) { k in
                    let start = (first + k) * chunkSize
                    let rows = start..<min(count, start + chunkSize)
                    slots.store(k, Chunk(bytes: encode(rows), rows: rows.count))
                }
            }
            return (group, slots)
        }

        guard waves > 0 else { return }
        var current = start(0)
        for w in 0..<waves {
            current.0.wait()
            let ready = current.1
            if w + 1 < waves { current = start(w + 1) }
            for k in 0..<ready.count {
                if let chunk = ready.take(k) { try write(chunk) }
            }
        }
    }
}
