import Foundation
import Testing
@testable import Documents

@Suite("Plain-text documents")
struct TextFileTests {
    @Test func textFileIsOneDocumentNamedByItsFileWithThePublishedDate() throws {
        let scratch = try Scratch()
        let text = "Des hommes armés ont attaqué un poste de gendarmerie à Diafarabé mercredi.\nDeux morts.\n"
        let path = try scratch.write("reports/diafarabe.txt", text)
        let published = try PublishedDate(validating: "2019-05-03")
        let result = try DocumentReader(inputs: [path], published: published).readAll()
        #expect(result.documents == [Document(
            id: "diafarabe.txt", text: text, published: "2019-05-03", source: DocumentOrigin(file: path, line: nil)
        )])
    }

    @Test func anyExtensionNamedExplicitlyIsText() throws {
        let scratch = try Scratch()
        let path = try scratch.write("article.html", "<p>Ménaka</p>")
        let result = try DocumentReader(inputs: [path]).readAll()
        #expect(result.ids == ["article.html"])
        #expect(result.documents.first?.published == nil)
    }

    @Test func formatTextReadsJSONLFilesWhole() throws {
        let scratch = try Scratch()
        let path = try scratch.write("lines.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n")
        let result = try DocumentReader(inputs: [path], format: .text).readAll()
        #expect(result.ids == ["lines.jsonl"])
        #expect(result.documents.first?.text == "{\"text\": \"a\"}\n{\"text\": \"b\"}\n")
    }

    @Test func byteOrderMarkIsDropped() throws {
        let scratch = try Scratch()
        let path = try scratch.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Sévaré".utf8))
        #expect(try DocumentReader(inputs: [path]).readAll().documents.first?.text == "Sévaré")
    }

    @Test func invalidUTF8IsRepairedAndTheRestIsIntact() throws {
        let scratch = try Scratch()
        let bytes = Array("Première ligne\nAttaque à Bon".utf8) + [0xFF] + Array("i, près de Douentza.\nFin".utf8)
        let path = try scratch.write("latin.txt", bytes: bytes)
        let result = try DocumentReader(inputs: [path]).readAll()
        #expect(result.documents.first?.text == "Première ligne\nAttaque à Bon\u{FFFD}i, près de Douentza.\nFin")
        // The warning points at the line holding the bad byte.
        #expect(result.summary.warnings.map(\.description) == ["\(path):2: invalid UTF-8 repaired"])
    }

    @Test func truncatedSequenceAtTheEndIsRepaired() throws {
        let scratch = try Scratch()
        let path = try scratch.write("cut.txt", bytes: Array("Ségou".utf8) + [0xC3])
        let result = try DocumentReader(inputs: [path]).readAll()
        #expect(result.documents.first?.text == "Ségou\u{FFFD}")
        #expect(result.summary.warnings.count == 1)
    }

    @Test func crlfTextIsKeptAsWritten() throws {
        let scratch = try Scratch()
        let path = try scratch.write("windows.txt", "Ligne 1\r\nLigne 2\r\n")
        // Offsets in the geocoder's output are into this exact text.
        #expect(try DocumentReader(inputs: [path]).readAll().documents.first?.text == "Ligne 1\r\nLigne 2\r\n")
    }

    @Test func tooLargeTextFileIsAProblemNotADocument() throws {
        let scratch = try Scratch()
        let big = try scratch.write("big.txt", String(repeating: "a", count: 2000))
        let small = try scratch.write("small.txt", "b")
        var reader = DocumentReader(inputs: [big, small])
        reader.maximumDocumentBytes = 1000
        let result = try reader.readAll()
        #expect(result.ids == ["small.txt"])
        #expect(result.summary.skippedFileCount == 1)
        #expect(result.summary.problems.map(\.description) == [
            "\(big): larger than the 1000 bytes one document may have; file skipped",
        ])
    }
}
