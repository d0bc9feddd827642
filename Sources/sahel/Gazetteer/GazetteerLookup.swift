import ArgumentParser
import Foundation
import Gazetteer
import Geocoding
import GeoJSON
import Spatial

struct GazetteerLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Ranked places for a name: exact, normalised, prefix, then fuzzy matches.",
        discussion: """
            Names are compared without accents, case, apostrophes or hyphens (Ségou = SEGOU = Segou). \
            Fuzzy matching allows one edit for names of 6+ letters, two for 10+.

            With --within UNIT (a cercle, commune, province or region) or --near lat,lon (and --radius), the \
            spellings the geocoder would accept there are listed too, each with its kind: normalised, phonetic \
            (ou/w, dj/j, y/i, doubled letters, final e), edit 1 or 2, or qualifier (a name with or without Peulh, \
            Coura, II...): why "Wouro Mody (cercle de Mopti)" is read as Ouro Modi.

            Examples:
              sahel gazetteer lookup Tombouctou
              sahel gazetteer lookup Boni --country ML
              sahel gazetteer lookup Koro --near 14.06,-3.08 --limit 3 --format json
              sahel gazetteer lookup "Wouro Mody" --within Mopti
              sahel gazetteer lookup Tankoualou --near 12.72,1.05 --radius 40
            """
    )

    @Argument(help: "The name to look up.")
    var name: String

    @Option(help: "Only places in this country (ISO 3166-1 alpha-2, e.g. ML).")
    var country: String?

    @Option(help: "Prefer places near this point, lat,lon.", transform: parseGeoPoint)
    var near: GeoPoint?

    @Option(help: "List the spellings accepted inside this admin unit (cercle, commune, province, region).")
    var within: String?

    @Option(help: "With --near: list the spellings accepted within this many km of it. (default: 50)")
    var radius: Double?

    @Option(help: "At most this many candidates.")
    var limit: Int = 10

    @Option(help: "text or json.")
    var format: TextOrJSON = .text

    @OptionGroup var gazetteer: GazetteerOption

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
        if let radius {
            guard near != nil else { throw ValidationError("--radius needs --near lat,lon") }
            guard radius > 0, radius <= 1_000 else { throw ValidationError("--radius must be between 0 and 1000 km") }
        }
        if within != nil && near != nil { throw ValidationError("give --within or --near, not both") }
    }

    /// Where the spelling report looks, when asked.
    private var spellingArea: SpellingArea? {
        if let within { return .unit(within) }
        if let near { return .around(latitude: near.latitude, longitude: near.longitude, km: radius ?? 50) }
        return nil
    }

    func run() throws {
        try reportingFailures {
            let store = try gazetteer.open()
            var options = LookupOptions()
            options.country = country?.uppercased()
            options.near = near
            options.limit = limit
            let candidates = try GazetteerQueries.run { try store.lookup(name, options: options) }
            let spellings = try spellingArea.map { area in try spellingReport(store, area) } ?? []
            switch format {
            case .json:
                var out = JSONBytes()
                out.appendValue(.array(candidates.map(\.json) + spellings.map(\.json)))
                print(String(decoding: out.bytes, as: UTF8.self))
            case .text:
                guard !candidates.isEmpty || !spellings.isEmpty else {
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
                if let area = spellingArea {
                    print(spellings.isEmpty ? "No other spelling of '\(name)' \(area.label)." : "Spellings accepted \(area.label):")
                    for (n, s) in spellings.enumerated() {
                        let admins = [s.place.admin1, s.place.admin2].compactMap { $0 }.joined(separator: ", ")
                        print(String(format: "%2d. %@ (%@) %.4f, %.4f", n + 1, s.place.name, s.place.country,
                                     s.place.latitude, s.place.longitude)
                              + (admins.isEmpty ? "" : " — \(admins)") + " [\(s.match.label) of \"\(s.match.name)\"]")
                    }
                }
            }
        }
    }

    /// The region's settlements inside the area whose names the geocoder would take for `name` there.
    private func spellingReport(_ store: GazetteerStore, _ area: SpellingArea) throws -> [SpellingCandidate] {
        let countries = country.map { [$0.uppercased()] } ?? PlaceIndex.defaultRegion
        let index = try GazetteerQueries.run { try PlaceIndex.load(from: store, countries: countries) }
        if case .unit(let unit) = area, !index.knowsUnit(unit) {
            throw CommandFailure.badData("no settlement of \(countries.joined(separator: ",")) is filed under a unit named '\(unit)'")
        }
        return index.spellingReport(of: name, in: area).prefix(limit).map { SpellingCandidate(match: $0.match, place: $0.place) }
    }
}

/// A place of the spelling report.
struct SpellingCandidate {
    let match: SpellingMatch
    let place: IndexedPlace

    var json: JSONValue {
        .object(JSONObject([
            ("gazetteer_id", place.gazetteerID.map(JSONValue.integer) ?? .null),
            ("name", .string(place.name)),
            ("country", .string(place.country)),
            ("admin1", place.admin1.map(JSONValue.string) ?? .null),
            ("admin2", place.admin2.map(JSONValue.string) ?? .null),
            ("lat", .number(place.latitude)),
            ("lon", .number(place.longitude)),
            ("matched_name", .string(match.name)),
            ("match", .string(match.label)),
        ]))
    }
}

extension SpellingArea {
    var label: String {
        switch self {
        case .unit(let unit): "inside \(unit)"
        case .around(let latitude, let longitude, let km): String(format: "within %g km of %.4f,%.4f", km, latitude, longitude)
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
