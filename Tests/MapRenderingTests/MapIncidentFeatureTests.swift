import GeoJSON
import MapRendering
import Testing

@Suite struct MapIncidentFeatureTests {
    private func feature(_ geometry: Geometry?, _ properties: JSONObject) -> Feature {
        Feature(geometry: geometry, properties: properties)
    }

    @Test func readsTheExtractProperties() throws {
        let f = feature(.point(Position(longitude: -8.07, latitude: 12.74)), [
            "incident_id": "doc#2", "date": "2022-07-22", "event_type": "Battles", "sub_event_type": "Armed clash",
            "killed": 1, "injured": .null, "actors": ["FAMa", "JNIM"], "country": "ML", "location_name": "Kati",
            "admin1": "Koulikoro", "evidence_text": "Une attaque à Kati.",
        ])
        guard case .incident(let mark) = try IncidentMark.reading(f, fallbackID: "x") else {
            Issue.record("not read as an incident")
            return
        }
        #expect(mark.id == "doc#2")
        #expect(mark.killed == 1 && mark.injured == nil)
        #expect(mark.actors == ["FAMa", "JNIM"])
        #expect(mark.point == MapPoint(latitude: 12.74, longitude: -8.07))
        #expect(mark.place == "Kati" && mark.evidence == "Une attaque à Kati.")
    }

    @Test func nullGeometryIsUnlocated() throws {
        guard case .incident(let mark) = try IncidentMark.reading(feature(nil, ["event_type": "Riots"]), fallbackID: "line 3") else {
            Issue.record("not read as an incident")
            return
        }
        #expect(mark.point == nil)
        #expect(mark.id == "line 3")
    }

    @Test func analyzeRingsAndRegionsAreSkipped() throws {
        let ring = feature(.polygon([[Position(longitude: 0, latitude: 0), Position(longitude: 1, latitude: 0),
                                      Position(longitude: 1, latitude: 1), Position(longitude: 0, latitude: 0)]]),
                           ["kind": "ring", "radius_km": 50])
        #expect(try IncidentMark.reading(ring, fallbackID: "x") == .skipped(reason: "kind \"ring\""))
        let incident = feature(nil, ["kind": "incident", "event_type": "Battles"])
        guard case .incident = try IncidentMark.reading(incident, fallbackID: "x") else {
            Issue.record("kind incident was skipped")
            return
        }
    }

    @Test func wrongTypesNameTheProperty() {
        #expect(throws: IncidentMark.PropertyError(property: "killed", message: "must be a whole number >= 0 or null, found string")) {
            try IncidentMark.reading(feature(nil, ["killed": "many"]), fallbackID: "x")
        }
        #expect(throws: IncidentMark.PropertyError.self) {
            try IncidentMark.reading(feature(nil, ["actors": [1, 2]]), fallbackID: "x")
        }
    }
}
