import Spatial

/// Distance, bearing, ring and region of many points relative to one capital, computed column-wise so a
/// million points cost a few passes over arrays rather than a million small calls.
///
/// Points are given as parallel latitude/longitude arrays; a NaN pair marks a row without coordinates, which
/// gets a NaN distance, no ring and no region.
public struct CapitalProximity: Sendable {
    public let capital: GeoPoint
    public let rings: DistanceRings?

    public init(capital: GeoPoint, rings: DistanceRings?) {
        self.capital = capital
        self.rings = rings
    }

    /// Geodesic distances (metres) and, when asked, initial bearings from the capital (degrees clockwise from
    /// north, 0..<360; empty when not asked).
    public func measure(latitudes: [Double], longitudes: [Double], bearings wantBearings: Bool = true) -> (distances: [Double], bearings: [Double]) {
        let n = latitudes.count
        var distances = [Double](repeating: .nan, count: n)
        var bearings = [Double](repeating: .nan, count: wantBearings ? n : 0)
        latitudes.withUnsafeBufferPointer { lat in
            longitudes.withUnsafeBufferPointer { lon in
                distances.withUnsafeMutableBufferPointer { d in
                    bearings.withUnsafeMutableBufferPointer { b in
                        Geodesic.wgs84.inverse(from: capital, latitudes: lat, longitudes: lon, distances: d,
                                               azimuths: wantBearings ? b : nil)
                    }
                }
            }
        }
        for i in bearings.indices { bearings[i] = GeodesicInverse.bearing(azimuth: bearings[i]) }
        return (distances, bearings)
    }

    /// For each distance, the index of its ring in `rings.radiiKilometres`, or -1 beyond the last ring,
    /// for a NaN distance, or when no rings were asked for.
    public func ringIndices(distances: [Double]) -> [Int32] {
        guard let rings else { return [Int32](repeating: -1, count: distances.count) }
        return distances.map { d in rings.ringIndex(forDistance: d).map(Int32.init) ?? -1 }
    }

    /// For each point, the index of the first region whose interior contains it, or -1.
    public static func regionIndices(latitudes: [Double], longitudes: [Double], in regions: RegionSet) throws -> [Int32] {
        var result = [Int32](repeating: -1, count: latitudes.count)
        try longitudes.withUnsafeBufferPointer { xs in
            try latitudes.withUnsafeBufferPointer { ys in
                try result.withUnsafeMutableBufferPointer { out in
                    try regions.locator.locate(xs: xs, ys: ys, into: out)
                }
            }
        }
        return result
    }
}
