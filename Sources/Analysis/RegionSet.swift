import GeoJSON
import Spatial

/// Named administrative areas (admin-1 regions, for instance) ready for bulk point-in-polygon.
///
/// Built from a GeoJSON FeatureCollection of Polygons and MultiPolygons; each feature's name comes from one
/// property. Every polygon is checked by GEOS when loaded, so an invalid boundary file fails here, naming the
/// feature, and never half-way through a million points.
public struct RegionSet: Sendable {
    public let names: [String]
    public let locator: PolygonLocator

    /// Property names tried, in order, when the caller does not name one.
    public static let defaultNameProperties = ["name", "NAME", "admin1", "admin1Name_fr", "ADM1_FR", "ADM1_EN", "shapeName", "NAME_1"]

    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Regions already in WKB (for instance the gazetteer's admin-1 boundaries).
    public init(names: [String], polygonsWKB: [[UInt8]], source: String) throws(LoadError) {
        guard !names.isEmpty, names.count == polygonsWKB.count else {
            throw LoadError(description: "\(source): holds no regions")
        }
        self.names = names
        do { locator = try PolygonLocator(polygonsWKB: polygonsWKB) } catch {
            throw LoadError(description: "\(source): \(error)")
        }
    }

    public init(collection: FeatureCollection, file: String, nameProperty: String? = nil) throws(LoadError) {
        var names: [String] = []
        var blobs: [[UInt8]] = []
        let context: GEOSContext
        do { context = try GEOSContext() } catch { throw LoadError(description: "\(file): \(error)") }
        for (index, feature) in collection.features.enumerated() {
            let place = "\(file): features[\(index)]"
            guard let properties = feature.properties else {
                throw LoadError(description: "\(place): has no properties to take a region name from")
            }
            let key = nameProperty ?? RegionSet.defaultNameProperties.first { properties[$0] != nil }
            guard let key, let value = properties[key] else {
                let wanted = nameProperty.map { "'\($0)'" } ?? RegionSet.defaultNameProperties.map { "'\($0)'" }.joined(separator: ", ")
                throw LoadError(description: "\(place).properties: no name property (looked for \(wanted); choose one with --region-field)")
            }
            let name: String
            switch value {
            case .string(let s): name = s
            case .integer(let i): name = String(i)
            default: throw LoadError(description: "\(place).properties.\(key): a region name must be a string")
            }
            guard let geometry = feature.geometry else {
                throw LoadError(description: "\(place).geometry: is null; a region needs a polygon")
            }
            do {
                let polygon = try GeometryBridge.polygonal(geometry, context: context)
                blobs.append(try polygon.wkb())
            } catch let error as GeometryBridge.Unsupported {
                throw LoadError(description: "\(place).geometry: \(error.description)")
            } catch {
                throw LoadError(description: "\(place).geometry: \(error)")
            }
            names.append(name)
        }
        guard !names.isEmpty else { throw LoadError(description: "\(file): holds no features") }
        try self.init(names: names, polygonsWKB: blobs, source: file)
    }
}
