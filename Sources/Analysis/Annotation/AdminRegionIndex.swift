import Gazetteer
import Spatial

/// The admin-1 region holding a point, by point-in-polygon over the gazetteer's boundaries (prepared polygons
/// behind a grid and an STRtree, as `PolygonLocator` builds them).
///
/// A country's regions, and its neighbours' that reach into its box, are loaded the first time one of its
/// incidents asks, so a run over Mali never reads the world's boundaries. Not Sendable: it caches as it goes.
public final class AdminRegionIndex {
    private struct CountryRegions {
        let boundaries: [StoredBoundary]
        let set: RegionSet?
    }

    private let gazetteer: GazetteerStore
    private var byCountry: [String: CountryRegions] = [:]

    public init(gazetteer: GazetteerStore) {
        self.gazetteer = gazetteer
    }

    /// For each point, the admin-1 boundary whose interior holds it, searched among the regions around
    /// `country`; nil at sea, outside the loaded regions, or exactly on a border. One bulk call per batch:
    /// the exact tests need each polygon parsed and prepared, which is worth doing once for many points.
    public func regions(containing points: [GeoPoint], country: String) throws -> [StoredBoundary?] {
        let regions = try regions(around: country)
        guard let set = regions.set, !points.isEmpty else { return Array(repeating: nil, count: points.count) }
        let hits = try CapitalProximity.regionIndices(latitudes: points.map(\.latitude),
                                                      longitudes: points.map(\.longitude), in: set)
        return hits.map { $0 >= 0 ? regions.boundaries[Int($0)] : nil }
    }

    private func regions(around country: String) throws -> CountryRegions {
        if let cached = byCountry[country] { return cached }
        var loaded = CountryRegions(boundaries: [], set: nil)
        if let box = try gazetteer.envelope(ofCountry: country) {
            let around = try gazetteer.boundaries(level: 1, minLongitude: box.minLongitude, minLatitude: box.minLatitude,
                                                  maxLongitude: box.maxLongitude, maxLatitude: box.maxLatitude)
            // The first polygon holding a point wins: the country's own regions first, where a neighbour's
            // polygon overlaps them (two sources' borders rarely agree to the metre).
            let boundaries = around.filter { $0.country == country } + around.filter { $0.country != country }
            if !boundaries.isEmpty {
                let set = try RegionSet(names: boundaries.map(\.name), polygonsWKB: boundaries.map(\.wkb),
                                        source: "\(gazetteer.path): admin-1 boundaries around \(country)")
                loaded = CountryRegions(boundaries: boundaries, set: set)
            }
        }
        byCountry[country] = loaded
        return loaded
    }
}
