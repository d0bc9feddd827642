import Analysis
import GeoJSON
import Tabular

/// The three shapes of a sites report: an aligned table, CSV (one row per place and period) and JSON.
enum SiteReportEncoding {
    /// Each band cell is "incidents (killed)"; the change is signed (+2, -1, 0), "-" for the first period.
    static func table(_ report: SiteReport) -> String {
        let header = ["place", "kind", "period"] + report.ringNames.enumerated().map { i, name in
            i == 0 ? "≤\(name) km" : "\(report.ringNames[i - 1])-\(name) km"
        } + ["total", "change"]
        var rows = [header]
        for row in report.rows {
            var cells: [String] = [row.place, row.isRoute ? "route" : "site", row.period]
            for (incidents, killed) in zip(row.incidents, row.killed) { cells.append("\(incidents) (\(killed))") }
            cells += [String(row.total), change(row.change) ?? "-"]
            rows.append(cells)
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var text = ""
        for row in rows {
            text += row.enumerated().map { column, cell in
                let fill = String(repeating: " ", count: widths[column] - cell.count)
                return column < 3 ? cell + fill : fill + cell
            }.joined(separator: "  ") + "\n"
        }
        return text + "\nBand cells: incidents (killed). Change: incidents within \(report.ringNames.last ?? "") km against the previous \(report.granularity.rawValue).\n"
    }

    static func csv(_ report: SiteReport) -> [UInt8] {
        let columns = ["place", "kind", "period"] + report.ringNames.flatMap { ["ring_\($0)_incidents", "ring_\($0)_killed"] }
            + ["total", "change"]
        var out = Array((columns.joined(separator: ",") + "\n").utf8)
        for row in report.rows {
            CSVFieldEncoding.append(row.place, into: &out)
            var fields: [String] = [row.isRoute ? "route" : "site", row.period]
            for (incidents, killed) in zip(row.incidents, row.killed) { fields += [String(incidents), String(killed)] }
            fields += [String(row.total), row.change.map { String($0) } ?? ""]
            out += Array(("," + fields.joined(separator: ",") + "\n").utf8)
        }
        return out
    }

    /// `{"by", "rings_km", "rows": [{"place", "kind", "period", "rings": {"5": {"incidents", "killed"}, ...},
    /// "total", "change"}], "unlocated", "undated"}`.
    static func json(_ report: SiteReport) -> [UInt8] {
        var out = JSONBytes()
        out.appendRaw("{\"by\":")
        out.appendString(report.granularity.rawValue)
        out.appendRaw(",")
        ProximityReportEncoding.appendRadii(report.rings, into: &out)
        out.appendRaw(",\"rows\":[")
        for (r, row) in report.rows.enumerated() {
            out.appendRaw(r == 0 ? "\n{\"place\":" : ",\n{\"place\":")
            out.appendString(row.place)
            out.appendRaw(row.isRoute ? ",\"kind\":\"route\",\"period\":" : ",\"kind\":\"site\",\"period\":")
            out.appendString(row.period)
            out.appendRaw(",\"rings\":{")
            for (i, name) in report.ringNames.enumerated() {
                if i > 0 { out.appendRaw(",") }
                out.appendString(name)
                out.appendRaw(":{\"incidents\":")
                out.appendInteger(Int64(row.incidents[i]))
                out.appendRaw(",\"killed\":")
                out.appendInteger(Int64(row.killed[i]))
                out.appendRaw("}")
            }
            out.appendRaw("},\"total\":")
            out.appendInteger(Int64(row.total))
            out.appendRaw(",\"change\":")
            if let change = row.change { out.appendInteger(Int64(change)) } else { out.appendRaw("null") }
            out.appendRaw("}")
        }
        out.appendRaw("\n],\"unlocated\":")
        out.appendInteger(Int64(report.unlocated))
        out.appendRaw(",\"undated\":")
        out.appendInteger(Int64(report.undated))
        out.appendRaw("}\n")
        return out.bytes
    }

    private static func change(_ value: Int?) -> String? {
        value.map { $0 > 0 ? "+\($0)" : String($0) }
    }
}
