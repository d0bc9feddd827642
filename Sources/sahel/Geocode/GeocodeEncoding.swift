import GeoJSON
import Geocoding

/// The `sahel geocode` output contract (DESIGN.md): one JSON object per document, and a Feature per mention.
struct GeocodeEncoding: Sendable {
    /// Adds each mention's `reasons`.
    let explain: Bool

    /// `{"doc_id", "lang", "focus", "places": [...]}`.
    func document(id: String, _ result: GeocodedDocument) -> JSONObject {
        var object = JSONObject()
        object["doc_id"] = .string(id)
        object["lang"] = .string(result.language.rawValue)
        object["focus"] = .object(focus(result))
        object["places"] = .array(result.places.map { .object(mention($0)) })
        return object
    }

    /// One Point Feature per mention; properties are the mention's fields without coordinates, plus `doc_id`.
    func features(id: String, _ result: GeocodedDocument) -> [Feature] {
        result.places.map { mention in
            var properties = JSONObject()
            properties["doc_id"] = .string(id)
            for (key, value) in self.mention(mention) where key != "lat" && key != "lon" {
                properties[key] = value
            }
            return Feature(geometry: .point(Position(longitude: Self.rounded(mention.longitude),
                                                     latitude: Self.rounded(mention.latitude))),
                           properties: properties)
        }
    }

    func focus(_ result: GeocodedDocument) -> JSONObject {
        var object = JSONObject()
        object["country"] = result.focus.country.map(JSONValue.string) ?? .null
        object["admin1"] = result.focus.admin1.map(JSONValue.string) ?? .null
        let main = result.focus.mainPlace.map { result.places[$0] }
        object["name"] = main.map { .string($0.name) } ?? .null
        object["lat"] = main.map { .number(Self.rounded($0.latitude)) } ?? .null
        object["lon"] = main.map { .number(Self.rounded($0.longitude)) } ?? .null
        object["precision"] = main?.precision.map { .integer(Int64($0)) } ?? .null
        object["place_index"] = result.focus.mainPlace.map { .integer(Int64($0)) } ?? .null
        return object
    }

    func mention(_ m: PlaceMention) -> JSONObject {
        var object = JSONObject()
        object["surface"] = .string(m.surface)
        object["start"] = .integer(Int64(m.start))
        object["end"] = .integer(Int64(m.end))
        object["name"] = .string(m.name)
        object["lat"] = .number(Self.rounded(m.latitude))
        object["lon"] = .number(Self.rounded(m.longitude))
        object["country"] = .string(m.country)
        object["admin1"] = m.admin1.map(JSONValue.string) ?? .null
        object["admin2"] = m.admin2.map(JSONValue.string) ?? .null
        object["feature"] = .string(m.feature)
        object["precision"] = m.precision.map { .integer(Int64($0)) } ?? .null
        object["score"] = .number(m.score)
        object["gazetteer_id"] = m.gazetteerID.map { .integer($0) } ?? .null
        object["role"] = .string(m.role.rawValue)
        if let cue = m.cue { object["cue"] = .string(cue.rawValue) }
        if let relative = m.relative { object["relative"] = .object(self.relative(relative)) }
        if explain { object["reasons"] = .array(m.reasons.map(JSONValue.string)) }
        return object
    }

    private func relative(_ r: RelativeLocation) -> JSONObject {
        var object = JSONObject()
        object["phrase"] = .string(r.phrase)
        object["anchors"] = .array(r.anchors.map { anchor in
            .object([
                "name": .string(anchor.name), "lat": .number(Self.rounded(anchor.latitude)),
                "lon": .number(Self.rounded(anchor.longitude)),
                "gazetteer_id": anchor.gazetteerID.map { .integer($0) } ?? .null,
            ])
        })
        object["offset_km"] = r.offsetKm.map(JSONValue.number) ?? .null
        object["bearing_deg"] = r.bearing.map(JSONValue.number) ?? .null
        object["uncertainty_km"] = r.uncertaintyKm.map(JSONValue.number) ?? .null
        return object
    }

    /// Six decimals (about 0.1 m), as every output of the toolkit.
    static func rounded(_ degrees: Double) -> Double { (degrees * 1e6).rounded() / 1e6 }
}
