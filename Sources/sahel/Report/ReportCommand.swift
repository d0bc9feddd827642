import ArgumentParser

/// `sahel report`: summaries of many incidents, for reading rather than for further processing.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Summaries of incidents over time: how close to the capital or to your sites and routes, how many, how deadly.",
        discussion: """
            Examples:
              sahel report proximity --store incidents.sqlite --by month
              sahel report proximity --input incidents.jsonl --by week --capital NE --format csv
              sahel report sites --store incidents.sqlite --sites offices.csv --routes roads.geojson --by month
            """,
        subcommands: [ReportProximity.self, ReportSites.self]
    )
}
