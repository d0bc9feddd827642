import Spatial

/// The exact distance from a point to the user's routes. Each candidate piece (from `RouteIndex`) is drawn in
/// an azimuthal-equidistant projection centred on its midpoint, where the piece's geodesic is a straight
/// segment through the centre with its true length; GEOS finds the point of that segment nearest to the
/// projected incident, which fixes the position along the geodesic, and the distance is Karney's geodesic
/// from there to the incident. Not `Sendable` (GEOS and PROJ handles): one per thread.
public final class RouteLocator {
    public let index: RouteIndex
    private let context: GEOSContext
    private let projections: ProjectionContext
    /// Per piece, made on first use: the projection and the piece as a GEOS line in it.
    private var planes: [Plane?]

    private struct Plane {
        let projection: AzimuthalEquidistantProjection
        let line: Geometry
        let planeLength: Double
    }

    public init(index: RouteIndex) throws {
        self.index = index
        context = try GEOSContext()
        projections = try ProjectionContext()
        planes = Array(repeating: nil, count: index.pieces.count)
    }

    /// The nearest route, the distance to it and the position along it; nil when there are no routes.
    public func nearest(to p: GeoPoint) throws -> RouteMeasure? {
        try best(of: index.candidates(near: p), to: p)
    }

    /// The distance to route `route` and the position along it.
    public func measure(to p: GeoPoint, route: Int) throws -> RouteMeasure? {
        try best(of: index.candidates(near: p, route: route), to: p)
    }

    /// Candidates come nearest first; one whose spherical distance, less the sphere's error, is already
    /// beyond the best geodesic distance found cannot win and is not projected.
    private func best(of candidates: [(piece: Int, metres: Double)], to p: GeoPoint) throws -> RouteMeasure? {
        var best: (piece: Int, distance: Double, along: Double)?
        for candidate in candidates {
            if let best, candidate.metres * SphericalMargin.lowerBoundFactor - SphericalMargin.metres > best.distance { break }
            let (distance, along) = try locate(p, onPiece: candidate.piece)
            if best == nil || distance < best!.distance { best = (candidate.piece, distance, along) }
        }
        guard let best else { return nil }
        let piece = index.pieces[best.piece]
        return RouteMeasure(route: piece.route, name: index.routes[piece.route].name, kilometres: best.distance / 1000,
                            atKilometres: (piece.startAlong + best.along) / 1000)
    }

    /// Geodesic distance from `p` to the piece, and metres along the piece of the nearest point.
    func locate(_ p: GeoPoint, onPiece i: Int) throws -> (distance: Double, along: Double) {
        let segment = index.pieces[i].segment
        let plane = try self.plane(i)
        let projected = try plane.projection.forward(p)
        let along: Double
        if plane.planeLength > 0 {
            let t = try plane.line.distanceAlong(toNearest: try Geometry.point(projected, context: context))
            // Along the line through the centre, plane distances are geodesic ones: scale only absorbs rounding.
            along = t / plane.planeLength * segment.length
        } else {
            along = 0
        }
        let foot = segment.point(atDistance: along)
        return (Geodesic.wgs84.inverse(from: foot, to: p).distance, along)
    }

    private func plane(_ i: Int) throws -> Plane {
        if let plane = planes[i] { return plane }
        let segment = index.pieces[i].segment
        let projection = try AzimuthalEquidistantProjection(pipelineAround: segment.point(atDistance: segment.length / 2),
                                                                context: projections)
        let a = try projection.forward(segment.start)
        let b = try projection.forward(segment.end)
        let line = try Geometry.lineString([a, b], context: context)
        let plane = Plane(projection: projection, line: line, planeLength: try line.length())
        planes[i] = plane
        return plane
    }
}
