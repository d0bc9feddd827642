import Foundation
import Gazetteer
import GeoJSON
import Incidents
import Spatial
import Testing
import TestSupport
@testable import Analysis

/// Annotation against the built default gazetteer: its capitals (Bamako at the team's reference point), its
/// admin-1 boundaries (Natural Earth) and its settlements.
@Suite("Incident annotation")
struct IncidentAnnotatorTests {
    static let database = TestPaths.packageRoot.appendingPathComponent("Gazetteer/build/sahel.sqlite").path

    private func gazetteer() throws -> GazetteerStore { try GazetteerStore(readingFrom: Self.database) }

    private func incident(at latitude: Double, _ longitude: Double, country: String?, name: String = "X",
                          killed: Int? = 1) -> Incident {
        Incident(documentID: "d", incidentID: "d-1", date: "2022-07-22", datePrecision: 1, eventType: .battles,
                 subEventType: .armedClash, killed: killed, injured: nil, actors: [], country: country,
                 location: IncidentLocation(name: name, latitude: latitude, longitude: longitude, precision: 1,
                                            admin1: nil, admin2: nil, gazetteerID: nil),
                 evidence: Evidence(start: 0, end: 1, text: "x"))
    }

    private func annotator(_ store: GazetteerStore, rings: String = "50,100,200,300,500") throws -> IncidentAnnotator {
        IncidentAnnotator(capitals: CapitalDirectory(gazetteer: store), rings: try DistanceRings(parsing: rings), gazetteer: store)
    }

    @Test("Kati (GeoNames' point): 13.9 km NNW of Bamako's centre, in the 50 km ring, in Koulikoro, at Kati")
    func kati() throws {
        let store = try gazetteer()
        let annotation = try annotator(store).annotate(incident(at: 12.74409, -8.07257, country: "ML", name: "Kati"))
        #expect(annotation.capital?.name == "Bamako")
        #expect(annotation.capital?.point == (try GeoPoint(latitude: 12.6392, longitude: -8.0029)))
        // `echo 12.6392 -8.0029 12.74409 -8.07257 | geod +ellps=WGS84 -I +units=m` gives 13853.234 m, az1 -33.1026°.
        let km = try #require(annotation.distanceKm)
        #expect(abs(km - 13.853234) < 0.0005)
        #expect(abs((annotation.bearingDeg ?? 0) - 326.8974) < 0.001)
        #expect(annotation.compassPhrase == "13.9 km NNW of Bamako")
        #expect(annotation.ringKm == 50)
        #expect(annotation.region?.name == "Koulikoro")
        #expect(annotation.region?.country == "ML")
        #expect(annotation.nearest?.name == "Kati")
    }

    @Test("each incident is measured from its own country's capital; a fixed capital overrides it")
    func capitalOfTheIncidentsCountry() throws {
        let store = try gazetteer()
        let ouaga = try #require(try store.capital(ofCountry: "BF"))
        let annotation = try annotator(store).annotate(incident(at: ouaga.latitude, ouaga.longitude, country: "BF"))
        #expect(annotation.capital?.name == ouaga.name)
        #expect(annotation.distanceKm == 0)
        #expect(annotation.compassPhrase == "at \(ouaga.name)")
        #expect(annotation.region?.country == "BF")

        let bamako = CapitalPoint(name: "Bamako", country: "ML", point: try GeoPoint(latitude: 12.6392, longitude: -8.0029))
        let fixed = IncidentAnnotator(capitals: CapitalDirectory(fixed: bamako), rings: try DistanceRings(parsing: "500,1000"),
                                      gazetteer: store)
        let far = try fixed.annotate(incident(at: ouaga.latitude, ouaga.longitude, country: "BF"))
        #expect(far.capital == bamako)
        #expect(far.ringKm == 1000)      // Ouagadougou is about 700 km from Bamako
        #expect(far.compassPhrase?.hasSuffix(" km E of Bamako") == true || far.compassPhrase?.hasSuffix(" km ESE of Bamako") == true)
    }

