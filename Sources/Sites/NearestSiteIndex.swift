import Foundation
import Spatial

/// Finds the site nearest to a point by geodesic distance. A pass over the sites' unit vectors (a dot product
/// each) finds the spherically nearest; only the sites within the sphere's error of it get Karney's geodesic,
/// so the answer is the geodesic nearest at about the cost of the spherical search.
public struct NearestSiteIndex: Sendable {
    public let sites: [Site]
    private let xs: [Double]
    private let ys: [Double]
    private let zs: [Double]

    public init(sites: [Site]) {
        self.sites = sites
        let vectors = sites.map { UnitVector($0.point) }
        xs = vectors.map(\.x)
        ys = vectors.map(\.y)
        zs = vectors.map(\.z)
    }

    /// The nearest site; nil when there are none. Of two at the same distance, the first in the file.
    public func nearest(to p: GeoPoint) -> SiteMeasure? {
        guard !sites.isEmpty else { return nil }
        let u = UnitVector(p)
        let n = xs.count
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { dots in
            // The dot products once, in a loop the compiler can vectorise; the searches read them back.
            xs.withUnsafeBufferPointer { xs in
                ys.withUnsafeBufferPointer { ys in
                    zs.withUnsafeBufferPointer { zs in
                        for i in 0..<n { dots[i] = u.x * xs[i] + u.y * ys[i] + u.z * zs[i] }
                    }
                }
            }
            var bestIndex = 0
            for i in 1..<max(1, n) where dots[i] > dots[bestIndex] { bestIndex = i }
            let bestAngle = u.angle(to: UnitVector(x: xs[bestIndex], y: ys[bestIndex], z: zs[bestIndex]))
            let limit = SphericalMargin.threshold(bestAngle)
            let cosLimit = limit >= .pi ? -2.0 : cos(limit)
            var best = measure(site: bestIndex, to: p)
            for i in 0..<n where i != bestIndex && dots[i] >= cosLimit {
                // Spherically close enough to matter, but perhaps not once the sphere's error is allowed for.
                let angle = u.angle(to: UnitVector(x: xs[i], y: ys[i], z: zs[i]))
                if angle * UnitVector.earthRadius * SphericalMargin.lowerBoundFactor - SphericalMargin.metres > best.kilometres * 1000 {
                    continue
                }
                let candidate = measure(site: i, to: p)
                if candidate.kilometres < best.kilometres || (candidate.kilometres == best.kilometres && i < best.site) {
                    best = candidate
                }
            }
            return best
        }
    }

    /// Distance and bearing from site `index` to `p`.
    public func measure(site index: Int, to p: GeoPoint) -> SiteMeasure {
        let inverse = Geodesic.wgs84.inverse(from: sites[index].point, to: p)
        return SiteMeasure(site: index, name: sites[index].name, kilometres: inverse.distance / 1000,
                           bearing: inverse.initialBearing)
    }
}
