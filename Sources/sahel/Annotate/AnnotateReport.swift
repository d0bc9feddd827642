import Foundation
import GeoJSON

/// What an annotate run found and how long each phase took, as the JSON lines of the benchmark contract and
/// as a short summary for people.
struct AnnotateReport {
    struct Timings {
        let load: Double
        let distance: Double
        let pip: Double?
        /// Nearest site and route, when `--sites` or `--routes` were given.
        let sites: Double?
        let write: Double
        let total: Double
    }

    let points: AnnotatedPoints
    let timings: Timings
    let capitalName: String
    /// The regions file, or the gazetteer they came from; nil when no regions were looked up.
    let regionSource: String?

    /// Points per ring label ("50", ..., "null"), in ring order.
    var ringCounts: [(String, Int)] {
        var counts = [Int](repeating: 0, count: points.ringRadii.count + 1)
        for r in points.rings { counts[r >= 0 ? Int(r) : points.ringRadii.count] += 1 }
        return points.ringRadii.enumerated().map { (AnnotatedPoints.ringLabel($1), counts[$0]) } + [("null", counts.last ?? 0)]
    }

    /// Points per region name, in file order, then "null"; regions no point falls in are listed with 0.
    var regionCounts: [(String, Int)] {
        var counts = [Int](repeating: 0, count: points.regionNames.count + 1)
        for r in points.regions { counts[r >= 0 ? Int(r) : points.regionNames.count] += 1 }
        if points.regions.isEmpty { counts[points.regionNames.count] = points.count }
        return points.regionNames.enumerated().map { ($1, counts[$0]) } + [("null", counts.last ?? 0)]
    }

    var countsJSON: String {
        var out = JSONBytes()
        out.appendRaw(#"{"tool":"sahel","counts":{"ring":"#)
        out.appendValue(.object(JSONObject(ringCounts.map { ($0, .integer(Int64($1))) })))
        // As in WORKLOAD.md: a region (or null) that no point falls in is left out.
        out.appendRaw(#","region":"#)
        out.appendValue(.object(JSONObject(regionCounts.filter { $0.1 > 0 }.map { ($0, .integer(Int64($1))) })))
        out.appendRaw("}}")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    var timingsJSON: String {
        let object = JSONObject([
            ("tool", .string("sahel")),
            ("n", .integer(Int64(points.count))),
            ("load_s", .number(timings.load)),
            ("distance_s", .number(timings.distance)),
            ("pip_s", timings.pip.map(JSONValue.number) ?? .null),
            ("sites_s", timings.sites.map(JSONValue.number) ?? .null),
            ("write_s", .number(timings.write)),
            ("total_s", .number(timings.total)),
            ("peak_rss_mb", .number(PeakMemory.mebibytes)),
        ])
        var out = JSONBytes()
        out.appendValue(.object(object))
        return String(decoding: out.bytes, as: UTF8.self)
    }

    func humanSummary(input: String, output: String?) -> String {
        let n = points.count
        let unlocated = points.table.latitudes.lazy.filter(\.isNaN).count
        var text = "sahel: \(n) points from \(input) -> \(output ?? "standard output") in \(String(format: "%.2f", timings.total)) s\n"
        if unlocated > 0 { text += "  \(unlocated) rows without coordinates written with a null geometry\n" }
        text += "  distances from \(capitalName)\n"
        let rings = ringCounts.map { $0.0 == "null" ? "beyond: \($0.1)" : "≤\($0.0) km: \($0.1)" }
        text += "  rings: " + rings.joined(separator: ", ") + "\n"
        if let regionSource {
            let counts = regionCounts
            let hit = counts.dropLast().filter { $0.1 > 0 }.count
            text += "  regions (\(regionSource)): \(hit) of \(counts.count - 1) hold points; \(counts.last?.1 ?? 0) points in none\n"
        } else {
            text += "  regions: none (--no-regions, or neither a --regions file nor a gazetteer)\n"
        }
        let alerts = points.sites.lazy.filter { $0.alert == true }.count
        if points.sites.contains(where: { $0.alert != nil }) { text += "  site alerts: \(alerts) points within reach of a site\n" }
        return text
    }
}
