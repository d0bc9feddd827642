import GeoJSON
import Spatial

/// Reads a routes file: a GeoJSON FeatureCollection of LineStrings or MultiLineStrings, each with a `name`.
/// A route must have length, must not cross itself (GEOS's simplicity test on each part, which would make
/// "kilometre 40" two places), and stay in the region; otherwise the read fails naming the feature and field.
public enum RouteFile {
    public static func read(_ path: String, region: SiteRegion = .sahel) throws -> [Route] {
        let collection = try GeoJSONFile.read(path)
        let context = try GEOSContext()
        var routes: [Route] = []
        for (index, feature) in collection.features.enumerated() {
            func failure(_ field: String, _ message: String) -> SiteFileError {
                SiteFileError(file: path, feature: index, field: field, message: message)
            }
            let name = try GeoJSONFile.name(of: feature) { failure("name", $0) }
            let lines: [[Position]]
            switch feature.geometry {
            case .lineString(let line)?: lines = [line]
            case .multiLineString(let parts)?: lines = parts
            default:
                throw failure("geometry", "route \"\(name)\": a route is a LineString or MultiLineString, got "
                    + (feature.geometry?.typeName ?? "null"))
            }
            var parts: [[GeoPoint]] = []
            for (p, line) in lines.enumerated() {
                var vertices: [GeoPoint] = []
                for (v, position) in line.enumerated() {
                    let point = try GeoPoint(latitude: position.latitude, longitude: position.longitude)
                    guard region.contains(point) else {
                        throw failure("geometry.coordinates", "route \"\(name)\", part \(p), vertex \(v) at \(point) "
                            + "is outside the region covered (\(region.extentText)); are longitude and latitude swapped?")
                    }
                    // A vertex repeated in a row adds no length and no direction.
                    if vertices.last != point { vertices.append(point) }
                }
                guard vertices.count >= 2 else {
                    throw failure("geometry.coordinates", "route \"\(name)\", part \(p) has no length (all its vertices are one point)")
                }
                let geometry = try Geometry.lineString(vertices.map(\.coordinate), context: context)
                guard try geometry.isSimple else {
                    throw failure("geometry", "route \"\(name)\", part \(p) crosses itself: split it into parts that do not")
                }
                parts.append(vertices)
            }
            guard !parts.isEmpty else { throw failure("geometry.coordinates", "route \"\(name)\" is empty") }
            routes.append(Route(name: name, parts: parts))
        }
        guard !routes.isEmpty else { throw SiteFileError(file: path, message: "the file holds no routes") }
        return routes
    }
}
