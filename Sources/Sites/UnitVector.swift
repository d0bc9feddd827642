import Foundation
import Spatial

/// A point of the unit sphere, for the quick spherical bounds that decide which sites and route pieces are
/// worth a geodesic computation. The sphere differs from the ellipsoid by well under 1 %, which the callers
/// allow for with a margin; no distance is ever reported from it.
struct UnitVector: Sendable, Equatable {
    var x: Double
    var y: Double
    var z: Double

    /// The mean Earth radius, metres: turns angles on the unit sphere into approximate distances.
    static let earthRadius = 6_371_008.8

    init(x: Double, y: Double, z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    init(_ p: GeoPoint) {
        let lat = p.latitude * .pi / 180
        let lon = p.longitude * .pi / 180
        self.init(x: cos(lat) * cos(lon), y: cos(lat) * sin(lon), z: sin(lat))
    }

    @inline(__always) func dot(_ o: UnitVector) -> Double { x * o.x + y * o.y + z * o.z }

    @inline(__always) func cross(_ o: UnitVector) -> UnitVector {
        UnitVector(x: y * o.z - z * o.y, y: z * o.x - x * o.z, z: x * o.y - y * o.x)
    }

    var norm: Double { dot(self).squareRoot() }

    func scaled(_ k: Double) -> UnitVector { UnitVector(x: x * k, y: y * k, z: z * k) }

    func minus(_ o: UnitVector) -> UnitVector { UnitVector(x: x - o.x, y: y - o.y, z: z - o.z) }

    /// This vector at length 1; the zero vector stays zero.
    var normalized: UnitVector {
        let n = norm
        return n > 0 ? scaled(1 / n) : self
    }

    /// The angle between two unit vectors, radians; atan2 keeps it accurate for tiny and near-antipodal angles.
    @inline(__always) func angle(to o: UnitVector) -> Double {
        atan2(cross(o).norm, dot(o))
    }
}

/// The shorter great-circle arc between two points, with what the distance to it needs precomputed.
struct SphericalArc: Sendable {
    let a: UnitVector
    let b: UnitVector
    /// The unit normal of the arc's plane; zero for a degenerate arc (a == b).
    let normal: UnitVector

    init(_ a: UnitVector, _ b: UnitVector) {
        self.a = a
        self.b = b
        normal = a.cross(b).normalized
    }

    /// The angle from `p` to the nearest point of the arc, radians.
    func angle(to p: UnitVector) -> Double {
        SphericalMargin.angle(chordSquared: chordSquared(to: p))
    }

    /// The squared chord from `p` to the nearest point of the arc: grows with the angle, and needs no
    /// trigonometry, so the search compares these and turns only the best into an angle.
    @inline(__always) func chordSquared(to p: UnitVector) -> Double {
        let s = p.dot(normal)
        let q = p.minus(normal.scaled(s))
        // The foot of p on the great circle lies within the arc when it is on the inner side of both ends.
        if a.cross(q).dot(normal) >= 0 && q.cross(b).dot(normal) >= 0 && (normal.x != 0 || normal.y != 0 || normal.z != 0) {
            // sin(angle) = |s|; chord^2 = 2 - 2 cos(angle).
            return 2 - 2 * max(0, 1 - s * s).squareRoot()
        }
        return 2 - 2 * max(p.dot(a), p.dot(b))
    }
}

/// How much a spherical distance may be below the geodesic one: the sphere's error (under 0.7 % between
/// the ellipsoid's radii of curvature) and the rounding of the vectors, with room to spare.
enum SphericalMargin {
    static let factor = 1.01
    static let metres = 100.0
    /// A spherical distance times this, less `metres`, is below the geodesic distance: the sphere of mean
    /// radius is never 0.7 % longer than the ellipsoid along a path.
    static let lowerBoundFactor = 0.993

    /// The largest spherical angle a candidate may have when the best one seen is `best` radians.
    static func threshold(_ best: Double) -> Double {
        best * factor + metres / UnitVector.earthRadius
    }

    /// The angle whose squared chord is `chordSquared`.
    @inline(__always) static func angle(chordSquared: Double) -> Double {
        2 * asin(min(1, max(0, chordSquared).squareRoot() / 2))
    }

    /// The squared chord of an angle (radians, at most pi).
    @inline(__always) static func chordSquared(angle: Double) -> Double {
        2 - 2 * cos(min(angle, .pi))
    }
}
