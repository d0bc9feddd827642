import Foundation

/// Keeps the first error thrown by any worker of a `concurrentPerform`.
final class FirstErrorRecorder: @unchecked Sendable {
    // Guarded by `lock`.
    private var first: Error?
    private let lock = NSLock()

    func record(_ error: Error) {
        lock.lock()
        defer { lock.unlock() }
        if first == nil { first = error }
    }

    var error: Error? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }
}
