import ArgumentParser

struct IncidentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract: "List and export the incidents of an incident store (SQLite).",
        discussion: """
            A store holds every report appended to it and the incidents they merge into: reports of one event \
            (dated within a day, located within 25 km, compatible types) become one incident whose killed and \
            injured are the lowest figures reported (ACLED's rule), with every reporting document as a source.

            Examples:
              sahel incidents list --store incidents.sqlite
              sahel incidents list --store incidents.sqlite --since 2024-01-01 --until 2024-03-31
              sahel incidents export --store incidents.sqlite --format geojson --output incidents.geojson
              sahel incidents export --store incidents.sqlite --format csv > incidents.csv
            """,
        subcommands: [IncidentsList.self, IncidentsExport.self]
    )
}
