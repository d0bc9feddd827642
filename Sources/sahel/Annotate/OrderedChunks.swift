import Dispatch
import Foundation
import GeoJSON

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
        func start(_ w: Int) -> (DispatchGroup, ChunkSlots) {
            let first = w * width
            let slots = ChunkSlots(count: min(width, chunks - first))
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
            for k in 0..<ready.count { try write(ready.take(k)) }
        }
    }
}

/// Results of one wave; each worker fills only its own slot, under a lock so the hand-over is well defined.
private final class ChunkSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [OrderedChunks.Chunk]
    let count: Int

    init(count: Int) {
        self.count = count
        slots = Array(repeating: OrderedChunks.Chunk(bytes: JSONBytes(), rows: 0), count: count)
    }

    func store(_ index: Int, _ chunk: OrderedChunks.Chunk) {
        lock.lock()
        slots[index] = chunk
        lock.unlock()
    }

    /// Hands the chunk over, leaving an empty slot so its memory is released once written.
    func take(_ index: Int) -> OrderedChunks.Chunk {
        lock.lock()
        defer { lock.unlock() }
        let chunk = slots[index]
        slots[index] = OrderedChunks.Chunk(bytes: JSONBytes(), rows: 0)
        return chunk
    }
}