    @Test("beyond the last ring, no ring; an unlocated incident, or one of a country without capital, only what is known")
    func partialAnnotations() throws {
        let store = try gazetteer()
        let tombouctou = try annotator(store).annotate(incident(at: 16.7735, -3.0074, country: "ML"))
        #expect((tombouctou.distanceKm ?? 0) > 500)
        #expect(tombouctou.ringKm == nil)
        #expect(tombouctou.region?.name != nil)

        var unlocated = incident(at: 0, 0, country: "ML")
        unlocated.location = nil
        #expect(try annotator(store).annotate(unlocated) == IncidentAnnotation())

        let nowhere = try annotator(store).annotate(incident(at: 12.74409, -8.07257, country: nil))
        #expect(nowhere.capital == nil && nowhere.distanceKm == nil && nowhere.region == nil)
        #expect(nowhere.nearest?.name == "Kati")   // the settlement does not need a country
    }

    @Test("ring and region tallies count incidents and killed per band and per region")
    func tallies() throws {
        let store = try gazetteer()
        let annotate = try annotator(store, rings: "50,100")
        var tally = AreaTally()
        let kati = incident(at: 12.74409, -8.07257, country: "ML", killed: 6)
        let koulikoro = incident(at: 12.8627, -7.5599, country: "ML", killed: nil)    // about 54 km ENE of Bamako
        let bamako = incident(at: 12.6392, -8.0029, country: "ML", killed: 2)
        for i in [kati, koulikoro, bamako] { tally.add(i, try annotate.annotate(i)) }
        let capital = try #require(tally.capitals.first)
        #expect(tally.capitals.count == 1)
        #expect(tally.counts(capital: capital, radiusKm: 50) == { var c = AreaTally.Counts(); c.incidents = 2; c.killed = 8; return c }())
        #expect(tally.counts(capital: capital, radiusKm: 100).incidents == 1)
        #expect(tally.counts(capital: capital, radiusKm: 100).killed == 0)
        let regions = tally.regionsByName.map { ($0.boundary.name, $0.counts.incidents) }
        #expect(regions.map(\.0) == ["Bamako", "Koulikoro"])
        #expect(regions.map(\.1) == [1, 2])
    }

    @Test("ring polygons: closed, every vertex at its radius within 1 m by geodesic inverse")
    func ringPolygons() throws {
        let center = try GeoPoint(latitude: 12.6392, longitude: -8.0029)
        let rings = try AreaPolygons.rings(around: center, radii: try DistanceRings(parsing: "50,100,500"), segments: 360)
        #expect(rings.map(\.radiusKm) == [50, 100, 500])
        for (radius, polygon) in rings {
            guard case .polygon(let parts) = polygon, let ring = parts.first else { Issue.record("not a polygon"); continue }
            #expect(parts.count == 1)
            #expect(ring.count == 361)
            #expect(ring.first == ring.last)
            for vertex in ring {
                let point = try GeoPoint(latitude: vertex.latitude, longitude: vertex.longitude)
                let metres = Geodesic.wgs84.inverse(from: center, to: point).distance
                #expect(abs(metres - radius * 1000) < 1, "\(vertex) is \(metres) m away")
            }
        }
    }

    @Test("a stored admin-1 polygon comes out as a GeoJSON MultiPolygon with its rings closed")
    func regionPolygon() throws {
        let store = try gazetteer()
        let koulikoro = try #require(try store.boundaries(level: 1, minLongitude: -8.1, minLatitude: 12.7, maxLongitude: -8.0, maxLatitude: 12.8)
            .first { $0.name == "Koulikoro" })
        let geometry = try AreaPolygons.multiPolygon(wkb: koulikoro.wkb, context: try GEOSContext())
        guard case .multiPolygon(let polygons) = geometry else { Issue.record("not a MultiPolygon"); return }
        #expect(!polygons.isEmpty)
        for ring in polygons.flatMap({ $0 }) {
            #expect(ring.count >= 4)
            #expect(ring.first == ring.last)
        }
    }
}
