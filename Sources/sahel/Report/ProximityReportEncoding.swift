import Analysis
import Foundation
import GeoJSON
import Tabular

/// The three shapes of a proximity report: an aligned terminal table, CSV (one row per period) and JSON.
/// Kilometres have one decimal everywhere; a period with no located incident has empty distances
/// (`-` in the table, an empty CSV field, `null` in JSON).
enum ProximityReportEncoding {
    // MARK: table

    /// Columns sized to their widest cell; each ring cell is "incidents (killed)", so a glance gives both.
    static func table(_ report: ProximityReport) -> String {
        let rings = report.ringNames.map { $0 == "beyond" ? "beyond" : "≤\($0) km" }
        let header = ["period", "incidents", "killed"] + rings + ["min km", "median km"]
        var rows = [header]
        for period in report.periods {
            var row = [period.label, String(period.incidents), String(period.killed)]
            for i in period.ringIncidents.indices {
                row.append("\(period.ringIncidents[i]) (\(period.ringKilled[i]))")
            }
            row.append(period.minimumKm.map(kilometres) ?? "-")
            row.append(period.medianKm.map(kilometres) ?? "-")
            rows.append(row)
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var text = ""
        for row in rows {
            let cells = row.enumerated().map { column, cell in
                let fill = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + fill : fill + cell   // the period left, figures right-aligned
            }
            text += cells.joined(separator: "  ") + "\n"
        }
        text += "\nRing cells: incidents (killed). Capital: \(report.capitalName).\n"
        text += "Trend: \(report.trend.sentence).\n"
        return text
    }

    // MARK: CSV

    static func csv(_ report: ProximityReport) -> [UInt8] {
        var columns = ["period", "incidents", "killed", "located"]
        for name in report.ringNames {
            let prefix = name == "beyond" ? "beyond" : "ring_\(name)"
            columns += ["\(prefix)_incidents", "\(prefix)_killed"]
        }
        columns += ["min_km", "median_km"]
        var out: [UInt8] = Array((columns.joined(separator: ",") + "\n").utf8)
        for period in report.periods {
            var fields = [String(period.incidents), String(period.killed), String(period.located)]
            for i in period.ringIncidents.indices {
                fields += [String(period.ringIncidents[i]), String(period.ringKilled[i])]
            }
            fields += [period.minimumKm.map(kilometres) ?? "", period.medianKm.map(kilometres) ?? ""]
            CSVFieldEncoding.append(period.label, into: &out)
            out += Array(("," + fields.joined(separator: ",") + "\n").utf8)
        }
        return out
    }

    // MARK: JSON

    /// `{"capital": {"name", "lat", "lon"}, "by", "rings_km", "periods": [...], "unlocated", "undated",
    /// "trend": {"km_per_month", "sentence", "from", "to", "incidents", "months"}}`; each period's `rings` is an
    /// object keyed by radius ("50", ..., "beyond"), in order.
    static func json(_ report: ProximityReport) -> [UInt8] {
        var out = JSONBytes()
        out.appendRaw("{\"capital\":{\"name\":")
        out.appendString(report.capitalName)
        out.appendRaw(",\"lat\":")
        out.appendNumber(report.capital.latitude, maxFractionDigits: 6)
        out.appendRaw(",\"lon\":")
        out.appendNumber(report.capital.longitude, maxFractionDigits: 6)
        out.appendRaw("},\"by\":")
        out.appendString(report.granularity.rawValue)
        out.appendRaw(",")
        appendRadii(report.rings, into: &out)
        out.appendRaw(",\"periods\":[")
        let names = report.ringNames
        for (p, period) in report.periods.enumerated() {
            out.appendRaw(p == 0 ? "\n{\"period\":" : ",\n{\"period\":")
            out.appendString(period.label)
            out.appendRaw(",\"incidents\":")
            out.appendInteger(Int64(period.incidents))
            out.appendRaw(",\"killed\":")
            out.appendInteger(Int64(period.killed))
            out.appendRaw(",\"located\":")
            out.appendInteger(Int64(period.located))
            out.appendRaw(",\"rings\":{")
            for i in period.ringIncidents.indices {
                if i > 0 { out.appendRaw(",") }
                out.appendString(names[i])
                out.appendRaw(":{\"incidents\":")
                out.appendInteger(Int64(period.ringIncidents[i]))
                out.appendRaw(",\"killed\":")
                out.appendInteger(Int64(period.ringKilled[i]))
                out.appendRaw("}")
            }
            out.appendRaw("},\"min_km\":")
            appendKilometres(period.minimumKm, into: &out)
            out.appendRaw(",\"median_km\":")
            appendKilometres(period.medianKm, into: &out)
            out.appendRaw("}")
        }
        out.appendRaw("\n],\"unlocated\":")
        out.appendInteger(Int64(report.unlocated))
        out.appendRaw(",\"undated\":")
        out.appendInteger(Int64(report.undated))
        let trend = report.trend
        out.appendRaw(",\"trend\":{\"km_per_month\":")
        appendKilometres(trend.kilometresPerMonth, into: &out)
        out.appendRaw(",\"sentence\":")
        out.appendString(trend.sentence)
        out.appendRaw(",\"from\":")
        if let from = trend.from { out.appendString(from) } else { out.appendRaw("null") }
        out.appendRaw(",\"to\":")
        if let to = trend.to { out.appendString(to) } else { out.appendRaw("null") }
        out.appendRaw(",\"incidents\":")
        out.appendInteger(Int64(trend.incidents))
        out.appendRaw(",\"months\":")
        out.appendInteger(Int64(trend.months))
        out.appendRaw("}}\n")
        return out.bytes
    }

    /// `"rings_km":[50,100,...]`, shared with the sites report.
    static func appendRadii(_ rings: DistanceRings, into out: inout JSONBytes) {
        out.appendRaw("\"rings_km\":[")
        for (i, radius) in rings.radiiKilometres.enumerated() {
            if i > 0 { out.appendRaw(",") }
            out.appendShortestNumber(radius)
        }
        out.appendRaw("]")
    }

    private static func appendKilometres(_ value: Double?, into out: inout JSONBytes) {
        guard let value, value.isFinite else { return out.appendRaw("null") }
        out.appendNumber((value * 10).rounded() / 10, maxFractionDigits: 1)
    }

    private static func kilometres(_ value: Double) -> String { String(format: "%.1f", value) }
}
