import Foundation

/// Runs a producer on its own thread, a few items ahead of the caller that consumes them in order: a store
/// export reads (and decodes) page k + 1 while page k is encoded and written, one core each. At most
/// `depth` items wait, so memory stays bounded whatever the store's size.
final class ReadAhead<Item: Sendable>: @unchecked Sendable {
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [Item] = []
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    private let depth: Int

    private init(depth: Int) {
        self.depth = max(1, depth)
    }

    /// Why a producer stopped early: the consumer gave up.
    private struct Cancelled: Error {}

    /// Calls `produce` on another thread with a function handing items over, and `consume` here with each item
    /// in order. An error from either side stops both; the consumer's wins, else the producer's is thrown once
    /// the items made before it are consumed.
    static func run(depth: Int = 2,
                    produce: @escaping @Sendable (_ send: (Item) throws -> Void) throws -> Void,
                    consume: (Item) throws -> Void) throws {
        let channel = ReadAhead(depth: depth)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do {
                try produce { try channel.send($0) }
                channel.close(nil)
            } catch {
                channel.close(error)
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        // The producer is always waited for, so it never outlives the store it reads.
        defer { done.wait() }
        do {
            while let item = try channel.next() { try consume(item) }
        } catch {
            channel.cancel()
            throw error
        }
    }

    private func send(_ item: Item) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= depth, !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        queue.append(item)
        condition.broadcast()
    }

    private func close(_ error: (any Error)?) {
        condition.lock()
        finished = true
        if !(error is Cancelled) { failure = error }
        condition.broadcast()
        condition.unlock()
    }

    private func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next item; nil once the producer is done; throws the producer's error after its last item.
    private func next() throws -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty, !finished { condition.wait() }
        if !queue.isEmpty {
            condition.broadcast()
            return queue.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }
}
