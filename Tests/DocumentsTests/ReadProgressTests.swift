import Foundation
import Testing
@testable import Documents

@Suite("Read progress")
struct ReadProgressTests {
    /// Every progress report of a read, in order, and its documents.
    private func reports(_ reader: DocumentReader, batchSize: Int) throws -> (reports: [ReadProgress], documents: Int) {
        var reports: [ReadProgress] = []
        var documents = 0
        _ = try reader.batches(size: batchSize, progress: { reports.append($0) }) { documents += $0.count }
        return (reports, documents)
    }

    private func fileSize(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    }

    private func isMonotonic(_ reports: [ReadProgress]) -> Bool {
        zip(reports, reports.dropFirst()).allSatisfy { $0.bytesRead <= $1.bytesRead && $0.documents <= $1.documents }
    }

    @Test func bytesReachTheFileSizeAndGrowWithTheDocuments() throws {
        let scratch = try Scratch()
        let lines = (1...10).map { "{\"id\": \"\($0)\", \"text\": \"Attaque à Boni, village \($0).\"}\n" }
        let path = try scratch.write("ten.jsonl", lines.joined())
        let (reports, documents) = try self.reports(DocumentReader(inputs: [path]), batchSize: 3)
        let size = try fileSize(path)
        // After each of the 4 batches, then once at the end.
        #expect(reports.map(\.documents) == [3, 6, 9, 10, 10])
        #expect(reports.allSatisfy { $0.totalBytes == size })
        #expect(isMonotonic(reports))
        // A batch's position is just past its last document: the reader's 1 MiB read-ahead is not counted.
        #expect(reports.first?.bytesRead == lines.prefix(3).joined().utf8.count)
        #expect(reports.last == ReadProgress(bytesRead: size, totalBytes: size, documents: 10))
        #expect(reports.last?.fraction == 1)
        #expect(documents == 10)
    }

    @Test func skippedBlankAndOverlongLinesStillCount() throws {
        let scratch = try Scratch()
        let long = "{\"text\": \"" + String(repeating: "x", count: 500) + "\"}"
        let text = "\u{FEFF}{\"text\": \"a\"}\r\n\n   \nnot json\n\(long)\n{\"text\": \"b\"}"   // no final newline
        let path = try scratch.write("mixed.jsonl", text)
        var reader = DocumentReader(inputs: [path])
        reader.maximumDocumentBytes = 100
        reader.chunkSize = 16
        let (reports, documents) = try self.reports(reader, batchSize: 1)
        let size = try fileSize(path)
        #expect(documents == 2)
        #expect(isMonotonic(reports))
        #expect(reports.last == ReadProgress(bytesRead: size, totalBytes: size, documents: 2))
    }

    @Test func aDirectoryCountsTheFilesItReads() throws {
        let scratch = try Scratch()
        let a = try scratch.write("in/a.txt", "Attaque à Ménaka.")
        let b = try scratch.write("in/sub/b.jsonl", "{\"text\": \"1\"}\n{\"text\": \"2\"}\n")
        try scratch.write("in/notes.csv", "not,a,document\n")   // skipped: not part of the total
        let total = try fileSize(a) + fileSize(b)
        let (reports, documents) = try self.reports(DocumentReader(inputs: [scratch.path("in")]), batchSize: 2)
        #expect(documents == 3)
        #expect(reports.allSatisfy { $0.totalBytes == total })
        #expect(isMonotonic(reports))
        #expect(try reports.first?.bytesRead == fileSize(a) + "{\"text\": \"1\"}\n".utf8.count)
        #expect(reports.last == ReadProgress(bytesRead: total, totalBytes: total, documents: 3))
    }

    @Test func aFileTooLargeToBeADocumentIsPassedOverButCounted() throws {
        let scratch = try Scratch()
        let big = try scratch.write("big.txt", String(repeating: "y", count: 300))
        let small = try scratch.write("small.txt", "Attaque à Gao.")
        var reader = DocumentReader(inputs: [big, small])
        reader.maximumDocumentBytes = 100
        let (reports, documents) = try self.reports(reader, batchSize: 8)
        let total = try fileSize(big) + fileSize(small)
        #expect(documents == 1)
        #expect(reports.last == ReadProgress(bytesRead: total, totalBytes: total, documents: 1))
    }

    @Test func standardInputHasNoTotal() throws {
        let pipe = Pipe()
        let text = "{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"c\"}\n"
        try pipe.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try pipe.fileHandleForWriting.close()
        let reader = DocumentReader(inputs: ["-"], format: .jsonl, standardInput: pipe.fileHandleForReading)
        let (reports, _) = try self.reports(reader, batchSize: 2)
        #expect(reports.allSatisfy { $0.totalBytes == nil && $0.fraction == nil })
        #expect(reports.map(\.documents) == [2, 3, 3])
        #expect(reports.last?.bytesRead == text.utf8.count)
    }

    @Test func anEmptyInputIsWhollyRead() throws {
        let scratch = try Scratch()
        let path = try scratch.write("empty.jsonl", "")
        let (reports, documents) = try self.reports(DocumentReader(inputs: [path]), batchSize: 4)
        #expect(documents == 0)
        #expect(reports == [ReadProgress(bytesRead: 0, totalBytes: 0, documents: 0)])
        #expect(reports.first?.fraction == 1)
    }

    @Test func fractionIsClampedWhenAFileGrewWhileRead() {
        #expect(ReadProgress(bytesRead: 150, totalBytes: 100, documents: 3).fraction == 1)
        #expect(ReadProgress(bytesRead: 25, totalBytes: 100, documents: 1).fraction == 0.25)
    }
}
