import ArgumentParser
import FileOutput

/// Where a report's incidents come from (`--store` or `--input`, `--since`/`--until`, `--strict`), shared by
/// `sahel report proximity` and `sahel report sites`.
struct ReportInputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(IncidentStoreOption.help, valueName: "path|url"))
    var store: String?

    @Option(help: ArgumentHelp("A JSONL file of incidents in the `sahel extract` contract.", valueName: "path"))
    var input: String?

    @OptionGroup var dates: IncidentDateRange

    @Flag(help: "Stop at the first JSONL line that cannot be read, instead of skipping it.")
    var strict = false

    func validate() throws {
        switch (store, input) {
        case (nil, nil): throw ValidationError("give the incidents: --store incidents.sqlite or --input incidents.jsonl")
        case (.some, .some): throw ValidationError("--store and --input: give one, not both")
        default: break
        }
    }

    func load() throws -> ProximityInput.Loaded {
        if let store { return try ProximityInput.fromStore(store, since: dates.since, until: dates.until) }
        if let input { return try ProximityInput.fromJSONL(input, since: dates.since, until: dates.until, strict: strict) }
        throw CommandFailure(status: ExitStatus.usage, description: "give --store or --input")
    }

    /// Writes a finished report to `output` (atomically) or standard output.
    static func write(_ bytes: [UInt8], to output: String?) throws {
        let file = try OutputFile(output.map { .file(path: $0) } ?? .standardOutput)
        do {
            try file.write(bytes)
            try file.finish()
        } catch {
            file.cancel()
            throw error
        }
    }
}

/// How a report is cut and written: `--by`, `--format`, `--output`, `--quiet`.
struct ReportShapeOptions: ParsableArguments {
    @Option(help: "Period of each row: week (ISO 8601, 2022-W30) or month (2022-07).")
    var by: ProximityGranularityArgument

    @Option(help: "table (aligned, for a terminal), csv or json.")
    var format: ProximityFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(name: .shortAndLong, help: "Print no summary on standard error.")
    var quiet = false
}
