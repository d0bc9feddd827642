import ArgumentParser
import Incidents

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
            capital, distance_km and bearing_deg are null: the store keeps no analysis. The store is read a page \
            at a time, so exports of millions of incidents run in little memory; a file is written atomically \
            (a failed export leaves the target as it was).

            Examples:
              sahel incidents export --store incidents.sqlite --format geojson --output incidents.geojson
              sahel incidents export --store incidents.sqlite --format jsonl --since 2024-01-01 > 2024.jsonl
              sahel incidents export --store incidents.sqlite --format csv -o incidents.csv
              sahel incidents export --store incidents.sqlite --format geojsonseq -o incidents.geojsonl
            """
    )

    @OptionGroup var store: IncidentStoreOption

    @Option(help: "geojson, geojsonseq, jsonl or csv.")
    var format: IncidentExportFormat

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var dates: IncidentDateRange

    @Flag(name: .shortAndLong, help: "Print no summary on standard error.")
    var quiet = false

    func run() throws {
        try reportingFailures {
            let (incidents, counts) = try store.reading { store in
                let counts = try store.counts()
                let sink = try IncidentExportSink(format: format, output: output)
                var written = 0
                do {
                    try store.forEachPage(since: dates.since, until: dates.until) { page in
                        try sink.write(page)
                        written += page.count
                    }
                    try sink.finish()
                } catch {
                    sink.cancel()
                    throw error
                }
                return (written, counts)
            }
            if !quiet {
                StandardError.write("sahel: \(incidents) incident\(incidents == 1 ? "" : "s") (the store holds \(counts.reports) "
                    + "report\(counts.reports == 1 ? "" : "s") from \(counts.documents) document\(counts.documents == 1 ? "" : "s"))"
                    + " -> \(output ?? "standard output")\n")
            }
        }
    }
}
