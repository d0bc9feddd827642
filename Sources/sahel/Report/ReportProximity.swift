import Analysis
import ArgumentParser
import FileOutput

/// `sahel report proximity`: are the attacks coming closer to the capital? Per week or month, the incidents
/// and fatalities in each distance ring, the nearest and median distance, and the trend of the monthly median.
struct ReportProximity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proximity",
        abstract: "Incidents and fatalities per week or month in distance rings around a capital, and the trend.",
        discussion: """
            Reads the merged incidents of a store (--store) or a JSONL file in the `sahel extract` contract \
            (--input; only date, killed and location.lat/lon are used). Distances are geodesic (WGS 84). An \
            incident falls in the smallest ring that reaches it, else "beyond". Undated incidents are in no \
            period; unlocated ones count in their period but not in rings and distances; both are counted on \
            standard error. The trend is the least-squares slope of the monthly median distance over the months \
            with located incidents (at least 3), whatever --by is. A JSONL line that cannot be read is reported \
            with its line number and skipped, and the run then ends with status 65 (--strict stops at it).

            Examples:
              sahel report proximity --store incidents.sqlite --by month
              sahel report proximity --input incidents.jsonl --by week --since 2022-01-01 --until 2022-07-31
              sahel report proximity --input incidents.jsonl --by month --capital 12.6392,-8.0029 --format json
              sahel report proximity --store incidents.sqlite --by month --capital BF --rings 25,50,100 \\
                --format csv --output proximity.csv
            """
    )

    @Option(help: ArgumentHelp(IncidentStoreOption.help, valueName: "path|url"))
    var store: String?

    @Option(help: ArgumentHelp("A JSONL file of incidents in the `sahel extract` contract.", valueName: "path"))
    var input: String?

    @Option(help: "The capital: lat,lon, a country code (its capital in the gazetteer) or a place name (default: Bamako, 12.6392,-8.0029).")
    var capital: String?

    @OptionGroup var gazetteer: GazetteerOption

    @Option(help: "Period of each row: week (ISO 8601, 2022-W30) or month (2022-07).")
    var by: ProximityGranularityArgument

    @OptionGroup var dates: IncidentDateRange

    @Option(help: "Ring radii in km, comma-separated.")
    var rings: String = "50,100,200,300,500"

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
        do { _ = try DistanceRings(parsing: rings) } catch { throw ValidationError("--rings: \(error)") }
    }

    func run() throws {
        try reportingFailures {
            let ringSet = try DistanceRings(parsing: rings)
            let loaded: ProximityInput.Loaded
            if let store {
                loaded = try ProximityInput.fromStore(store, since: dates.since, until: dates.until)
            } else if let input {
                loaded = try ProximityInput.fromJSONL(input, since: dates.since, until: dates.until, strict: strict)
            } else {
                throw CommandFailure(status: ExitStatus.usage, description: "give --store or --input")
            }
            // Resolved after reading, so a missing input says so before a missing gazetteer does.
            let resolved = try CapitalResolution.resolve(capital, gazetteer: gazetteer.path)
            let report = ProximityReport(observations: loaded.observations, capital: resolved.point,
                                         capitalName: resolved.name, granularity: by.granularity, rings: ringSet)
            let bytes: [UInt8]
            switch format {
            case .table: bytes = Array(ProximityReportEncoding.table(report).utf8)
            case .csv: bytes = ProximityReportEncoding.csv(report)
            case .json: bytes = ProximityReportEncoding.json(report)
            }
            let file = try OutputFile(output.map { .file(path: $0) } ?? .standardOutput)
            do {
                try file.write(bytes)
                try file.finish()
            } catch {
                file.cancel()
                throw error
            }
            if !quiet { StandardError.write(summary(report, loaded: loaded)) }
            if loaded.skippedLines > 0, let failure = DocumentBatches.skippedFailure(loaded.skippedLines) {
                throw failure
            }
        }
    }

    /// "sahel: 222 incidents in 24 periods; 12 incidents without a place, 3 without a date", and the trend
    /// for the formats that do not carry it.
    private func summary(_ report: ProximityReport, loaded: ProximityInput.Loaded) -> String {
        let total = loaded.observations.count
        var text = "sahel: \(total) incident\(total == 1 ? "" : "s") in \(report.periods.count) period\(report.periods.count == 1 ? "" : "s")"
        var apart: [String] = []
        if report.unlocated > 0 { apart.append("\(report.unlocated) incident\(report.unlocated == 1 ? "" : "s") without a place") }
        if report.undated > 0 { apart.append("\(report.undated) without a date") }
        if !apart.isEmpty { text += "; " + apart.joined(separator: ", ") }
        text += "\n"
        if format == .csv { text += "sahel: trend: \(report.trend.sentence)\n" }
        return text
    }
}

enum ProximityFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// `--by week|month`, kept in the CLI so the Analysis module does not depend on the argument parser.
enum ProximityGranularityArgument: String, ExpressibleByArgument, CaseIterable {
    case week, month

    var granularity: PeriodGranularity { self == .week ? .week : .month }
}
