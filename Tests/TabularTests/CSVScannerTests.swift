import Testing
@testable import Tabular

@Suite("CSV scanning")
struct CSVScannerTests {
    private func records(_ text: String, delimiter: Character = ",") throws -> [(line: Int, fields: [String])] {
        let bytes = Array(text.utf8)
        var out: [(Int, [String])] = []
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer, delimiter: UInt8(ascii: delimiter.unicodeScalars.first!))
            var fields: [CSVFieldSpan] = []
            while try scanner.nextRecord(into: &fields) {
                out.append((scanner.recordLine, fields.map { CSVTable.decode($0, in: buffer) }))
            }
        }
        return out
    }

    @Test func quotedFieldsKeepDelimitersQuotesAndLineBreaks() throws {
        let rows = try records("a,b\n\"x, y\",\"he said \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row")
        #expect(rows.map(\.fields) == [["a", "b"], ["x, y", "he said \"hi\""], ["two\nlines", "z"], ["last", "row"]])
        #expect(rows.map(\.line) == [1, 2, 3, 5])
    }

    @Test func crlfLineEndsAreStripped() throws {
        let rows = try records("a,b\r\n1,2\r\n\"q\"\r\n")
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"], ["q"]])
    }

    @Test func emptyFieldsAreKept() throws {
        let rows = try records(",,\n1,,3")
        #expect(rows.map(\.fields) == [["", "", ""], ["1", "", "3"]])
    }

    @Test func unclosedQuoteIsAnErrorWithItsLine() {
        #expect(throws: CSVScanError.self) { try records("a,b\n1,\"open\n2,3\n") }
        do {
            _ = try records("a,b\n1,\"open\n2,3\n")
        } catch let error as CSVScanError {
            #expect(error.line == 2)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func textAfterClosingQuoteIsAnError() {
        #expect(throws: CSVScanError.self) { try records("a\n\"x\"y\n") }
    }
}
