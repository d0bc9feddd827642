import GeoJSON
import Tabular

/// Encodes annotated rows as GeoJSON Point features straight from the CSV bytes: a numeric column is
/// copied as the number it already is, a text column is escaped once, no per-row dictionaries.
struct GeoJSONRowEncoder: Sendable {
    let data: AnnotatedPoints
    let separator: StaticString
    private let columns: [Int]
    private let kinds: [ValueKind]
    /// `"name":` for each property, preceded by a comma except for the first.
    private let keys: [[UInt8]]
    private let fieldKeys: [[UInt8]]
    private let ringValues: [[UInt8]]
    private let regionValues: [[UInt8]]
    private let encoder = FeatureEncoder(coordinateDecimals: 6)

    init(data: AnnotatedPoints, separator: StaticString) {
        self.data = data
        self.separator = separator
        let columns = data.propertyColumns
        self.columns = columns
        kinds = columns.map { data.table.kinds[$0] }
        keys = columns.enumerated().map { n, c in Self.key(data.table.header[c], first: n == 0) }
        fieldKeys = data.fields.enumerated().map { n, f in Self.key(f.rawValue, first: columns.isEmpty && n == 0) }
        ringValues = data.ringRadii.map { Array(AnnotatedPoints.ringLabel($0).utf8) }
        regionValues = data.regionNames.map { name in
            var out = JSONBytes()
            out.appendString(name)
            return out.bytes
        }
    }

    private static func key(_ name: String, first: Bool) -> [UInt8] {
        var out = JSONBytes()
        FeatureEncoder.appendPropertyKey(name, first: first, into: &out)
        return out.bytes
    }

    func encode(_ rows: Range<Int>) -> JSONBytes {
        var out = JSONBytes(reservingCapacity: rows.count * 200)
        var fields: [CSVFieldSpan] = []
        data.table.table.withScanner { scanner, bytes in
            for row in rows {
                if row != rows.lowerBound { out.appendRaw(separator) }
                let lat = data.table.latitudes[row]
                let lon = data.table.longitudes[row]
                if lat.isNaN {
                    encoder.beginNullGeometryFeature(into: &out)
                } else {
                    encoder.beginPointFeature(longitude: lon, latitude: lat, into: &out)
                }
                var rowScanner = CSVScanner(bytes: bytes, delimiter: scanner.delimiter, startingAt: data.table.rowOffsets[row])
                // The row was scanned once already when the table was read, so it cannot fail now.
                _ = try? rowScanner.nextRecord(into: &fields)
                for (n, c) in columns.enumerated() {
                    out.appendRaw(keys[n])
                    appendValue(fields[c], kind: kinds[n], bytes: bytes, into: &out)
                }
                appendAddedFields(row, into: &out)
                encoder.endFeature(into: &out)
            }
        }
        return out
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

    private func appendAddedFields(_ row: Int, into out: inout JSONBytes) {
        for (n, field) in data.fields.enumerated() {
            out.appendRaw(fieldKeys[n])
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
            }
        }
    }
}
