import Foundation

/// One result slot per parallel worker: each worker stores into its own index, the caller takes them in
/// order afterwards. The lock makes the hand-over between threads well defined.
public final class ParallelResults<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var slots: [Value?]

    public let count: Int

    public init(count: Int) {
        self.count = count
        slots = Array(repeating: nil, count: count)
    }

    public func store(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// Hands the value over and empties the slot, so its memory goes once the caller is done with it.
    public func take(_ index: Int) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        let value = slots[index]
        slots[index] = nil
        return value
    }
}

public enum Parallel {
    /// `body(0)`, ..., `body(count - 1)` run on all cores; the results come back in index order.
    public static func map<Value: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
        let results = ParallelResults<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { results.store($0, body($0)) }
        return (0..<count).compactMap { results.take($0) }
    }
}
