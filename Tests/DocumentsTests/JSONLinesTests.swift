import Foundation
import Testing
@testable import Documents

@Suite("JSONL documents")
struct JSONLinesTests {
    @Test func everyFieldIsRead() throws {
        let scratch = try Scratch()
        let path = try scratch.write("input.jsonl", """
            {"id": "mali-001", "text": "Des hommes armés ont attaqué Boni mercredi.", "published": "2022-03-02", \
            "lang": "fr", "title": "Attaque à Boni", "url": "https://example.org/boni", "source": "ignored"}

            """)
        let result = try DocumentReader(inputs: [path]).readAll()
        #expect(result.documents == [Document(
            id: "mali-001",
            text: "Des hommes armés ont attaqué Boni mercredi.",
            published: "2022-03-02",
            language: "fr",
            title: "Attaque à Boni",
            url: "https://example.org/boni",
            source: DocumentOrigin(file: path, line: 1)
        )])
        #expect(result.summary.documentCount == 1)
        #expect(result.summary.problems.isEmpty && result.summary.warnings.isEmpty)
    }

    @Test func integerIdsBecomeTheirDigits() throws {
        let scratch = try Scratch()
        let path = try scratch.write("ids.jsonl", """
            {"id": 42, "text": "a"}
            {"id": -7, "text": "b"}
            {"id": 123456789012345678901234567890, "text": "c"}
            """)
        #expect(try DocumentReader(inputs: [path]).readAll().ids == ["42", "-7", "123456789012345678901234567890"])
    }

    @Test func idsThatAreNeitherStringsNorIntegersAreProblems() throws {
        let scratch = try Scratch()
        let path = try scratch.write("ids.jsonl", """
            {"id": 4.5, "text": "a"}
            {"id": true, "text": "b"}
            {"id": "", "text": "c"}
            {"id": null, "text": "d"}
            """)
        let result = try DocumentReader(inputs: [path]).readAll()
        #expect(result.ids == ["ids.jsonl:4"])
        #expect(result.summary.problems.map(\.description) == [
            "\(path):1: field \"id\": must be a string or an integer, found 4.5; line skipped",
            "\(path):2: field \"id\": must be a string or an integer, found a boolean; line skipped",
            "\(path):3: field \"id\": must not be empty; line skipped",
        ])
    }

    @Test func missingIdIsFileNameAndLine() throws {
        let scratch = try Scratch()
        let path = try scratch.write("sub/file.jsonl", """
            {"id": "x", "text": "first"}
            {"text": "second"}
            """)
        let result = try DocumentReader(inputs: [path]).readAll()
        #expect(result.ids == ["x", "file.jsonl:2"])
        #expect(result.documents[1].source == DocumentOrigin(file: path, line: 2))
        #expect(result.documents[1].published == nil && result.documents[1].language == nil)
    }

    @Test func blankLinesAreSkippedSilentlyButCounted() throws {
        let scratch = try Scratch()
        let path = try scratch.write("blank.jsonl", "\n{\"text\": \"a\"}\n   \n\t\n{\"text\": \"b\"}\n\n")
        let result = try DocumentReader(inputs: [path]).readAll()
        // Line numbers still count the blank lines, so they match the editor's.
        #expect(result.ids == ["blank.jsonl:2", "blank.jsonl:5"])
        #expect(result.summary.skippedLineCount == 0)
        #expect(result.summary.problems.isEmpty)
    }

    @Test func badJSONIsReportedWithItsLineAndTheOtherLinesAreRead() throws {
        let scratch = try Scratch()
        let path = try scratch.write("bad.jsonl", """
            {"id": "a", "text": "one"}
            {"id": "b", "text": "two"
            {"id": "c", "text": "three"}
            ["not", "an", "object"]
            {"id": "e"}
            {"id": "f", "text": 12}
            """)
        let result = try DocumentReader(inputs: [path]).readAll()
        #expect(result.ids == ["a", "c"])
        #expect(result.summary.skippedLineCount == 4)
        #expect(result.summary.problems.map(\.line) == [2, 4, 5, 6])
        #expect(result.summary.problems.map(\.field) == [nil, nil, "text", "text"])
        #expect(result.summary.problems[0].description == "\(path):2: not valid JSON; line skipped")
        #expect(result.summary.problems[1].description == "\(path):4: not a JSON object (found an array); line skipped")
        #expect(result.summary.problems[3].message == "must be a string, found a number")
    }

    @Test func strictStopsAtTheFirstProblemNamingFileAndLine() throws {
        let scratch = try Scratch()
        let path = try scratch.write("bad.jsonl", """
            {"id": "a", "text": "one"}
            not json
            {"id": "c", "text": "three"}
            """)
        var delivered: [String] = []
        #expect {
            _ = try DocumentReader(inputs: [path], strict: true).batches(size: 1) { delivered += $0.map(\.id) }
        } throws: { error in
            guard let error = error as? DocumentInputError else { return false }
            return error.kind == .invalidInput && error.file == path && error.line == 2
                && error.description == "\(path):2: not valid JSON"
        }
        #expect(delivered == ["a"])
    }

    @Test func impossiblePublishedDateIsRejected() throws {
        let scratch = try Scratch()
        let path = try scratch.write("input.jsonl", """
            {"id": "a", "text": "x", "published": "2022-02-31"}
            {"id": "b", "text": "x", "published": "2024-02-29"}
            {"id": "c", "text": "x", "published": "2023-02-29"}
            {"id": "d", "text": "x", "published": "02/03/2022"}
            {"id": "e", "text": "x", "published": 20220302}
            """)
        let result = try DocumentReader(inputs: [path]).readAll()
        #expect(result.ids == ["b"])
        #expect(result.documents.first?.published == "2024-02-29")
        #expect(result.summary.problems.map(\.description) == [
            "\(path):1: field \"published\": \"2022-02-31\" is not a real date; line skipped",
            "\(path):3: field \"published\": \"2023-02-29\" is not a real date; line skipped",
            "\(path):4: field \"published\": \"02/03/2022\" is not a YYYY-MM-DD date; line skipped",
            "\(path):5: field \"published\": must be a string, found a number; line skipped",
        ])
    }

    @Test func onlyFrenchAndEnglishAreAccepted() throws {
        let scratch = try Scratch()
        let path = try scratch.write("lang.jsonl", """
            {"id": "fr", "text": "x", "lang": "fr"}
            {"id": "de", "text": "x", "lang": "de"}
            {"id": "en", "text": "x", "lang": "en"}
            """)
        let result = try DocumentReader(inputs: [path]).readAll()
        #expect(result.documents.map(\.language) == ["fr", "en"])
        #expect(result.summary.problems.map(\.description) == [
            "\(path):2: field \"lang\": \"de\" is not a supported language (fr or en); line skipped",
        ])
    }

    @Test func escapedUnicodeAndNewlinesInText() throws {
        let scratch = try Scratch()
        let path = try scratch.write("escapes.jsonl", #"""
            {"text": "S\u00e9gou\nTombouctou \"ville\" \ud83d\ude00\tfin"}
            """#)
        let result = try DocumentReader(inputs: [path]).readAll()
        #expect(result.documents.first?.text == "Ségou\nTombouctou \"ville\" 😀\tfin")
    }

    @Test func crlfLineEndsAreHandled() throws {
        let scratch = try Scratch()
        let path = try scratch.write(
            "windows.jsonl", "{\"id\": \"a\", \"text\": \"un\"}\r\n\r\n{\"id\": \"b\", \"text\": \"deux\"}\r\n"
        )
        let result = try DocumentReader(inputs: [path]).readAll()
        #expect(result.ids == ["a", "b"])
        #expect(result.documents.map(\.text) == ["un", "deux"])
        #expect(result.documents.map(\.source.line) == [1, 3])
        #expect(result.summary.problems.isEmpty)
    }

    @Test func byteOrderMarkIsDropped() throws {
        let scratch = try Scratch()
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let path = try scratch.write("bom.jsonl", bytes: bom + Array("{\"id\": \"a\", \"text\": \"x\"}\n".utf8))
        let result = try DocumentReader(inputs: [path]).readAll()
        #expect(result.ids == ["a"])
        #expect(result.summary.problems.isEmpty)
        // A mark before a blank first line leaves a blank line, not a line of garbage.
        let blankFirst = try scratch.write("bom-blank.jsonl", bytes: bom + Array("\n{\"text\": \"x\"}\n".utf8))
        let second = try DocumentReader(inputs: [blankFirst]).readAll()
        #expect(second.ids == ["bom-blank.jsonl:2"])
        #expect(second.summary.problems.isEmpty)
    }

    @Test func invalidUTF8IsRepairedWithAWarning() throws {
        let scratch = try Scratch()
        let good = "{\"id\": \"a\", \"text\": \"ok\"}\n{\"id\": \"b\", \"text\": \"ok\"}\n"
        let bytes = Array((good + "{\"id\": \"c\", \"text\": \"Bon").utf8) + [0xFF] + Array("i attaqué\"}\n".utf8)
        let path = try scratch.write("input.jsonl", bytes: bytes)
        let result = try DocumentReader(inputs: [path]).readAll()
        #expect(result.ids == ["a", "b", "c"])
        #expect(result.documents[2].text == "Bon\u{FFFD}i attaqué")
        #expect(result.summary.warnings.map(\.description) == ["\(path):3: invalid UTF-8 repaired"])
        #expect(result.summary.warnings.first?.kind == .repairedUTF8)
    }

    @Test func jsonlExtensionIsCaseInsensitiveAndNDJSONIsJSONL() throws {
        let scratch = try Scratch()
        let upper = try scratch.write("A.JSONL", "{\"text\": \"x\"}\n")
        let nd = try scratch.write("b.ndjson", "{\"text\": \"y\"}\n")
        #expect(try DocumentReader(inputs: [upper, nd]).readAll().ids == ["A.JSONL:1", "b.ndjson:1"])
    }

    @Test func formatJSONLReadsAnyExtensionAsLines() throws {
        let scratch = try Scratch()
        let path = try scratch.write("export.txt", "{\"text\": \"x\"}\n{\"text\": \"y\"}\n")
        #expect(try DocumentReader(inputs: [path], format: .jsonl).readAll().ids == ["export.txt:1", "export.txt:2"])
        #expect(try DocumentReader(inputs: [path]).readAll().ids == ["export.txt"])
    }

    @Test func overlongLineIsSkippedAndReadingGoesOn() throws {
        let scratch = try Scratch()
        let long = "{\"id\": \"long\", \"text\": \"" + String(repeating: "x", count: 5000) + "\"}"
        let path = try scratch.write(
            "long.jsonl", "{\"id\": \"a\", \"text\": \"x\"}\n\(long)\n{\"id\": \"c\", \"text\": \"x\"}"
        )
        var reader = DocumentReader(inputs: [path])
        reader.maximumDocumentBytes = 1000
        reader.chunkSize = 256
        let result = try reader.readAll()
        #expect(result.ids == ["a", "c"])
        #expect(result.summary.problems.map(\.description) == [
            "\(path):2: \(long.utf8.count) bytes long, more than the 1000 bytes one document may have; line skipped",
        ])
    }

    @Test func linesSplitAcrossSmallChunksAreReassembled() throws {
        let scratch = try Scratch()
        var text = ""
        var expected: [String] = []
        for i in 0..<300 {
            let body = String(repeating: "é", count: i % 97)
            text += "{\"id\": \"d\(i)\", \"text\": \"\(body)\"}\r\n"
            expected.append(body)
        }
        let path = try scratch.write("chunks.jsonl", text)
        var reader = DocumentReader(inputs: [path])
        reader.chunkSize = 64
        let result = try reader.readAll()
        #expect(result.documents.map(\.text) == expected)
        #expect(result.summary.warnings.isEmpty && result.summary.problems.isEmpty)
    }

    @Test func problemListIsCappedButCounted() throws {
        let scratch = try Scratch()
        let path = try scratch.write("garbage.jsonl", String(repeating: "nope\n", count: 25))
        var reader = DocumentReader(inputs: [path])
        reader.listLimit = 10
        let summary = try reader.readAll().summary
        #expect(summary.problems.count == 10)
        #expect(summary.unlistedProblemCount == 15)
        #expect(summary.skippedLineCount == 25)
    }
}
