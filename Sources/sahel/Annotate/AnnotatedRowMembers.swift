import GeoJSON
import Tabular

/// The JSON members of an annotated row, shared by the GeoJSON properties and the JSON lines so both say the
/// same thing: each kept column as the value it holds (a numeric column copied as the number it already is,
/// text escaped once, an empty field `null`), then the added fields. Straight from the CSV bytes, no per-row
/// dictionaries.
struct AnnotatedRowMembers: Sendable {
    let data: AnnotatedPoints
    private let columns: [Int]
    private let kinds: [ValueKind]
    /// `,"name":` for each kept column, then for each added field; an object's first member skips the comma.
    private let columnKeys: [[UInt8]]
    private let fieldKeys: [[UInt8]]
    private let ringValues: [[UInt8]]
    private let regionValues: [[UInt8]]

    init(data: AnnotatedPoints) {
        self.data = data
        let columns = data.propertyColumns
        self.columns = columns
        kinds = columns.map { data.table.kinds[$0] }
        columnKeys = columns.map { Self.key(data.table.header[$0]) }
        fieldKeys = data.fields.map { Self.key($0.rawValue) }
        ringValues = data.ringRadii.map { Array(AnnotatedPoints.ringLabel($0).utf8) }
        regionValues = data.regionNames.map { name in
            var out = JSONBytes()
            out.appendString(name)
            return out.bytes
        }
    }

    /// `,"name":`, escaped as JSON.
    static func key(_ name: String) -> [UInt8] {
        var out = JSONBytes()
        FeatureEncoder.appendPropertyKey(name, first: false, into: &out)
        return out.bytes
    }

    /// Calls `body` for each row of `rows` with its fields, scanned again from the table's bytes.
    func forEachRow(_ rows: Range<Int>, _ body: (_ row: Int, _ fields: [CSVFieldSpan], _ bytes: UnsafeBufferPointer<UInt8>) -> Void) {
        var fields: [CSVFieldSpan] = []
        data.table.table.withScanner { scanner, bytes in
            for row in rows {
                var rowScanner = CSVScanner(bytes: bytes, delimiter: scanner.delimiter, startingAt: data.table.rowOffsets[row])
                // The row was scanned once already when the table was read, so it cannot fail now.
                _ = try? rowScanner.nextRecord(into: &fields)
                body(row, fields, bytes)
            }
        }
    }

    /// Appends `key` (from `key(_:)`), with its comma unless `first`; `first` is false afterwards.
    static func appendKey(_ key: [UInt8], first: inout Bool, into out: inout JSONBytes) {
        out.appendRaw(first ? key.dropFirst() : key[...])
        first = false
    }

    /// The kept columns of one row, in header order.
    func appendColumns(_ fields: [CSVFieldSpan], in bytes: UnsafeBufferPointer<UInt8>, first: inout Bool,
                       into out: inout JSONBytes) {
        for (n, c) in columns.enumerated() {
            Self.appendKey(columnKeys[n], first: &first, into: &out)
            appendValue(fields[c], kind: kinds[n], bytes: bytes, into: &out)
        }
    }

    /// The added fields of one row, in the order asked for; `null` where there is no value.
    func appendAddedFields(_ row: Int, first: inout Bool, into out: inout JSONBytes) {
        for (n, field) in data.fields.enumerated() {
            Self.appendKey(fieldKeys[n], first: &first, into: &out)
            switch field {
            case .distance:
                out.appendNumber(data.distances[row] / 1000, maxFractionDigits: 3)
            case .bearing:
                out.appendNumber(data.bearings[row], maxFractionDigits: 1)
            case .ring:
                let r = data.rings[row]
                if r >= 0 { out.appendRaw(ringValues[Int(r)]) } else { out.appendRaw("null") }
            case .region:
                let r = data.regions.isEmpty ? -1 : data.regions[row]
                if r >= 0 { out.appendRaw(regionValues[Int(r)]) } else { out.appendRaw("null") }
            default:
                switch field.siteValue(data.sites.isEmpty ? nil : data.sites[row]) {
                case .text(let text): out.appendString(text)
                case .kilometres(let km): out.appendNumber(km, maxFractionDigits: 3)
                case .degrees(let degrees): out.appendNumber(degrees, maxFractionDigits: 1)
                case .flag(let flag): out.appendRaw(flag ? "true" : "false")
                case .none: out.appendRaw("null")
                }
            }
        }
    }

    private func appendValue(_ f: CSVFieldSpan, kind: ValueKind, bytes: UnsafeBufferPointer<UInt8>, into out: inout JSONBytes) {
        if f.start == f.end {
            out.appendRaw("null")
            return
        }
        switch kind {
        case .integer, .number:
            out.appendRaw(UnsafeBufferPointer(rebasing: bytes[f.start..<f.end]))
        case .empty, .text:
            if f.hasEscapedQuote {
                out.appendString(CSVTable.decode(f, in: bytes))
            } else {
                out.appendString(utf8: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[f.start..<f.end]))
            }
        }
    }
}
