import Foundation
import Spatial

/// The routes cut into pieces short enough for a local projection, with spherical bounds to find quickly
/// which pieces can hold the nearest point to an incident. Immutable and `Sendable`; the exact distance is
/// `RouteLocator`'s, which each thread makes for itself.
public struct RouteIndex: Sendable {
    /// One geodesic piece of a route.
    struct Piece: Sendable {
        let route: Int
        let segment: GeodesicSegment
        /// Metres along the route from its first vertex to the piece's start.
        let startAlong: Double
        let arc: SphericalArc
    }

    /// A run of consecutive pieces of one route inside a spherical cap (centre, angular radius): one bound
    /// rules all of them out.
    struct Chunk: Sendable {
        let route: Int
        let pieces: Range<Int>
        let center: UnitVector
        let radius: Double
        let cosRadius: Double
        let sinRadius: Double
    }

    public let routes: [Route]
    /// Route lengths, metres.
    public let lengths: [Double]
    let pieces: [Piece]
    let chunks: [Chunk]

    /// Longest piece: within 10 km of the projection's centre the straight segment in the plane and the
    /// nearest point on it are exact to well under a millimetre.
    static let maximumPieceLength = 20_000.0
    static let piecesPerChunk = 4

    public init(routes: [Route]) {
        self.routes = routes
        var pieces: [Piece] = []
        var chunks: [Chunk] = []
        var lengths: [Double] = []
        for (r, route) in routes.enumerated() {
            var along = 0.0
            let first = pieces.count
            for part in route.parts {
                for (a, b) in zip(part, part.dropFirst()) {
                    let segment = GeodesicSegment(from: a, to: b)
                    let parts = Int((segment.length / Self.maximumPieceLength).rounded(.up))
                    for piece in segment.split(into: parts) {
                        pieces.append(Piece(route: r, segment: piece, startAlong: along,
                                            arc: SphericalArc(UnitVector(piece.start), UnitVector(piece.end))))
                        along += piece.length
                    }
                }
            }
            lengths.append(along)
            var start = first
            while start < pieces.count {
                let end = min(start + Self.piecesPerChunk, pieces.count)
                let ends = pieces[start..<end].flatMap { [$0.arc.a, $0.arc.b] }
                let sum = ends.reduce(UnitVector(x: 0, y: 0, z: 0)) { UnitVector(x: $0.x + $1.x, y: $0.y + $1.y, z: $0.z + $1.z) }
                let center = sum.normalized
                // A cap under a hemisphere is convex: holding both ends of an arc, it holds the arc.
                let radius = ends.map { center.angle(to: $0) }.max() ?? 0
                let grown = radius * 1.000001 + 1e-9
                chunks.append(Chunk(route: r, pieces: start..<end, center: center, radius: grown,
                                    cosRadius: cos(grown), sinRadius: sin(grown)))
                start = end
            }
        }
        self.pieces = pieces
        self.chunks = chunks
        self.lengths = lengths
    }

    /// The pieces that may hold the point nearest to `p` (of route `route` only, when given): every piece
    /// within the sphere's error margin of the spherically nearest one, nearest first, with its spherical
    /// distance in metres (a lower bound, within the margin, of the geodesic one).
    /// Works with squared chords and cosines rather than angles: the only trigonometry per chunk visited is
    /// the new threshold's.
    func candidates(near p: GeoPoint, route: Int? = nil) -> [(piece: Int, metres: Double)] {
        let u = UnitVector(p)
        // Start with the chunk whose centre is nearest: it most likely holds the nearest piece.
        var first = -1
        var firstDot = -2.0
        for (c, chunk) in chunks.enumerated() where route == nil || chunk.route == route {
            let d = u.dot(chunk.center)
            if d > firstDot { firstDot = d; first = c }
        }
        guard first >= 0 else { return [] }
        var seen: [(piece: Int, chord: Double)] = []
        seen.reserveCapacity(4 * Self.piecesPerChunk)
        var best = Double.infinity
        var limit = (cos: -1.0, sin: 0.0, angle: Double.pi)
        func visit(_ c: Int) {
            for i in chunks[c].pieces {
                let chord = pieces[i].arc.chordSquared(to: u)
                seen.append((i, chord))
                best = min(best, chord)
            }
            let angle = min(.pi, SphericalMargin.threshold(SphericalMargin.angle(chordSquared: best)))
            limit = (cos(angle), sin(angle), angle)
        }
        visit(first)
        for (c, chunk) in chunks.enumerated() where c != first && (route == nil || chunk.route == route) {
            // The chunk can hold a candidate only if its centre is within the threshold plus its radius.
            if limit.angle + chunk.radius < .pi {
                let cosReach = limit.cos * chunk.cosRadius - limit.sin * chunk.sinRadius
                if u.dot(chunk.center) < cosReach { continue }
            }
            visit(c)
        }
        let chordLimit = SphericalMargin.chordSquared(angle: limit.angle)
        return seen.filter { $0.chord <= chordLimit }.sorted { ($0.chord, $0.piece) < ($1.chord, $1.piece) }.map {
            ($0.piece, SphericalMargin.angle(chordSquared: $0.chord) * UnitVector.earthRadius)
        }
    }
}
