import CPROJ
import Dispatch
import Parallel

extension Geodesic {
    /// Distances (metres) and, if `azimuths` is given, initial azimuths (degrees) from `origin` to every
    /// (`latitudes[i]`, `longitudes[i]`), split across all cores. Nothing is allocated per point.
    ///
    /// Inputs are not validated: the caller has checked them (out-of-range latitudes give NaN).
    /// All buffers must have the same count (a precondition, like `UnsafeMutableBufferPointer`'s own).
    public func inverse(from origin: GeoPoint,
                        latitudes: UnsafeBufferPointer<Double>, longitudes: UnsafeBufferPointer<Double>,
                        distances: UnsafeMutableBufferPointer<Double>,
                        azimuths: UnsafeMutableBufferPointer<Double>?) {
        let n = latitudes.count
        precondition(longitudes.count == n && distances.count == n && (azimuths?.count ?? n) == n,
                     "Geodesic.inverse: all buffers must have the same count")
        guard n > 0 else { return }
        let chunks = ParallelChunks(count: n)
        let geodesic = self
        // Each chunk reads and writes only its own index range, so sharing the raw pointers is race-free.
        nonisolated(unsafe) let latBase = latitudes.baseAddress, lonBase = longitudes.baseAddress
        nonisolated(unsafe) let distBase = distances.baseAddress, aziBase = azimuths?.baseAddress
        DispatchQueue.concurrentPerform(iterations: chunks.chunkCount) { chunk in
            guard let latBase, let lonBase, let distBase else { return }
            withUnsafePointer(to: geodesic.g) { g in
                let lat1 = origin.latitude, lon1 = origin.longitude
                if let aziBase {
                    var azi2 = 0.0
                    for i in chunks.range(chunk) {
                        geod_inverse(g, lat1, lon1, latBase[i], lonBase[i], distBase + i, aziBase + i, &azi2)
                    }
                } else {
                    // Without azimuths Karney's solution skips their final step: about 10% less work.
                    for i in chunks.range(chunk) {
                        _ = geod_geninverse(g, lat1, lon1, latBase[i], lonBase[i], distBase + i, nil, nil, nil, nil, nil, nil)
                    }
                }
            }
        }
    }
}
