import Foundation
import GRDB
import Spatial

/// Finds the place nearest to a point with `place_rtree`: boxes of growing half-width (`steps`, degrees)
/// until one holds a candidate, then one more query over the box that surely contains every place that
/// could score better than the best found (a box's corner is farther than its edge), with exact geodesic
/// distances.
///
/// Which place is "nearest" is chosen the way analysts anchor a report ("3 km NE of Kati"):
/// - populated places (feature rank 1-5: capitals, towns, villages) only; other features (a well, a hill)
///   are searched only when no populated place lies within the last step;
/// - among them, the smallest distance plus a small handicap for lesser places (`handicapKm`: 0 for the
///   national capital, +0.5 km per rank step, 2 km for a village), so a town a few hundred metres further
///   wins over a hamlet on its outskirts (12.74,-8.07 is "0.3 km from Kati", not "0.2 km from Noumorila"),
///   while beyond a couple of kilometres the nearest place wins. `distanceKm` stays the true distance.
enum NearestPlaceSearch {
    static let steps = [0.05, 0.2, 1.0, 5.0]

    static func nearest(to point: GeoPoint, country: String?, db: Database) throws -> NearestPlace? {
        for maxRank in [FeatureRank.populatedPlace, FeatureRank.other] {
            for step in steps {
                let found = try candidates(around: point, halfWidthLat: step, halfWidthLon: step, maxRank: maxRank, country: country, db: db)
                guard let best = closest(found, to: point) else { continue }
                // A better-scoring place is nearer than the best score (handicaps are >= 0): search that far.
                let metres = score(best) * 1000
                let halfLat = metres / 110_574 + 1e-6
                let halfLon = metres / (111_320 * max(cos(abs(point.latitude) * .pi / 180 + metres / 6_356_752), 0.01)) + 1e-6
                if halfLat <= step && halfLon <= step { return best }
                let wider = try candidates(around: point, halfWidthLat: halfLat, halfWidthLon: halfLon, maxRank: maxRank, country: country, db: db)
                return closest(wider, to: point) ?? best
            }
        }
        return nil
    }

    /// Kilometres added to a place's distance when choosing: 0.5 per rank step below the national capital.
    static func handicapKm(_ rank: FeatureRank) -> Double { Double(rank.rawValue - 1) * 0.5 }

    private static func score(_ place: NearestPlace) -> Double { place.distanceKm + handicapKm(place.featureRank) }

    private static func closest(_ places: [NearestPlace], to point: GeoPoint) -> NearestPlace? {
        places.min { (score($0), $0.placeID) < (score($1), $1.placeID) }
    }

    private static func candidates(around point: GeoPoint, halfWidthLat: Double, halfWidthLon: Double,
                                   maxRank: FeatureRank, country: String?, db: Database) throws -> [NearestPlace] {
        var sql = """
            SELECT p.id, p.name, p.country, p.admin1, p.feature_rank, p.lat, p.lon
            FROM place_rtree r JOIN place p ON p.id = r.id
            WHERE r.min_lon >= ? AND r.max_lon <= ? AND r.min_lat >= ? AND r.max_lat <= ? AND p.feature_rank <= ?
            """
        var arguments: StatementArguments = [point.longitude - halfWidthLon, point.longitude + halfWidthLon,
                                             point.latitude - halfWidthLat, point.latitude + halfWidthLat, maxRank.rawValue]
        if let country {
            sql += " AND p.country = ?"
            arguments += [country]
        }
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).compactMap { row in
            guard let place = try? GeoPoint(latitude: row["lat"], longitude: row["lon"]) else { return nil }
            let inverse = Geodesic.wgs84.inverse(from: place, to: point)
            var bearing = inverse.initialAzimuth.truncatingRemainder(dividingBy: 360)
            if bearing < 0 { bearing += 360 }
            return NearestPlace(placeID: row["id"], name: row["name"], country: row["country"], admin1: row["admin1"],
                                featureRank: FeatureRank(rawValue: row["feature_rank"]) ?? .other,
                                latitude: place.latitude, longitude: place.longitude,
                                distanceKm: inverse.distance / 1000, bearingDeg: bearing)
        }
    }
}
