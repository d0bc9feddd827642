import Foundation
import Parallel

/// A table of points read from CSV: the coordinates parsed into columns of doubles, every other column kept
/// as bytes in the original file with its inferred JSON kind.
///
/// Nothing is dropped: a row with both coordinates empty is kept as an unlocated point (NaN, NaN); any other
/// problem stops the read with an error naming the file, the line and the field.
public struct PointTable: Sendable {
    public let table: CSVTable
    public let columns: CoordinateColumns
    /// NaN where the row has no coordinates.
    public let latitudes: [Double]
    public let longitudes: [Double]
    /// Byte offset where each row starts, plus one final entry where the last row ends.
    public let rowOffsets: [Int]
    /// The widest kind of value seen in each column (by header index).
    public let kinds: [ValueKind]

    public var count: Int { latitudes.count }
    public var header: [String] { table.header }
    public var file: String { table.file }

    public init(table: CSVTable, latitudeColumn: String? = nil, longitudeColumn: String? = nil) throws(CSVError) {
        let columns = try CoordinateColumns(header: table.header, file: table.file,
                                            latitudeColumn: latitudeColumn, longitudeColumn: longitudeColumn)
        let parser = RowParser(table: table, columns: columns)
        let parts = PointTable.split(table)
        let results = Parallel.map(parts.count) { parser.parse(parts[$0]) }
        var latitudes: [Double] = []
        var longitudes: [Double] = []
        var offsets: [Int] = []
        var kinds = [ValueKind](repeating: .empty, count: table.header.count)
        // Parts after the first count lines from 1; shift them by the lines before them in the file.
        var linesBefore = table.bodyLine - 1
        for k in parts.indices {
            let part = results[k]
            let shift = k == 0 ? 0 : linesBefore
            if let failure = part.failure {
                throw CSVError(file: failure.file, line: failure.line.map { $0 + shift },
                               field: failure.field, message: failure.message)
            }
            latitudes.append(contentsOf: part.latitudes)
            longitudes.append(contentsOf: part.longitudes)
            offsets.append(contentsOf: part.offsets)
            for c in kinds.indices where part.kinds[c] > kinds[c] { kinds[c] = part.kinds[c] }
            linesBefore += part.lineBreaks
        }
        offsets.append(parts.last?.end ?? table.bodyOffset)
        self.table = table
        self.columns = columns
        self.latitudes = latitudes
        self.longitudes = longitudes
        self.rowOffsets = offsets
        self.kinds = kinds
    }

    /// Byte ranges of the body to parse in parallel. Cutting at a line break is only safe when no field can
    /// hold one, so a body with any quote character is parsed in one piece.
    static func split(_ table: CSVTable) -> [RowParser.Part] {
        let start = table.bodyOffset
        let end = table.bytes.count
        let whole = [RowParser.Part(start: start, end: end, firstLine: table.bodyLine)]
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, end - start > 1 << 20, !table.bytes[start..<end].contains(UInt8(ascii: "\"")) else { return whole }
        var cuts = [start]
        for k in 1..<cores {
            var cut = max(cuts[k - 1], start + (end - start) * k / cores)
            while cut < end && table.bytes[cut - 1] != UInt8(ascii: "\n") { cut += 1 }
            cuts.append(cut)
        }
        cuts.append(end)
        return (0..<cores).map { RowParser.Part(start: cuts[$0], end: cuts[$0 + 1], firstLine: $0 == 0 ? table.bodyLine : 1) }
    }
}

/// Parses the rows of one byte range of a table.
struct RowParser: Sendable {
    struct Part: Sendable {
        let start: Int
        let end: Int
        /// The line number of the part's first row; parts after the first count from 1 and are shifted later.
        let firstLine: Int
    }

    struct Result: Sendable {
        var latitudes: [Double] = []
        var longitudes: [Double] = []
        var offsets: [Int] = []
        var kinds: [ValueKind]
        var lineBreaks = 0
        var failure: CSVError?
    }

    let table: CSVTable
    let columns: CoordinateColumns

    func parse(_ part: Part) -> Result {
        let width = table.header.count
        // A decimal comma is only unambiguous when the comma is not the delimiter (French spreadsheet exports).
        let decimalComma = table.delimiter != UInt8(ascii: ",")
        var result = Result(kinds: [ValueKind](repeating: .empty, count: width))
        let estimate = (part.end - part.start) / max(16, table.bodyOffset)
        result.latitudes.reserveCapacity(estimate)
        result.longitudes.reserveCapacity(estimate)
        result.offsets.reserveCapacity(estimate)
        let latitudeName = table.header[columns.latitude]
        let longitudeName = table.header[columns.longitude]
        table.bytes.withUnsafeBufferPointer { whole in
            let bytes = UnsafeBufferPointer(rebasing: whole[0..<part.end])
            var scanner = CSVScanner(bytes: bytes, delimiter: table.delimiter, startingAt: part.start, line: part.firstLine)
            var fields: [CSVFieldSpan] = []
            do {
                while try scanner.nextRecord(into: &fields) {
                    if fields.count == 1 && fields[0].start == fields[0].end && !fields[0].isQuoted { continue }  // blank line
                    let line = scanner.recordLine
                    guard fields.count == width else {
                        throw CSVError(file: table.file, line: line, message: "has \(fields.count) fields, the header has \(width)")
                    }
                    for c in 0..<width where c != columns.latitude && c != columns.longitude {
                        let f = fields[c]
                        let kind = f.isQuoted ? (f.start == f.end ? .empty : .text) : NumberText.kind(of: bytes, f.start, f.end)
                        if kind > result.kinds[c] { result.kinds[c] = kind }
                    }
                    let latField = fields[columns.latitude]
                    let lonField = fields[columns.longitude]
                    if Self.isBlank(latField, bytes) && Self.isBlank(lonField, bytes) {
                        result.latitudes.append(.nan)
                        result.longitudes.append(.nan)
                    } else {
                        result.latitudes.append(try coordinate(latField, bytes, decimalComma: decimalComma, limit: 90,
                                                               role: "latitude", column: latitudeName, line: line))
                        result.longitudes.append(try coordinate(lonField, bytes, decimalComma: decimalComma, limit: 180,
                                                                role: "longitude", column: longitudeName, line: line))
                    }
                    result.offsets.append(scanner.recordStart)
                }
            } catch let error as CSVError {
                result.failure = error
            } catch let error as CSVScanError {
                result.failure = CSVError(file: table.file, line: error.line, message: error.message)
            } catch {
                result.failure = CSVError(file: table.file, message: "\(error)")
            }
            result.lineBreaks = scanner.nextLine - part.firstLine
        }
        return result
    }

    private static func isBlank(_ f: CSVFieldSpan, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = f.start
        while i < f.end {
            if bytes[i] != 0x20 && bytes[i] != 0x09 { return false }
            i += 1
        }
        return true
    }

    private func coordinate(_ f: CSVFieldSpan, _ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool,
                            limit: Double, role: String, column: String, line: Int) throws(CSVError) -> Double {
        guard let value = NumberText.parseDouble(bytes, f.start, f.end, decimalComma: decimalComma) else {
            let text = CSVTable.decode(f, in: bytes)
            let reason = Self.isBlank(f, bytes) ? "is empty while the other coordinate is set" : "'\(text)' is not a number"
            throw CSVError(file: table.file, line: line, field: column, message: "\(role) \(reason)")
        }
        guard abs(value) <= limit else {
            throw CSVError(file: table.file, line: line, field: column,
                           message: "\(role) \(value) is outside -\(Int(limit))...\(Int(limit))")
        }
        return value
    }
}
