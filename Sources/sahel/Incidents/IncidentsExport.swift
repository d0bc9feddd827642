import ArgumentParser
import Incidents
import Store

struct IncidentsExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the store's incidents as GeoJSON, JSON lines or CSV.",
        discussion: """
            One record per merged incident, by date (undated last), then incident id, in the `sahel extract` \
            contract plus "sources" (the ids of the documents that reported it):
              jsonl       {"doc_id", "incident_id", "date", ..., "location": {...} | null, ..., "sources": [...]}
              geojson     a FeatureCollection (RFC 7946): a Point per incident, geometry null when unlocated, \
            the fields flattened into properties (location_name, precision, admin1, ...)
              geojsonseq  the same Features, one per line (GDAL's GeoJSONSeq: name the file .geojsonl)
              csv         a header and one row per incident, lat and lon empty when unlocated, lists joined by "; "
            capital, distance_km and bearing_deg are null: the store keeps no analysis. --fields writes only \
            the fields listed, by their CSV names (doc_id, incident_id, date, ..., sources, warnings). The store is read a page \
            at a time, so exports of millions of incidents run in little memory; a file is written atomically \
            (a failed export leaves the target as it was).

            Examples:
              sahel incidents export --store incidents.sqlite --format geojson --output incidents.geojson
              sahel incidents export --store incidents.sqlite --format jsonl --since 2024-01-01 > 2024.jsonl
              sahel incidents export --store incidents.sqlite --format csv -o incidents.csv
              sahel incidents export --store postgresql://analyst@localhost/sahel --format geojson -o incidents.geojson
              sahel incidents export --store incidents.sqlite --format geojsonseq -o incidents.geojsonl
              sahel incidents export --store incidents.sqlite --format geojson --fields incident_id,date -o map.geojson
            """
    )

    @OptionGroup var store: IncidentStoreOption

    @Option(help: "geojson, geojsonseq, jsonl or csv.")
    var format: IncidentExportFormat

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp(
        "Write only these fields, comma-separated (e.g. incident_id,date for a light web map), in contract order. "
            + "GeoJSON always has the point, CSV its lat and lon columns; a JSON line writes location or evidence "
            + "whole when one of their fields is listed.",
        valueName: "list"))
    var fields: String?

    @OptionGroup var dates: IncidentDateRange

    func validate() throws {
        if let fields { _ = try IncidentFieldSet(parsing: fields, surroundings: false) }
    }

    @Flag(name: .shortAndLong, help: "Print no summary on standard error.")
    var quiet = false

    func run() throws {
        try reportingFailures {
            let (incidents, counts) = try store.reading { store in
                // Only the summary needs them: three counts over the whole store are not free on millions of rows.
                let counts = quiet ? nil : try store.counts()
                let selected = try fields.map { try IncidentFieldSet(parsing: $0, surroundings: false) }
                let sink = try IncidentExportSink(format: format, output: output, fields: selected)
                let projection = sink.projection
                let (since, until) = (dates.since, dates.until)
                var written = 0
                do {
                    // Pages are read on a second thread while the previous one is encoded and written.
                    try ReadAhead<[StoredIncident]>.run(produce: { send in
                        try store.forEachPage(since: since, until: until, reading: projection, send)
                    }, consume: { page in
                        try sink.write(page)
                        written += page.count
                    })
                    try sink.finish()
                } catch {
                    sink.cancel()
                    throw error
                }
                return (written, counts)
            }
            if let counts {
                StandardError.write("sahel: \(incidents) incident\(incidents == 1 ? "" : "s") (the store holds \(counts.reports) "
                    + "report\(counts.reports == 1 ? "" : "s") from \(counts.documents) document\(counts.documents == 1 ? "" : "s"))"
                    + " -> \(output ?? "standard output")\n")
            }
        }
    }
}
