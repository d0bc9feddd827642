import Foundation
import GeoJSON
import Spatial
import Tabular

/// Reads a sites file: a CSV with `name`, `lat`, `lon` and an optional `kind` column (comma, semicolon or tab
/// separated, UTF-8), or a GeoJSON FeatureCollection of Points with a `name` property (and `kind`). Every
/// row becomes a site or the read fails, naming the file, the line (or feature) and the field: a sites file
/// with a hole in it would make an incident look far from everything.
public enum SiteFile {
    /// Column names accepted for each field, compared without case.
    static let nameColumns = ["name", "site", "nom"]
    static let latitudeColumns = ["lat", "latitude"]
    static let longitudeColumns = ["lon", "lng", "long", "longitude"]
    static let kindColumns = ["kind", "type"]

    public static func read(_ path: String, region: SiteRegion = .sahel) throws -> [Site] {
        let sites = isGeoJSON(path) ? try readGeoJSON(path, region: region) : try readCSV(path, region: region)
        guard !sites.isEmpty else { throw SiteFileError(file: path, message: "the file holds no sites") }
        return sites
    }

    static func isGeoJSON(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".geojson") || lower.hasSuffix(".json")
    }

    static func readCSV(_ path: String, region: SiteRegion) throws -> [Site] {
        let table: CSVTable
        do {
            table = try CSVTable(contentsOf: path)
        } catch {
            let unreadable = error.line == nil && error.message.hasPrefix("cannot open")
            throw SiteFileError(kind: unreadable ? .unreadable : .badData, file: path, line: error.line,
                                field: error.field, message: error.message)
        }
        func column(_ names: [String], required: String?) throws -> Int? {
            if let index = table.header.firstIndex(where: { names.contains($0.lowercased()) }) { return index }
            guard let required else { return nil }
            throw SiteFileError(file: path, line: 1, field: required,
                                message: "no \(required) column: the header needs name, lat and lon (kind optional), "
                                    + "found \(table.header.joined(separator: ", "))")
        }
        let nameColumn = try column(nameColumns, required: "name")!
        let latColumn = try column(latitudeColumns, required: "lat")!
        let lonColumn = try column(longitudeColumns, required: "lon")!
        let kindColumn = try column(kindColumns, required: nil)
        let header = table.header
        return try table.withScanner { scanner, bytes in
            var sites: [Site] = []
            var fields: [CSVFieldSpan] = []
            while true {
                let more: Bool
                do { more = try scanner.nextRecord(into: &fields) } catch let error as CSVScanError {
                    throw SiteFileError(file: path, line: error.line, message: error.message)
                }
                guard more else { break }
                let line = scanner.recordLine
                // A blank line carries no site; anything else must be a whole one.
                if fields.count == 1 && fields[0].start == fields[0].end { continue }
                guard fields.count == header.count else {
                    throw SiteFileError(file: path, line: line,
                                        message: "\(fields.count) fields where the header has \(header.count)")
                }
                func text(_ c: Int) -> String {
                    CSVTable.decode(fields[c], in: bytes).trimmingCharacters(in: .whitespaces)
                }
                let name = text(nameColumn)
                guard !name.isEmpty else {
                    throw SiteFileError(file: path, line: line, field: header[nameColumn], message: "the site has no name")
                }
                let latitude = try number(text(latColumn), file: path, line: line, field: header[latColumn], range: -90...90)
                let longitude = try number(text(lonColumn), file: path, line: line, field: header[lonColumn], range: -180...180)
                let kind = kindColumn.map(text).flatMap { $0.isEmpty ? nil : $0 }
                let site = Site(name: name, kind: kind, point: try GeoPoint(latitude: latitude, longitude: longitude))
                try checkRegion(site, region: region) { SiteFileError(file: path, line: line, field: header[latColumn], message: $0) }
                sites.append(site)
            }
            return sites
        }
    }

    static func readGeoJSON(_ path: String, region: SiteRegion) throws -> [Site] {
        let collection = try GeoJSONFile.read(path)
        var sites: [Site] = []
        for (index, feature) in collection.features.enumerated() {
            func failure(_ field: String, _ message: String) -> SiteFileError {
                SiteFileError(file: path, feature: index, field: field, message: message)
            }
            guard case .point(let position)? = feature.geometry else {
                throw failure("geometry", "a site is a Point, got \(feature.geometry?.typeName ?? "null")")
            }
            let name = try GeoJSONFile.name(of: feature) { failure("name", $0) }
            let kind = feature.properties?["kind"]?.stringValue
            let site = Site(name: name, kind: kind,
                            point: try GeoPoint(latitude: position.latitude, longitude: position.longitude))
            try checkRegion(site, region: region) { failure("geometry", $0) }
            sites.append(site)
        }
        return sites
    }

    /// A decimal number (a decimal comma is read too) within `range`.
    static func number(_ text: String, file: String, line: Int, field: String, range: ClosedRange<Double>) throws -> Double {
        guard !text.isEmpty else {
            throw SiteFileError(file: file, line: line, field: field, message: "empty: a site needs both coordinates")
        }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite else {
            throw SiteFileError(file: file, line: line, field: field, message: "\"\(text)\" is not a number")
        }
        guard range.contains(value) else {
            throw SiteFileError(file: file, line: line, field: field,
                                message: "\(text) is outside \(Int(range.lowerBound))...\(Int(range.upperBound))")
        }
        return value
    }

    static func checkRegion(_ site: Site, region: SiteRegion, _ failure: (String) -> SiteFileError) throws {
        guard region.contains(site.point) else {
            throw failure("site \"\(site.name)\" at \(site.point) is outside the region covered (\(region.extentText)); "
                + "are latitude and longitude swapped?")
        }
    }
}

/// The GeoJSON side of the sites and routes readers.
enum GeoJSONFile {
    static func read(_ path: String) throws -> FeatureCollection {
        do {
            return try GeoJSONReader.readFeatureCollection(contentsOf: URL(fileURLWithPath: path))
        } catch let error as GeoJSONError {
            let unreadable = error.path == "$" && error.message.contains("No such file")
            throw SiteFileError(kind: unreadable ? .unreadable : .badData, file: path, field: error.path,
                                message: error.message)
        }
    }

    /// The feature's non-empty `name` property.
    static func name(of feature: Feature, _ failure: (String) -> SiteFileError) throws -> String {
        guard let value = feature.properties?["name"] else { throw failure("the feature has no name property") }
        guard let name = value.stringValue?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
            throw failure("the name must be a non-empty string, got \(value.kindName)")
        }
        return name
    }
}
