import GeoJSON
import Tabular

/// Encodes annotated rows as CSV: each input row exactly as it was (its quoting kept), then the added columns.
struct CSVRowEncoder: Sendable {
    let data: AnnotatedPoints
    private let ringValues: [[UInt8]]
    private let regionValues: [[UInt8]]

    init(data: AnnotatedPoints) {
        self.data = data
        let delimiter = data.table.table.delimiter
        ringValues = data.ringRadii.map { Array(AnnotatedPoints.ringLabel($0).utf8) }
        regionValues = data.regionNames.map { name in
            var out: [UInt8] = []
            CSVFieldEncoding.append(name, delimiter: delimiter, into: &out)
            return out
        }
    }

    var headerLine: [UInt8] {
        let delimiter = data.table.table.delimiter
        var out: [UInt8] = []
        for (n, name) in (data.table.header + data.fields.map(\.rawValue)).enumerated() {
            if n > 0 { out.append(delimiter) }
            CSVFieldEncoding.append(name, delimiter: delimiter, into: &out)
        }
        out.append(UInt8(ascii: "\n"))
        return out
    }

    func encode(_ rows: Range<Int>) -> JSONBytes {
        let delimiter = data.table.table.delimiter
        var out = JSONBytes(reservingCapacity: rows.count * 80)
        data.table.table.bytes.withUnsafeBufferPointer { bytes in
            for row in rows {
                var end = data.table.rowOffsets[row + 1]
                let start = data.table.rowOffsets[row]
                while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
                out.appendRaw(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                for field in data.fields {
                    out.bytes.append(delimiter)
                    switch field {
                    case .distance:
                        if !data.distances[row].isNaN { out.appendNumber(data.distances[row] / 1000, maxFractionDigits: 3) }
                    case .bearing:
                        if !data.bearings[row].isNaN { out.appendNumber(data.bearings[row], maxFractionDigits: 1) }
                    case .ring:
                        let r = data.rings[row]
                        if r >= 0 { out.appendRaw(ringValues[Int(r)]) }
                    case .region:
                        let r = data.regions.isEmpty ? -1 : data.regions[row]
                        if r >= 0 { out.appendRaw(regionValues[Int(r)]) }
                    default:
                        switch field.siteValue(data.sites.isEmpty ? nil : data.sites[row]) {
                        case .text(let text):
                            var field: [UInt8] = []
                            CSVFieldEncoding.append(text, delimiter: delimiter, into: &field)
                            out.bytes += field
                        case .kilometres(let km): out.appendNumber(km, maxFractionDigits: 3)
                        case .degrees(let degrees): out.appendNumber(degrees, maxFractionDigits: 1)
                        case .flag(let flag): out.appendRaw(flag ? "true" : "false")
                        case .none: break
                        }
                    }
                }
                out.bytes.append(UInt8(ascii: "\n"))
            }
        }
        return out
    }
}
