import ArgumentParser
import Foundation
import Gazetteer
import GeoJSON
import Spatial

struct GazetteerLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Ranked places for a name: exact, normalised, prefix, then fuzzy matches.",
        discussion: """
            Names are compared without accents, case, apostrophes or hyphens (Ségou = SEGOU = Segou). \
            Fuzzy matching allows one edit for names of 6+ letters, two for 10+.

            Examples:
              sahel gazetteer lookup Tombouctou
              sahel gazetteer lookup Boni --country ML
              sahel gazetteer lookup Koro --near 14.06,-3.08 --limit 3 --format json
            """
    )

    @Argument(help: "The name to look up.")
    var name: String

    @Option(help: "Only places in this country (ISO 3166-1 alpha-2, e.g. ML).")
    var country: String?

    @Option(help: "Prefer places near this point, lat,lon.", transform: parseGeoPoint)
    var near: GeoPoint?

    @Option(help: "At most this many candidates.")
    var limit: Int = 10

    @Option(help: "text or json.")
    var format: TextOrJSON = .text

    @OptionGroup var gazetteer: GazetteerOption

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func run() throws {
        try reportingFailures {
            let store = try gazetteer.open()
            var options = LookupOptions()
            options.country = country?.uppercased()
            options.near = near
            options.limit = limit
            let candidates = try GazetteerQueries.run { try store.lookup(name, options: options) }
            switch format {
            case .json:
                var out = JSONBytes()
                out.appendValue(.array(candidates.map(\.json)))
                print(String(decoding: out.bytes, as: UTF8.self))
            case .text:
                guard !candidates.isEmpty else {
                    StandardError.write("sahel: no place matches '\(name)'\(country.map { " in \($0)" } ?? "")\n")
                    throw ExitCode(1)
                }
                for (n, c) in candidates.enumerated() {
                    let p = c.place
                    let admins = [p.admin1, p.admin2, p.admin3].compactMap { $0 }.joined(separator: ", ")
                    var line = String(format: "%2d. %@ (%@) %.4f, %.4f", n + 1, p.name, p.country, p.latitude, p.longitude)
                    if !admins.isEmpty { line += " — \(admins)" }
                    line += " — \(p.featureRank.label)"
                    if let population = p.population, population > 0 { line += ", pop. \(population)" }
                    if let km = c.distanceKm { line += String(format: ", %.1f km away", km) }
                    line += " [\(c.match.label), score \(String(format: "%.2f", c.score)), \(p.source) \(p.sourceID)]"
                    print(line)
                }
            }
        }
    }
}

/// Gazetteer read errors become bad-data failures.
enum GazetteerQueries {
    static func run<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as GazetteerError { throw CommandFailure.badData(error.description) }
    }
}

extension MatchKind {
    var label: String {
        switch self {
        case .exact: "exact"
        case .normalized: "normalised"
        case .prefix: "prefix"
        case .fuzzy(let d): "fuzzy, \(d) edit\(d == 1 ? "" : "s")"
        }
    }
}

extension GazetteerPlace {
    var json: JSONValue {
        let r = record
        return .object(JSONObject([
            ("gazetteer_id", .integer(id)),
            ("name", .string(r.name)),
            ("country", .string(r.country)),
            ("admin1", r.admin1.map(JSONValue.string) ?? .null),
            ("admin2", r.admin2.map(JSONValue.string) ?? .null),
            ("admin3", r.admin3.map(JSONValue.string) ?? .null),
            ("feature", .string(r.featureRank.label)),
            ("population", r.population.map { .integer(Int64($0)) } ?? .null),
            ("lat", .number(r.latitude)),
            ("lon", .number(r.longitude)),
            ("source", .string(r.source)),
            ("source_id", .string(r.sourceID)),
            ("flags", .array(r.flags.map(JSONValue.string))),
        ]))
    }
}

extension PlaceCandidate {
    var json: JSONValue {
        guard case .object(var object) = place.json else { return .null }
        object["matched_name"] = .string(matchedName)
        object["match"] = .string(match.label)
        object["score"] = .number(score)
        object["distance_km"] = distanceKm.map(JSONValue.number) ?? .null
        object["reasons"] = .array(reasons.map(JSONValue.string))
        return .object(object)
    }
}
