import GRDB
import Spatial

extension GazetteerStore {
    /// The country (level 0) and admin-1 containing a point, and the nearest settlement with the geodesic
    /// distance and bearing from it to the point ("3.2 km NE of Kati").
    ///
    /// - Parameter country: ISO alpha-2; restricts the nearest-settlement search to that country's places.
    ///   Boundaries are answered from geometry alone, whatever the hint.
    /// - Throws: `GazetteerError` for coordinates that are not finite or out of range, or a database error.
    public func locate(latitude: Double, longitude: Double, country: String? = nil) throws -> PointLocation {
        let point: GeoPoint
        do {
            point = try GeoPoint(latitude: latitude, longitude: longitude)
        } catch {
            throw GazetteerError(message: "cannot locate: \(error)")
        }
        return try database.read { db in
            let covering = try BoundaryContainment.boundaries(covering: point, db: db)
            let countryMatch = covering.first { $0.level == 0 }
            let admin1 = covering.first { $0.level == 1 && $0.country == countryMatch?.country } ?? covering.first { $0.level == 1 }
            let nearest = try NearestPlaceSearch.nearest(to: point, country: country, db: db)
            return PointLocation(country: countryMatch, admin1: admin1, nearest: nearest)
        }
    }
}

extension GazetteerStore {
    /// The settlement nearest to a point, as `locate` finds it, without the boundary search.
    public func nearestPlace(latitude: Double, longitude: Double, country: String? = nil) throws -> NearestPlace? {
        let point: GeoPoint
        do {
            point = try GeoPoint(latitude: latitude, longitude: longitude)
        } catch {
            throw GazetteerError(message: "cannot search near a point: \(error)")
        }
        return try database.read { db in try NearestPlaceSearch.nearest(to: point, country: country, db: db) }
    }
}
