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
        let width = table.header.count
        // A decimal comma is only unambiguous when the comma is not the delimiter (French spreadsheet exports).
        let decimalComma = table.delimiter != UInt8(ascii: ",")
        var latitudes: [Double] = []
        var longitudes: [Double] = []
        var offsets: [Int] = []
        var kinds = [ValueKind](repeating: .empty, count: width)
        let estimate = table.bytes.count / max(16, table.bodyOffset)
        latitudes.reserveCapacity(estimate)
        longitudes.reserveCapacity(estimate)
        offsets.reserveCapacity(estimate + 1)

        let failure: CSVError? = table.withScanner { scanner, bytes in
            var fields: [CSVFieldSpan] = []
            do {
                while try scanner.nextRecord(into: &fields) {
                    if fields.count == 1 && fields[0].start == fields[0].end && !fields[0].isQuoted { continue }  // blank line
                    let line = scanner.recordLine
                    guard fields.count == width else {
                        return CSVError(file: table.file, line: line,
                                        message: "has \(fields.count) fields, the header has \(width)")
                    }
                    for c in 0..<width where c != columns.latitude && c != columns.longitude {
                        let f = fields[c]
                        let kind = f.isQuoted ? (f.start == f.end ? .empty : .text) : NumberText.kind(of: bytes, f.start, f.end)
                        if kind > kinds[c] { kinds[c] = kind }
                    }
                    let latField = fields[columns.latitude]
                    let lonField = fields[columns.longitude]
                    let latBlank = Self.isBlank(latField, bytes)
                    let lonBlank = Self.isBlank(lonField, bytes)
                    if latBlank && lonBlank {
                        latitudes.append(.nan)
                        longitudes.append(.nan)
                    } else {
                        let lat = try Self.coordinate(latField, bytes, decimalComma: decimalComma, limit: 90,
                                                      role: "latitude", column: table.header[columns.latitude],
                                                      file: table.file, line: line)
                        let lon = try Self.coordinate(lonField, bytes, decimalComma: decimalComma, limit: 180,
                                                      role: "longitude", column: table.header[columns.longitude],
                                                      file: table.file, line: line)
                        latitudes.append(lat)
                        longitudes.append(lon)
                    }
                    offsets.append(scanner.recordStart)
                }
            } catch let error as CSVError {
                return error
            } catch let error as CSVScanError {
                return CSVError(file: table.file, line: error.line, message: error.message)
            } catch {
                return CSVError(file: table.file, message: "\(error)")
            }
            offsets.append(scanner.offset)
            return nil
        }
        if let failure { throw failure }
        self.table = table
        self.columns = columns
        self.latitudes = latitudes
        self.longitudes = longitudes
        self.rowOffsets = offsets
        self.kinds = kinds
    }

    private static func isBlank(_ f: CSVFieldSpan, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = f.start
        while i < f.end {
            if bytes[i] != 0x20 && bytes[i] != 0x09 { return false }
            i += 1
        }
        return true
    }

    private static func coordinate(_ f: CSVFieldSpan, _ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool,
                                   limit: Double, role: String, column: String,
                                   file: String, line: Int) throws(CSVError) -> Double {
        guard let value = NumberText.parseDouble(bytes, f.start, f.end, decimalComma: decimalComma) else {
            let text = CSVTable.decode(f, in: bytes)
            let reason = isBlank(f, bytes) ? "is empty while the other coordinate is set" : "'\(text)' is not a number"
            throw CSVError(file: file, line: line, field: column, message: "\(role) \(reason)")
        }
        guard abs(value) <= limit else {
            throw CSVError(file: file, line: line, field: column,
                           message: "\(role) \(value) is outside -\(Int(limit))...\(Int(limit))")
        }
        return value
    }
}
