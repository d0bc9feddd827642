import CPROJ

/// Geodesics on an ellipsoid, by Karney's algorithm (PROJ's `geodesic.h`), accurate to nanometres.
///
/// Holds a `geod_geodesic` C struct, initialised once by `geod_init` and only read afterwards, so sharing
/// a value across threads is safe; the C functions get a pointer to a local copy or a borrowed `let`.
public struct Geodesic: Sendable {
    let g: geod_geodesic

    /// An ellipsoid with equatorial radius `a` (metres) and flattening `f`.
    public init(equatorialRadius a: Double, flattening f: Double) {
        var g = geod_geodesic()
        geod_init(&g, a, f)
        self.g = g
    }

    /// The WGS 84 ellipsoid.
    public static let wgs84 = Geodesic(equatorialRadius: 6_378_137, flattening: 1 / 298.257223563)

    /// Distance and azimuths from `a` to `b`.
    public func inverse(from a: GeoPoint, to b: GeoPoint) -> GeodesicInverse {
        var s12 = 0.0, azi1 = 0.0, azi2 = 0.0
        withUnsafePointer(to: g) {
            geod_inverse($0, a.latitude, a.longitude, b.latitude, b.longitude, &s12, &azi1, &azi2)
        }
        return GeodesicInverse(distance: s12, initialAzimuth: azi1, finalAzimuth: azi2)
    }

    /// The point reached from `a` travelling `distance` metres with initial `azimuth` (degrees from north).
    /// Non-finite arguments give NaN coordinates.
    public func direct(from a: GeoPoint, azimuth: Double, distance: Double) -> GeoPoint {
        var lat2 = Double.nan, lon2 = Double.nan
        withUnsafePointer(to: g) {
            geod_direct($0, a.latitude, a.longitude, azimuth, distance, &lat2, &lon2, nil)
        }
        return GeoPoint(unchecked: lat2, lon2)
    }
}
