import ArgumentParser
import FileOutput
import Incidents
import Store

struct IncidentsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the store's incidents as a table: date, type, killed, injured, sources, place.",
        discussion: """
            One row per merged incident, by date (undated last), then incident id. killed and injured are the \
            lowest figures any report gives (- when none gives one); sources counts the documents that reported \
            it. The count goes to standard error.

            Examples:
              sahel incidents list --store incidents.sqlite
              sahel incidents list --store incidents.sqlite --since 2024-01-01
              sahel incidents list --store postgresql://analyst@localhost/sahel
              sahel incidents list --store incidents.sqlite --since 2024-05-01 --until 2024-05-31 | less -S
            """
    )

    @OptionGroup var store: IncidentStoreOption

    @OptionGroup var dates: IncidentDateRange

    @Flag(name: .shortAndLong, help: "Print no count on standard error.")
    var quiet = false

    func run() throws {
        try reportingFailures {
            let count = try store.reading { store in
                let output = try OutputFile(.standardOutput)
                try output.write(Array(IncidentTable.header.utf8))
                var count = 0
                try store.forEachPage(since: dates.since, until: dates.until) { page in
                    var text = ""
                    for stored in page { text += IncidentTable.line(stored) }
                    try output.write(Array(text.utf8))
                    count += page.count
                }
                try output.finish()
                return count
            }
            if !quiet { StandardError.write("sahel: \(count) incident\(count == 1 ? "" : "s")\n") }
        }
    }
}
