import CGEOS
import CPROJ
import Foundation

/// A local azimuthal-equidistant projection (`+proj=aeqd`) centred on a point, in metres.
///
/// Distances and azimuths from the centre are exact (geodesic), which makes it the right plane for
/// buffers and distance rings around a capital. Coordinates are x = east, y = north; on the WGS 84
/// side x = longitude, y = latitude (axis order normalised). Not `Sendable`: it owns a PROJ context.
public final class AzimuthalEquidistantProjection {
    public let center: GeoPoint
    private let transformer: ProjectionTransformer

    /// Half the WGS 84 meridian: no point on the ellipsoid is farther from the centre along a geodesic.
    static let antipodalDistance = 20_003_931.4586

    public init(center: GeoPoint) throws {
        self.center = center
        let target = "+proj=aeqd +lat_0=\(center.latitude) +lon_0=\(center.longitude) +datum=WGS84 +units=m +type=crs"
        transformer = try ProjectionTransformer(source: "EPSG:4326", target: target)
    }

    /// The same projection built from a PROJ pipeline string rather than through PROJ's CRS database (no
    /// database lookup), in a context shared with others: for the many small projections a route needs (one
    /// per piece).
    public init(pipelineAround center: GeoPoint, context: ProjectionContext) throws {
        self.center = center
        transformer = try ProjectionTransformer(pipeline: "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
            + "+step +proj=aeqd +lat_0=\(center.latitude) +lon_0=\(center.longitude) +ellps=WGS84", context: context)
    }

    /// Metres east and north of the centre.
    public func forward(_ p: GeoPoint) throws -> Coordinate {
        let r = try transformer.transform(x: p.longitude, y: p.latitude, inverse: false)
        return Coordinate(x: r.x, y: r.y)
    }

    /// The WGS 84 position of a point given in metres east and north of the centre.
    /// Points farther than the antipode (half a meridian, about 20,004 km) throw: PROJ would wrap them.
    public func inverse(_ c: Coordinate) throws -> GeoPoint {
        let radius = (c.x * c.x + c.y * c.y).squareRoot()
        if radius > Self.antipodalDistance {
            throw ProjectionError(message: "(\(c.x), \(c.y)) is \(radius) m from the centre, beyond the antipode")
        }
        let r = try transformer.transform(x: c.x, y: c.y, inverse: true)
        do {
            return try GeoPoint(latitude: r.y, longitude: r.x)
        } catch let error as CoordinateError {
            throw ProjectionError(message: "inverse of (\(c.x), \(c.y)) is not a position: \(error.message)")
        }
    }

    /// A copy of a lon/lat geometry in projected metres.
    public func forward(_ g: Geometry) throws -> Geometry {
        try transform(g, inverse: false)
    }

    /// A copy of a projected geometry back in lon/lat.
    public func inverse(_ g: Geometry) throws -> Geometry {
        try transform(g, inverse: true)
    }

    /// A closed (first == last), counter-clockwise ring of `segments` vertices, each `radius` metres
    /// from the centre along the geodesic: a circle in this projection, mapped back to WGS 84.
    public func ring(radius: Double, segments: Int = 256) throws -> [GeoPoint] {
        guard radius.isFinite, radius > 0 else {
            throw ProjectionError(message: "ring radius must be a positive number of metres, got \(radius)")
        }
        guard segments >= 3 else {
            throw ProjectionError(message: "a ring needs at least 3 segments, got \(segments)")
        }
        var points: [GeoPoint] = []
        points.reserveCapacity(segments + 1)
        for i in 0..<segments {
            // Angle from east, increasing counter-clockwise; the projection preserves orientation.
            let theta = 2 * Double.pi * Double(i) / Double(segments)
            points.append(try inverse(Coordinate(x: radius * cos(theta), y: radius * sin(theta))))
        }
        points.append(points[0])
        return points
    }

    private func transform(_ g: Geometry, inverse: Bool) throws -> Geometry {
        let job = TransformJob(transformer: transformer, inverse: inverse)
        let userdata = Unmanaged.passUnretained(job).toOpaque()
        let (result, message) = withExtendedLifetime(job) {
            g.context.withMessages {
                GEOSGeom_transformXY_r($0, g.handle, { x, y, userdata in
                    guard let x, let y, let userdata else { return 0 }
                    let job = Unmanaged<TransformJob>.fromOpaque(userdata).takeUnretainedValue()
                    guard let r = job.transformer.transformOrNil(x: x.pointee, y: y.pointee, inverse: job.inverse) else {
                        job.failure = "cannot \(job.inverse ? "inverse-" : "")project (\(x.pointee), \(y.pointee)): "
                            + job.transformer.lastErrorText()
                        return 0
                    }
                    x.pointee = r.x
                    y.pointee = r.y
                    return 1
                }, userdata)
            }
        }
        if let failure = job.failure {
            if let result { GEOSGeom_destroy_r(g.context.handle, result) }
            throw ProjectionError(message: failure)
        }
        guard let result else { throw GEOSError(geosMessage: message, function: "GEOSGeom_transformXY_r") }
        return Geometry(owning: result, context: g.context)
    }
}

/// State shared with the C transform callback through its `userdata` pointer.
private final class TransformJob {
    let transformer: ProjectionTransformer
    let inverse: Bool
    var failure: String?

    init(transformer: ProjectionTransformer, inverse: Bool) {
        self.transformer = transformer
        self.inverse = inverse
    }
}
