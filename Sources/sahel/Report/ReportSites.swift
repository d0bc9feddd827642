import Analysis
import ArgumentParser

/// `sahel report sites`: how close the violence comes to what the user protects, period by period.
struct ReportSites: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sites",
        abstract: "Per site and route, per week or month: incidents and deaths in distance bands, and the change.",
        discussion: """
            Reads the merged incidents of a store (--store) or a JSONL file in the `sahel extract` contract \
            (--input). For each site of --sites (CSV name,lat,lon[,kind] or GeoJSON Points) and each route of \
            --routes (GeoJSON LineStrings), and each period: the incidents and killed in each band of --rings \
            (0 to the first radius, then from one radius, exclusive, to the next), the incidents within the \
            outermost ring, and their change against the previous period. Distances are geodesic; to a route, \
            to its nearest point. Undated and unlocated incidents are in no band; both are counted on standard \
            error.

            Examples:
              sahel report sites --store incidents.sqlite --sites offices.csv --by month
              sahel report sites --store incidents.sqlite --sites offices.csv --routes roads.geojson \\
                --by week --rings 5,10,25 --format csv --output near-us.csv
              sahel report sites --input incidents.jsonl --routes roads.geojson --by month --format json
            """
    )

    @OptionGroup var source: ReportInputOptions

    @OptionGroup var protected: SiteOptions

    @Option(help: "Band radii in km, comma-separated.")
    var rings: String = "5,10,25,50"

    @OptionGroup var shape: ReportShapeOptions

    func validate() throws {
        if protected.isEmpty { throw ValidationError("give what to measure from: --sites FILE and/or --routes FILE") }
        if protected.alertKm != nil { throw ValidationError("--alert-km is for analyze, annotate and map; the report has --rings") }
        do { _ = try DistanceRings(parsing: rings) } catch { throw ValidationError("--rings: \(error)") }
    }

    func run() throws {
        try reportingFailures {
            guard let places = try protected.places() else { return }
            let loaded = try source.load()
            let report = try SiteReport(observations: loaded.observations, places: places, granularity: shape.by.granularity,
                                        rings: try DistanceRings(parsing: rings))
            let bytes: [UInt8]
            switch shape.format {
            case .table: bytes = Array(SiteReportEncoding.table(report).utf8)
            case .csv: bytes = SiteReportEncoding.csv(report)
            case .json: bytes = SiteReportEncoding.json(report)
            }
            try ReportInputOptions.write(bytes, to: shape.output)
            if !shape.quiet {
                StandardError.write("sahel: \(loaded.observations.count) incidents; \(report.unlocated) dated without a place "
                    + "and \(report.undated) undated are in no band\n")
            }
            if loaded.skippedLines > 0, let failure = DocumentBatches.skippedFailure(loaded.skippedLines) { throw failure }
        }
    }
}
