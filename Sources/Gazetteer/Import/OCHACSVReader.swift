import Foundation
import Tabular

/// Reads an OCHA settlements CSV into rows with the `Tabular` scanner. Structural problems (a wrong
/// number of fields, a coordinate that is not a number, a file cut mid-line) throw `GazetteerError`
/// with the file, the line and the column, since guessing would store wrong places.
enum OCHACSVReader {
    static let required = ["longitude", "latitude", "featureNam", "pcode", "admin0Pcod"]

    static func read(path: String) throws -> [OCHARow] {
        let table: CSVTable
        do {
            table = try CSVTable(contentsOf: path)
        } catch {
            throw GazetteerError(file: error.file, line: error.line, message: error.message)
        }
        let header = table.header
        for column in required where !header.contains(column) {
            throw GazetteerError(file: path, line: 1, message: "missing column '\(column)' (header: \(header.joined(separator: ",")))")
        }
        func index(_ column: String) -> Int? { header.firstIndex(of: column) }
        let lon = index("longitude") ?? 0, lat = index("latitude") ?? 0
        let endsWithNewline = table.bytes.last == UInt8(ascii: "\n")

        return try table.withScanner { scanner, buffer in
            var rows: [OCHARow] = []
            var fields: [CSVFieldSpan] = []
            while true {
                do throws(CSVScanError) {
                    guard try scanner.nextRecord(into: &fields) else { break }
                } catch {
                    throw GazetteerError(file: path, line: error.line, message: error.message)
                }
                let line = scanner.recordLine
                if fields.count == 1 && fields[0].start == fields[0].end { continue }  // blank line
                guard fields.count == header.count else {
                    let detail = fields.count < header.count
                        ? "the row stops after column '\(header[fields.count - 1])'"
                        : "extra fields after column '\(header[header.count - 1])'"
                    throw GazetteerError(file: path, line: line,
                                         message: "expected \(header.count) fields, found \(fields.count): \(detail)")
                }
                if !endsWithNewline && scanner.offset >= buffer.count {
                    try checkComplete(fields: fields, header: header, buffer: buffer, path: path, line: line)
                }
                func text(_ column: String) -> String? {
                    guard let i = index(column) else { return nil }
                    let value = CSVTable.decode(fields[i], in: buffer).trimmingCharacters(in: .whitespaces)
                    return value.isEmpty ? nil : value
                }
                func number(_ i: Int) throws -> Double {
                    guard let value = NumberText.parseDouble(buffer, fields[i].start, fields[i].end) else {
                        throw GazetteerError(file: path, line: line, message:
                            "column '\(header[i])': '\(CSVTable.decode(fields[i], in: buffer))' is not a number")
                    }
                    return value
                }
                rows.append(OCHARow(
                    line: line, longitude: try number(lon), latitude: try number(lat),
                    name: text("featureNam") ?? "", pcode: text("pcode") ?? "",
                    otherNames: ["featureRef", "featureAlt", "featureA_1"].compactMap(text),
                    rank: OCHARow.rank(label: text("popPlace_1"), classCode: text("popPlaceCl")),
                    country: text("admin0Pcod") ?? "",
                    admin1Code: text("admin1Pcod"), admin1: text("admin1Name"),
                    admin2Code: text("admin2Pcod"), admin2: text("admin2Name"),
                    admin3Code: text("admin3Pcod"), admin3: text("admin3Name")))
            }
            return rows
        }
    }

    /// A file that does not end with a line break may have been cut. The column count already catches a
    /// cut in any column but the last; for the last, a date column (`validOn`, `date`) must hold a whole
    /// YYYY-MM-DD date.
    private static func checkComplete(fields: [CSVFieldSpan], header: [String], buffer: UnsafeBufferPointer<UInt8>,
                                      path: String, line: Int) throws {
        let last = header.count - 1
        guard ["validon", "date"].contains(header[last].lowercased()) else { return }
        let value = CSVTable.decode(fields[last], in: buffer).trimmingCharacters(in: .whitespaces)
        let digits = value.utf8.enumerated().allSatisfy { i, b in
            (i == 4 || i == 7) ? b == UInt8(ascii: "-") : (b >= 48 && b <= 57)
        }
        if !(value.utf8.count == 10 && digits) {
            throw GazetteerError(file: path, line: line, message:
                "the file ends in the middle of a record: column '\(header[last])' holds '\(value)', not a whole date (truncated file?)")
        }
    }
}
