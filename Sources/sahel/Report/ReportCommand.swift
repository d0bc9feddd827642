import ArgumentParser

/// `sahel report`: summaries of many incidents, for reading rather than for further processing.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Summaries of incidents over time: how close to the capital, how many, how deadly.",
        discussion: """
            Examples:
              sahel report proximity --store incidents.sqlite --by month
              sahel report proximity --input incidents.jsonl --by week --capital NE --format csv
            """,
        subcommands: [ReportProximity.self]
    )
}
