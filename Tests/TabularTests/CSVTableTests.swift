import Testing
@testable import Tabular

@Suite("CSV tables")
struct CSVTableTests {
    @Test func detectsSemicolonsAndTabs() throws {
        #expect(try CSVTable(bytes: Array("nom;lat;lon\nSégou;13,44;-6,27\n".utf8), file: "f").delimiter == UInt8(ascii: ";"))
        #expect(try CSVTable(bytes: Array("a\tb\n1\t2\n".utf8), file: "f").delimiter == UInt8(ascii: "\t"))
        #expect(try CSVTable(bytes: Array("a,\"b;c\"\n".utf8), file: "f").delimiter == UInt8(ascii: ","))
    }

    @Test func headerIsTrimmedAndBOMSkipped() throws {
        let table = try CSVTable(bytes: [0xEF, 0xBB, 0xBF] + Array(" id , lat,lon\n1,2,3\n".utf8), file: "f")
        #expect(table.header == ["id", "lat", "lon"])
        #expect(table.bodyLine == 2)
    }

    @Test func latin1BytesAreReportedWithTheirLine() {
        // "Ségou" saved as Windows-1252: é is the single byte 0xE9.
        let bytes = Array("place,lat,lon\nBamako,12.6,-8.0\n".utf8) + [0x53, 0xE9, 0x67, 0x6F, 0x75] + Array(",13.4,-6.2\n".utf8)
        #expect {
            try CSVTable(bytes: bytes, file: "towns.csv")
        } throws: { error in
            guard let error = error as? CSVError else { return false }
            return error.line == 3 && error.description.contains("towns.csv:3") && error.message.contains("UTF-8")
        }
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: CSVError.self) { try CSVTable(bytes: [], file: "empty.csv") }
    }

    @Test func missingFileNamesThePath() {
        #expect {
            try CSVTable(contentsOf: "/nonexistent/points.csv")
        } throws: { error in
            (error as? CSVError)?.description.hasPrefix("/nonexistent/points.csv: cannot open") == true
        }
    }
}
