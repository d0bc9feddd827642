import Gazetteer
import MapRendering

/// The outlines drawn instead of map tiles, from the gazetteer's boundaries: the countries of the incidents
/// (with their admin-1 units) and the countries around them that fall in the map's extent.
enum MapOutlines {
    static func load(gazetteer store: GazetteerStore, focus: Set<String>, extent: MapExtent) throws -> [Outline] {
        let simplifier = try OutlineSimplifier()
        // Countries whose envelope meets the extent, grown so the map still has context when panned a little;
        // of a neighbour only the parts near that box are kept, whole (France's envelope reaches the Caribbean).
        let view = MapExtent(south: max(extent.south - 3, -90), west: max(extent.west - 3, -180),
                             north: min(extent.north + 3, 90), east: min(extent.east + 3, 180))
        let countries = try GazetteerQueries.run {
            try store.boundaries(level: 0, minLongitude: view.west, minLatitude: view.south,
                                 maxLongitude: view.east, maxLatitude: view.north)
        }
        var outlines: [Outline] = []
        var focusBox: MapExtent?
        for boundary in countries {
            let isFocus = focus.contains(boundary.country)
            guard let outline = try simplifier.outline(kind: isFocus ? .focusCountry : .neighbour, name: boundary.name,
                                                       country: boundary.country, wkb: boundary.wkb,
                                                       near: isFocus ? nil : view) else { continue }
            outlines.append(outline)
            if isFocus {
                for p in outline.polygons.lazy.flatMap({ $0 }).flatMap({ $0 }) {
                    if focusBox == nil { focusBox = MapExtent(around: p) } else { focusBox?.include(p) }
                }
            }
        }
        // Admin-1 units only inside the focus countries: elsewhere they would be clutter.
        if let box = focusBox {
            let regions = try GazetteerQueries.run {
                try store.boundaries(level: 1, minLongitude: box.west, minLatitude: box.south,
                                     maxLongitude: box.east, maxLatitude: box.north)
            }
            for region in regions where focus.contains(region.country) {
                if let outline = try simplifier.outline(kind: .admin1, name: region.name, country: region.country, wkb: region.wkb) {
                    outlines.append(outline)
                }
            }
        }
        return outlines
    }

    /// Towns of the focus countries labelled to orient by (the capital has its own): admin-1 seats as major
    /// names and admin-2 seats as minor ones; a gazetteer that ranks no seats (GeoNames cities500 alone)
    /// gives its towns instead, those of 50,000 people or more as major names.
    static func seatLabels(gazetteer store: GazetteerStore, focus: Set<String>, capital: CapitalMark) throws -> [PlaceLabel] {
        var seats = try GazetteerQueries.run { try store.seats(inCountries: focus.sorted()) }
        if !seats.contains(where: { $0.featureRank != .nationalCapital }) {
            seats = try GazetteerQueries.run { try store.seats(inCountries: focus.sorted(), lowestRank: .populatedPlace, limit: 120) }
        }
        return seats.compactMap { seat in
            let rank: PlaceLabel.Rank
            switch seat.featureRank {
            case .admin1Capital: rank = .major
            case .admin2Capital: rank = .minor
            case .populatedPlace: rank = (seat.population ?? 0) >= 50_000 ? .major : .minor
            default: return nil
            }
            let point = MapPoint(latitude: seat.latitude, longitude: seat.longitude)
            // The capital (often also an admin-1 seat) is drawn and named already.
            if abs(point.latitude - capital.point.latitude) < 0.05 && abs(point.longitude - capital.point.longitude) < 0.05 { return nil }
            return PlaceLabel(name: seat.name, point: point, rank: rank)
        }
    }
}
