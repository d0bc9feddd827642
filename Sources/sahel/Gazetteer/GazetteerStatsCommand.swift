import ArgumentParser
import Foundation
import Gazetteer

struct GazetteerStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "What the gazetteer holds: places per source and country, names, boundaries, capitals.",
        discussion: "Example:\n  sahel gazetteer stats --format json"
    )

    @Option(help: "text or json.")
    var format: TextOrJSON = .text

    @OptionGroup var gazetteer: GazetteerOption

    func run() throws {
        try reportingFailures {
            let store = try gazetteer.open()
            let stats = try GazetteerQueries.run { try store.stats() }
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                print(String(decoding: try encoder.encode(stats), as: UTF8.self))
            case .text:
                print("\(store.path): \(stats.summaryLine)")
                let sources = stats.placesBySource.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                print("  places by source: \(sources.joined(separator: ", "))")
                print("  top countries: \(stats.topCountries.prefix(10).map { "\($0.country) \($0.places)" }.joined(separator: ", "))")
                let kinds = stats.namesByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                print("  names by kind: \(kinds.joined(separator: ", "))")
                print("  flagged places: \(stats.flaggedPlaces)")
            }
        }
    }
}

extension GazetteerStats {
    /// "234,908 places in 240 countries, 736,062 names, 4,796 boundaries, 243 capitals, 88.1 MB"
    var summaryLine: String {
        let boundaries = boundariesByLevel.values.reduce(0, +)
        return "\(places) places in \(countries) countries, \(names) names, \(boundaries) boundaries, \(capitals) capitals, "
            + String(format: "%.1f MB", Double(databaseBytes) / 1_000_000)
    }
}
