import Foundation
import Testing
@testable import Documents

@Suite("Standard input")
struct StandardInputTests {
    /// A pipe already holding `text`, its write end closed, as a shell would hand it over.
    private func pipe(_ text: String) throws -> Pipe {
        let pipe = Pipe()
        try pipe.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try pipe.fileHandleForWriting.close()
        return pipe
    }

    @Test func dashIsOneTextDocumentNamedStdin() throws {
        let input = try pipe("Attaque à Ménaka.\n")
        let published = try PublishedDate(validating: "2023-01-15")
        let reader = DocumentReader(inputs: ["-"], published: published, standardInput: input.fileHandleForReading)
        let result = try reader.readAll()
        #expect(result.documents == [Document(
            id: "stdin", text: "Attaque à Ménaka.\n", published: "2023-01-15", source: DocumentOrigin(file: "<stdin>")
        )])
    }

    @Test func dashWithFormatJSONLIsLines() throws {
        let input = try pipe("{\"id\": \"a\", \"text\": \"x\"}\n{\"text\": \"y\"}\nbroken\n")
        let reader = DocumentReader(inputs: ["-"], format: .jsonl, standardInput: input.fileHandleForReading)
        let result = try reader.readAll()
        #expect(result.ids == ["a", "stdin:2"])
        #expect(result.summary.problems.map(\.description) == ["<stdin>:3: not valid JSON; line skipped"])
    }

    @Test func firstBatchArrivesBeforeStandardInputEnds() throws {
        let pipe = Pipe()
        let writer = pipe.fileHandleForWriting
        let firstBatchSeen = DispatchSemaphore(value: 0)
        let restWritten = LockedBox(false)
        let thread = Thread {
            try? writer.write(contentsOf: Data("{\"text\": \"1\"}\n{\"text\": \"2\"}\n".utf8))
            // A reader that waited for the end of input would never signal; give up after a while.
            _ = firstBatchSeen.wait(timeout: .now() + 10)
            restWritten.value = true
            try? writer.write(contentsOf: Data("{\"text\": \"3\"}\n".utf8))
            try? writer.close()
        }
        thread.start()
        var batches: [[String]] = []
        var restWrittenAtFirstBatch: Bool?
        let reader = DocumentReader(inputs: ["-"], format: .jsonl, standardInput: pipe.fileHandleForReading)
        _ = try reader.batches(size: 2) { batch in
            if batches.isEmpty {
                restWrittenAtFirstBatch = restWritten.value
                firstBatchSeen.signal()
            }
            batches.append(batch.map(\.text))
        }
        #expect(batches == [["1", "2"], ["3"]])
        #expect(restWrittenAtFirstBatch == false)
    }
}
