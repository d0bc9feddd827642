import Dispatch
import Foundation
import GeoJSON

/// Encodes a long run of rows on every core while writing the results in row order.
///
/// Rows are cut into chunks; each wave encodes one chunk per core in parallel, then the caller writes the
/// wave's chunks in order. Memory stays at a few chunks, however long the table.
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
        var first = 0
        while first < chunks {
            let wave = min(width, chunks - first)
            let slots = ChunkSlots(count: wave)
            let base = first
            DispatchQueue.concurrentPerform(iterations: wave) { k in
                let start = (base + k) * chunkSize
                let rows = start..<min(count, start + chunkSize)
                slots.store(k, Chunk(bytes: encode(rows), rows: rows.count))
            }
            for k in 0..<wave { try write(slots.take(k)) }
            first += wave
        }
    }
}

/// Results of one wave; each worker fills only its own slot, under a lock so the hand-over is well defined.
private final class ChunkSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [OrderedChunks.Chunk]

    init(count: Int) { slots = Array(repeating: OrderedChunks.Chunk(bytes: JSONBytes(), rows: 0), count: count) }

    func store(_ index: Int, _ bytes: OrderedChunks.Chunk) {
        lock.lock()
        slots[index] = bytes
        lock.unlock()
    }

    func take(_ index: Int) -> OrderedChunks.Chunk {
        lock.lock()
        defer { lock.unlock() }
        return slots[index]
    }
}
