import ArgumentParser
import Store

/// The options `sahel extract` and `sahel analyze` share after their format: where the incidents go, which of
/// their fields, the store they are also added to, and what is said on standard error.
struct IncidentOutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp(
        "Write only these fields, comma-separated, in contract order (as sahel incidents export --fields).",
        valueName: "list"))
    var fields: String?

    @Option(help: ArgumentHelp("Also add the incidents to this store (created if missing): a SQLite file, or a PostGIS "
        + "database (postgresql://user@host:port/db, or postgresql: with the PG* variables).", valueName: "path|url"))
    var store: String?

    @Option(help: "json: print load, extraction and writing times, counts and peak memory as one JSON line on standard error.")
    var timings: TimingsFormat?

    @Flag(name: .shortAndLong, help: "Print no summary or progress on standard error.")
    var quiet = false

    @Flag(help: ArgumentHelp(
        "Say on standard error, per document, which sentences each incident was read from and why, which mentions of violence gave no incident and why (background, generic statement, threat), and which places were set aside as reporting places."))
    var explain = false

    /// `--fields` parsed; `surroundings` admits `sahel analyze`'s own fields.
    func fieldSet(surroundings: Bool) throws -> IncidentFieldSet? {
        try fields.map { try IncidentFieldSet(parsing: $0, surroundings: surroundings, documents: true) }
    }

    /// The job writing as these options say.
    func job(input: DocumentInputOptions, places: GeocoderOptions, gazetteer: GazetteerOption,
             format: IncidentExportFormat, surroundings: Bool) throws -> IncidentJob {
        IncidentJob(input: input, places: places, gazetteer: gazetteer, format: format, output: output, store: store,
                    quiet: quiet, surroundings: surroundings, fields: try fieldSet(surroundings: surroundings),
                    explain: explain)
    }

    /// After a run: the timings line and the summary when asked, then status 65 when input lines were skipped.
    func conclude(_ report: IncidentJob.Report) throws {
        if timings == .json { StandardError.write(report.timingsJSON + "\n") }
        if !quiet { StandardError.write(report.humanSummary(output: output, store: store.map(IncidentStores.displayName))) }
        if let failure = DocumentBatches.skippedFailure(report.skipped) { throw failure }
    }
}
