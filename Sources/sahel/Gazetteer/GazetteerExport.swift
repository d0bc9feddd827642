import ArgumentParser
import FileOutput
import Foundation
import Gazetteer
import Geocoding
import GeoJSON
import Tabular

struct GazetteerExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the gazetteer's place names as CSV, for other tools to use the same places.",
        discussion: """
            Columns: name,lat,lon,population,country,kind,geonameid (the format of the spaCy peer's \
            make_gazetteer.py in ../shared/bench/geoparse). One row per spelling of every place of the \
            countries (kind city, geonameid = the place's row id, the gazetteer_id sahel reports), plus one \
            row per name of each country (kind country, geonameid empty): its Natural Earth names and its \
            French names, at its capital (a point inside the country). \
            A place without a population gets 0; a country's population is the sum of its places' populations \
            (the gazetteer keeps no country figure), so that a tool picking the most populous of several \
            places with one name takes the country "Mali", not the village Mali in Guinea. \
            Rows are sorted by normalised name, then population (largest first), feature rank, row id: a tool \
            that keeps the first row of equal candidates keeps the same one on every run. \
            Coordinates have 6 decimals; fields are quoted only when they hold a comma, a quote or a line break.

            Examples:
              sahel gazetteer export --output gazetteer.csv
              sahel gazetteer export --countries ML,BF,NE -o sahel3.csv --gazetteer copy.sqlite
              sahel gazetteer export --countries ML | head
            """
    )

    static let defaultCountries = PlaceIndex.defaultRegion.joined(separator: ",")


    @Option(help: "Countries to export, ISO 3166-1 alpha-2, comma-separated.")
    var countries: String = defaultCountries

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var gazetteer: GazetteerOption

    @Flag(name: .shortAndLong, help: "Print no summary on standard error.")
    var quiet = false

    func validate() throws {
        _ = try Self.parseCountries(countries)
    }

    /// `ml, BF` -> ["ML", "BF"]: two ASCII letters each, upper-cased, duplicates dropped.
    static func parseCountries(_ text: String) throws -> [String] {
        var codes: [String] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let code = part.trimmingCharacters(in: .whitespaces).uppercased()
            guard code.count == 2, code.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else {
                throw ValidationError("--countries: '\(part)' is not an ISO 3166-1 alpha-2 code (e.g. ML,BF,NE)")
            }
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    func run() throws {
        try reportingFailures {
            let codes = try Self.parseCountries(countries)
            let store = try gazetteer.open()
            let (places, countryInfo) = try GazetteerQueries.run {
                var places: [PlaceSpelling] = []
                try store.forEachSpelling(inCountries: codes, includingCapitals: false) { places.append($0) }
                return (places, try store.exportedCountries(codes))
            }
            var rows = places.map(ExportRow.init(spelling:))
            var countryRows = 0
            var warnings: [String] = []
            for info in countryInfo {
                guard let capital = info.capital else {
                    warnings.append("\(info.country): no capital in the gazetteer, so no point for its country names; left out")
                    continue
                }
                // Every distinct spelling ("Bénin" beside "Benin"): a tool may not strip accents as sahel does.
                var seen = Set<String>()
                for name in info.boundaryNames + CountryLexicon.names(of: info.country) {
                    let normalized = NameNormalizer.normalize(name)
                    guard !normalized.isEmpty, seen.insert(name).inserted else { continue }
                    rows.append(ExportRow(country: info, name: name, normalized: normalized, capital: capital))
                    countryRows += 1
                }
            }
            let perCountry = Dictionary(grouping: places, by: \.place.country).mapValues(\.count)
            for code in codes where perCountry[code] == nil {
                warnings.append("\(code): no places in the gazetteer")
            }
            rows.sort(by: ExportRow.precedes)

            var out = JSONBytes(reservingCapacity: 64 * (rows.count + 1))
            out.appendRaw("name,lat,lon,population,country,kind,geonameid\n")
            for row in rows { row.encode(into: &out) }
            let sink = try OutputFile(output.map { .file(path: $0) } ?? .standardOutput)
            try sink.write(out.bytes)
            try sink.finish()

            if !quiet {
                let counts = codes.map { "\($0) \(perCountry[$0] ?? 0)" }.joined(separator: ", ")
                var text = "sahel: \(places.count) place spellings and \(countryRows) country names for \(codes.count) "
                    + "countries -> \(output ?? "standard output")\n  spellings per country: \(counts)\n"
                for warning in warnings { text += "  warning: \(warning)\n" }
                StandardError.write(text)
            }
        }
    }
}

/// One CSV row of the export, with the keys it is sorted by.
private struct ExportRow {
    var name: String
    var normalized: String
    var latitude: Double
    var longitude: Double
    var population: Int
    var country: String
    var isCountry: Bool
    var featureRank: Int
    var placeID: Int64?

    init(spelling: PlaceSpelling) {
        name = spelling.name
        normalized = spelling.normalized
        latitude = spelling.place.latitude
        longitude = spelling.place.longitude
        population = spelling.place.population ?? 0
        country = spelling.place.country
        isCountry = false
        featureRank = spelling.place.featureRank.rawValue
        placeID = spelling.place.id
    }

    init(country info: ExportedCountry, name: String, normalized: String, capital: GazetteerPlace) {
        self.name = name
        self.normalized = normalized
        latitude = capital.latitude
        longitude = capital.longitude
        population = info.placePopulation
        country = info.country
        isCountry = true
        featureRank = 0
        placeID = nil
    }

    /// Normalised name, population (largest first), countries before places, feature rank, row id, spelling.
    static func precedes(_ a: ExportRow, _ b: ExportRow) -> Bool {
        if a.normalized != b.normalized { return a.normalized < b.normalized }
        if a.population != b.population { return a.population > b.population }
        if a.isCountry != b.isCountry { return a.isCountry }
        if a.featureRank != b.featureRank { return a.featureRank < b.featureRank }
        if a.placeID != b.placeID { return (a.placeID ?? -1) < (b.placeID ?? -1) }
        if a.country != b.country { return a.country < b.country }
        return a.name < b.name
    }

    func encode(into out: inout JSONBytes) {
        CSVFieldEncoding.append(name, into: &out.bytes)
        out.appendByte(UInt8(ascii: ","))
        out.appendNumber(latitude, maxFractionDigits: 6)
        out.appendByte(UInt8(ascii: ","))
        out.appendNumber(longitude, maxFractionDigits: 6)
        out.appendByte(UInt8(ascii: ","))
        out.appendInteger(Int64(population))
        out.appendByte(UInt8(ascii: ","))
        CSVFieldEncoding.append(country, into: &out.bytes)
        out.appendRaw(isCountry ? ",country," : ",city,")
        if let placeID { out.appendInteger(placeID) }
        out.appendByte(UInt8(ascii: "\n"))
    }
}
