import Foundation

/// The team's tab-separated tables under `Gazetteer/` (aliases, capital points): a fixed header, then rows of
/// non-empty fields; blank lines and `#` comments ignored. Every problem names the file and line.
struct CuratedTable {
    struct Row {
        let line: Int
        let fields: [String]
    }

    let path: String
    let rows: [Row]

    init(path: String, header: [String]) throws {
        self.path = path
        var rows: [Row] = []
        var sawHeader = false
        for (offset, line) in try GeoNamesDumpImporter.readLines(path).enumerated() {
            let number = offset + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if !sawHeader {
                guard fields == header else {
                    throw GazetteerError(file: path, line: number,
                                         message: "expected the header \"\(header.joined(separator: "\\t"))\"")
                }
                sawHeader = true
                continue
            }
            guard fields.count == header.count else {
                throw GazetteerError(file: path, line: number,
                                     message: "expected \(header.count) tab-separated columns, found \(fields.count)")
            }
            for (column, value) in zip(header, fields) where value.isEmpty {
                throw GazetteerError(file: path, line: number, message: "empty \(column)")
            }
            rows.append(Row(line: number, fields: fields))
        }
        guard sawHeader else { throw GazetteerError(file: path, message: "empty file: no header") }
        self.rows = rows
    }

    func failure(_ row: Row, _ message: String) -> GazetteerError {
        GazetteerError(file: path, line: row.line, message: message)
    }

    /// An ISO 3166-1 alpha-2 code.
    func country(_ text: String, in row: Row) throws -> String {
        guard text.count == 2, text.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw failure(row, "country \"\(text)\" is not an ISO 3166-1 alpha-2 code")
        }
        return text
    }

    func latitude(_ text: String, in row: Row) throws -> Double {
        guard let value = Double(text), (-90.0...90.0).contains(value) else {
            throw failure(row, "lat \"\(text)\" is not a latitude in -90...90")
        }
        return value
    }

    func longitude(_ text: String, in row: Row) throws -> Double {
        guard let value = Double(text), (-180.0...180.0).contains(value) else {
            throw failure(row, "lon \"\(text)\" is not a longitude in -180...180")
        }
        return value
    }
}
