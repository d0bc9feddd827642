import ArgumentParser
import Documents

/// `--since` / `--until`: the days an `incidents` command covers, both inclusive.
struct IncidentDateRange: ParsableArguments {
    @Option(help: ArgumentHelp("Only incidents on or after this day (undated incidents are then left out).", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only incidents on or before this day (undated incidents are then left out).", valueName: "YYYY-MM-DD"))
    var until: String?

    func validate() throws {
        for (flag, value) in [("--since", since), ("--until", until)] {
            guard let value else { continue }
            do { _ = try PublishedDate(validating: value) } catch { throw ValidationError("\(flag): \(error)") }
        }
        if let since, let until, since > until {
            throw ValidationError("--since \(since) is after --until \(until)")
        }
    }
}
