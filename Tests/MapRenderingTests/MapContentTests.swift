import MapRendering
import Spatial
import Testing

@Suite struct MapContentTests {
    @Test func unlocatedAreCountedNotDrawn() throws {
        let content = try MapFixtures.content([
            MapFixtures.incident("a", lat: 12.74, lon: -8.07, killed: 3),
            MapFixtures.incident("b", lat: nil, lon: nil),
            MapFixtures.incident("c", lat: 14.49, lon: -4.19, date: nil),
        ])
        #expect(content.incidents.map(\.id) == ["a", "c"])
        #expect(content.unlocatedCount == 1)
        #expect(content.undatedCount == 1)
        #expect(content.dateRange == "2024-03-01"..."2024-03-01")
        #expect(content.summary.contains("2 incidents drawn, 1 unlocated"))
    }

    @Test func distancesAreGeodesicFromTheCapital() throws {
        let content = try MapFixtures.content([MapFixtures.incident("kati", lat: 12.7441, lon: -8.0726)])
        let km = try #require(content.incidents.first?.distanceKm)
        #expect(abs(km - 13.9) < 0.3)
    }

    @Test func ringsAreSortedLabelledAndAtTheirRadius() throws {
        let content = try MapFixtures.content([])
        #expect(content.rings.map(\.label) == ["50 km", "100 km"])
        let center = try GeoPoint(latitude: 12.6392, longitude: -8.0029)
        for ring in content.rings {
            for p in ring.points.prefix(16) {
                let d = Geodesic.wgs84.inverse(from: center, to: try GeoPoint(latitude: p.latitude, longitude: p.longitude)).distance
                #expect(abs(d - ring.radiusKm * 1000) < 1)
            }
            #expect(ring.points.first == ring.points.last)
        }
        #expect(RingMark.label(forKilometres: 12.5) == "12.5 km")
    }

    @Test func outlinesAreLayeredNeighboursFirst() throws {
        var content = try MapFixtures.content([])
        let square = [[[MapPoint(latitude: 0, longitude: 0), MapPoint(latitude: 1, longitude: 0), MapPoint(latitude: 0, longitude: 1),
                        MapPoint(latitude: 0, longitude: 0)]]]
        content.setOutlines([
            Outline(kind: .focusCountry, name: "Mali", country: "ML", polygons: square),
            Outline(kind: .admin1, name: "Kayes", country: "ML", polygons: square),
            Outline(kind: .neighbour, name: "Senegal", country: "SN", polygons: square),
        ])
        #expect(content.outlines.map(\.name) == ["Senegal", "Kayes", "Mali"])
    }

    @Test func markerAreaGrowsWithDeathsAndIsCapped() {
        #expect(MarkerScale.radius(killed: nil) == MarkerScale.minimumRadius)
        #expect(MarkerScale.radius(killed: 0) == MarkerScale.minimumRadius)
        #expect(MarkerScale.radius(killed: 1) < MarkerScale.radius(killed: 10))
        #expect(MarkerScale.radius(killed: 100_000) == MarkerScale.maximumRadius)
    }

    @Test func everyACLEDTypeHasItsOwnColour() {
        let colors = EventPalette.entries.map(\.color)
        #expect(EventPalette.entries.count == 6)
        #expect(Set(colors).count == 6)
        #expect(EventPalette.color(of: "Something else") == EventPalette.other.color)
    }

    @Test func outlinesAreSimplifiedAndClipped() throws {
        let context = try GEOSContext()
        // A 1 x 1 degree square with a dense edge: simplification keeps its corners only.
        var coords = (0...100).map { "\(Double($0) / 100) 0" }
        coords += ["1 1", "0 1", "0 0"]
        let wkb = try Geometry(wkt: "POLYGON((\(coords.joined(separator: ", "))))", context: context).wkb()
        let simplifier = try OutlineSimplifier(tolerance: 0.01)
        let outline = try #require(try simplifier.outline(kind: .neighbour, name: "Square", country: "", wkb: wkb))
        #expect(outline.pointCount == 5)
        let clipped = try #require(try simplifier.outline(kind: .neighbour, name: "Square", country: "", wkb: wkb,
                                                          clip: MapExtent(south: 0, west: 0, north: 0.5, east: 2)))
        #expect(clipped.polygons.flatMap { $0 }.flatMap { $0 }.allSatisfy { $0.latitude <= 0.5 })
        #expect(try simplifier.outline(kind: .neighbour, name: "Square", country: "", wkb: wkb,
                                       clip: MapExtent(south: 5, west: 5, north: 6, east: 6)) == nil)
    }
}
