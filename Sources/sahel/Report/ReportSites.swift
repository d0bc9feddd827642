import Analysis
import ArgumentParser
import FileOutput

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

    @Option(help: ArgumentHelp("The incident store (SQLite) to read.", valueName: "path"))
    var store: String?

    @Option(help: ArgumentHelp("A JSONL file of incidents in the `sahel extract` contract.", valueName: "path"))
    var input: String?

    @OptionGroup var protected: SiteOptions

    @Option(help: "Period of each row: week (ISO 8601, 2022-W30) or month (2022-07).")
    var by: ProximityGranularityArgument

    @OptionGroup var dates: IncidentDateRange

    @Option(help: "Band radii in km, comma-separated.")
    var rings: String = "5,10,25,50"

    @Option(help: "table (aligned, for a terminal), csv or json.")
    var format: ProximityFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "Stop at the first JSONL line that cannot be read, instead of skipping it.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print no summary on standard error.")
    var quiet = false

    func validate() throws {
        switch (store, input) {
        case (nil, nil): throw ValidationError("give the incidents: --store incidents.sqlite or --input incidents.jsonl")
        case (.some, .some): throw ValidationError("--store and --input: give one, not both")
        default: break
        }
        if protected.isEmpty { throw ValidationError("give what to measure from: --sites FILE and/or --routes FILE") }
        if protected.alertKm != nil { throw ValidationError("--alert-km is for analyze, annotate and map; the report has --rings") }
        do { _ = try DistanceRings(parsing: rings) } catch { throw ValidationError("--rings: \(error)") }
    }

    func run() throws {
        try reportingFailures {
            guard let places = try protected.places() else { return }
            let loaded: ProximityInput.Loaded
            if let store {
                loaded = try ProximityInput.fromStore(store, since: dates.since, until: dates.until)
            } else if let input {
                loaded = try ProximityInput.fromJSONL(input, since: dates.since, until: dates.until, strict: strict)
            } else {
                throw CommandFailure(status: ExitStatus.usage, description: "give --store or --input")
            }
            let report = try SiteReport(observations: loaded.observations, places: places, granularity: by.granularity,
                                        rings: try DistanceRings(parsing: rings))
            let bytes: [UInt8]
            switch format {
            case .table: bytes = Array(SiteReportEncoding.table(report).utf8)
            case .csv: bytes = SiteReportEncoding.csv(report)
            case .json: bytes = SiteReportEncoding.json(report)
            }
            let file = try OutputFile(output.map { .file(path: $0) } ?? .standardOutput)
            do {
                try file.write(bytes)
                try file.finish()
            } catch {
                file.cancel()
                throw error
            }
            if !quiet {
                StandardError.write("sahel: \(loaded.observations.count) incidents; \(report.unlocated) dated without a place "
                    + "and \(report.undated) undated are in no band\n")
            }
            if loaded.skippedLines > 0, let failure = DocumentBatches.skippedFailure(loaded.skippedLines) { throw failure }
        }
    }
}
