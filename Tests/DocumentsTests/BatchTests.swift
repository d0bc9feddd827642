import Foundation
import Testing
@testable import Documents

@Suite("Batches and streaming")
struct BatchTests {
    @Test func fiveDocumentsInBatchesOfTwo() throws {
        let scratch = try Scratch()
        let path = try scratch.write("five.jsonl", (1...5).map { "{\"id\": \"\($0)\", \"text\": \"t\"}\n" }.joined())
        let result = try DocumentReader(inputs: [path]).readAll(batchSize: 2)
        #expect(result.batchSizes == [2, 2, 1])
        #expect(result.ids == ["1", "2", "3", "4", "5"])
        #expect(result.summary.documentCount == 5)
    }

    @Test func batchesRunAcrossFiles() throws {
        let scratch = try Scratch()
        let a = try scratch.write("a.jsonl", "{\"text\": \"1\"}\n{\"text\": \"2\"}\n{\"text\": \"3\"}\n")
        let b = try scratch.write("b.txt", "4")
        let result = try DocumentReader(inputs: [a, b]).readAll(batchSize: 2)
        #expect(result.batchSizes == [2, 2])
        #expect(result.documents.map(\.text) == ["1", "2", "3", "4"])
    }

    @Test func aHundredThousandLinesAreReadInStreamingBatches() throws {
        let scratch = try Scratch()
        var text = ""
        text.reserveCapacity(100_000 * 120)
        for i in 0..<100_000 {
            text += "{\"id\": \(i), \"text\": \"Des hommes armés ont attaqué le village \(i).\", \"lang\": \"fr\"}\n"
        }
        let path = try scratch.write("big.jsonl", text)
        var batches = 0
        var total = 0
        var largest = 0
        var firstAndLast: [String] = []
        var inOrder = true
        let summary = try DocumentReader(inputs: [path]).batches(size: 1000) { batch in
            for (offset, document) in batch.enumerated() where document.id != String(total + offset) { inOrder = false }
            if batches == 0, let first = batch.first { firstAndLast.append(first.id) }
            batches += 1
            total += batch.count
            largest = max(largest, batch.count)
            if total == 100_000, let last = batch.last { firstAndLast.append(last.id) }
        }
        #expect(summary.documentCount == 100_000)
        #expect(total == 100_000 && batches == 100 && largest == 1000)
        #expect(firstAndLast == ["0", "99999"])
        #expect(inOrder)
        #expect(summary.problems.isEmpty && summary.skippedLineCount == 0)
    }

    @Test func zeroBatchSizeMeansOneAtATime() throws {
        let scratch = try Scratch()
        let path = try scratch.write("two.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n")
        #expect(try DocumentReader(inputs: [path]).readAll(batchSize: 0).batchSizes == [1, 1])
    }

    @Test func errorsFromTheBodyStopTheRead() throws {
        struct Stop: Error {}
        let scratch = try Scratch()
        let path = try scratch.write("three.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"c\"}\n")
        var seen = 0
        #expect(throws: Stop.self) {
            _ = try DocumentReader(inputs: [path]).batches(size: 1) { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }
}
