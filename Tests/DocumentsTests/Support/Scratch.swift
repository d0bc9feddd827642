import Foundation
@testable import Documents

/// A fresh temporary directory per test, removed when the test lets go of it.
final class Scratch {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("sahel-documents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Writes `text` to `name` (which may hold subdirectories) and returns the file's path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }
}

/// What a whole read produced: every document in order, the batch sizes, and the summary.
struct ReadResult {
    var documents: [Document] = []
    var batchSizes: [Int] = []
    var summary = DocumentReadSummary()

    var ids: [String] { documents.map(\.id) }
}

extension DocumentReader {
    func readAll(batchSize: Int = 16) throws -> ReadResult {
        var result = ReadResult()
        result.summary = try batches(size: batchSize) { batch in
            result.documents += batch
            result.batchSizes.append(batch.count)
        }
        return result
    }
}

/// A value shared with a writer thread.
final class LockedBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var stored: Value

    init(_ value: Value) {
        stored = value
    }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
