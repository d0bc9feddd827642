import Foundation
import Spatial

/// The settlement nearest to a point, and where the point lies from it.
public struct NearestPlace: Sendable, Equatable {
    public let placeID: Int64
    public let name: String
    public let country: String
    public let admin1: String?
    public let featureRank: FeatureRank
    public let latitude: Double
    public let longitude: Double
    /// Geodesic (WGS 84) distance in kilometres.
    public let distanceKm: Double
    /// Initial azimuth, degrees clockwise from north in 0..<360, FROM the place TO the point.
    public let bearingDeg: Double

    public init(placeID: Int64, name: String, country: String, admin1: String?, featureRank: FeatureRank,
                latitude: Double, longitude: Double, distanceKm: Double, bearingDeg: Double) {
        self.placeID = placeID
        self.name = name
        self.country = country
        self.admin1 = admin1
        self.featureRank = featureRank
        self.latitude = latitude
        self.longitude = longitude
        self.distanceKm = distanceKm
        self.bearingDeg = bearingDeg
    }

    /// "3.2 km NE of Kati" (one decimal under 100 km, whole kilometres beyond); "at Kati" within 100 m,
    /// where a direction would be noise.
    public var phrase: String {
        CompassDirection.phrase(kilometres: distanceKm, azimuth: bearingDeg, of: name)
    }
}
