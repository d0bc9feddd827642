import GeoJSON
import Geocoding

/// The `sahel geocode` output contract (DESIGN.md): one JSON object per document, and a Feature or a CSV row
/// per mention.
///
/// Lines are written straight into bytes, member by member (no intermediate dictionaries): encoding is a
/// fifth of a short document's cost otherwise.
struct GeocodeEncoding: Sendable {
    /// Adds each mention's `reasons`.
    let explain: Bool

    /// `{"doc_id", "lang", "focus", "places": [...]}` and a newline; a web page's or feed item's `url` and
    /// `title` after `doc_id` when the document has them.
    func appendLine(id: String, url: String? = nil, title: String? = nil, _ result: GeocodedDocument,
                    into out: inout JSONBytes) {
        var object = Members()
        out.appendRaw("{")
        object.string("doc_id", id, &out)
        if let url { object.string("url", url, &out) }
        if let title { object.string("title", title, &out) }
        object.string("lang", result.language.rawValue, &out)
        object.key("focus", &out)
        appendFocus(result, into: &out)
        object.key("places", &out)
        out.appendRaw("[")
        for (i, mention) in result.places.enumerated() {
            if i > 0 { out.appendRaw(",") }
            appendMention(mention, into: &out, coordinates: true)
        }
        out.appendRaw("]}\n")
    }

    /// One Point Feature per mention; properties are the mention's fields without coordinates, plus `doc_id`.
    func appendFeatures(id: String, url: String? = nil, title: String? = nil, _ result: GeocodedDocument,
                        separator: StaticString, first: inout Bool, into out: inout JSONBytes) {
        let encoder = FeatureEncoder(coordinateDecimals: 6)
        for mention in result.places {
            if !first { out.appendRaw(separator) }
            first = false
            encoder.beginPointFeature(longitude: mention.longitude, latitude: mention.latitude, into: &out)
            FeatureEncoder.appendPropertyKey("doc_id", first: true, into: &out)
            out.appendString(id)
            out.appendRaw(",")
            for (key, value) in [("url", url), ("title", title)] {
                guard let value else { continue }
                out.appendString(key)
                out.appendRaw(":")
                out.appendString(value)
                out.appendRaw(",")
            }
            appendMentionMembers(mention, into: &out, coordinates: false)
            encoder.endFeature(into: &out)
        }
    }

    /// The CSV header: `doc_id`, then a mention's contract fields with its coordinates as `lat`/`lon` (the
    /// names spreadsheets, QGIS and GDAL look for), and a newline.
    static let csvHeader: StaticString = """
        doc_id,surface,start,end,name,lat,lon,country,admin1,admin2,feature,precision,score,gazetteer_id,role

        """

    /// One row under `csvHeader` per mention (none for a document without places), each ending in a newline.
    /// A missing value is an empty field; the relative phrase and reasons stay in the JSON formats.
    func appendCSVRows(id: String, _ result: GeocodedDocument, into out: inout JSONBytes) {
        for m in result.places {
            var row = CSVRow()
            row.text(id, &out)
            row.text(m.surface, &out)
            row.integer(m.start, &out)
            row.integer(m.end, &out)
            row.text(m.name, &out)
            row.number(m.latitude, decimals: 6, &out)
            row.number(m.longitude, decimals: 6, &out)
            row.text(m.country, &out)
            row.text(m.admin1, &out)
            row.text(m.admin2, &out)
            row.text(m.feature, &out)
            row.integer(m.precision, &out)
            row.number(m.score, decimals: 3, &out)
            row.integer(m.gazetteerID, &out)
            row.text(m.role.rawValue, &out)
            out.appendByte(UInt8(ascii: "\n"))
        }
    }

    private func appendFocus(_ result: GeocodedDocument, into out: inout JSONBytes) {
        let main = result.focus.mainPlace.map { result.places[$0] }
        var object = Members()
        out.appendRaw("{")
        object.string("country", result.focus.country, &out)
        object.string("admin1", result.focus.admin1, &out)
        object.string("name", main?.name, &out)
        object.coordinate("lat", main?.latitude, &out)
        object.coordinate("lon", main?.longitude, &out)
        object.integer("precision", main?.precision, &out)
        object.integer("place_index", result.focus.mainPlace, &out)
        out.appendRaw("}")
    }

    private func appendMention(_ m: PlaceMention, into out: inout JSONBytes, coordinates: Bool) {
        out.appendRaw("{")
        appendMentionMembers(m, into: &out, coordinates: coordinates)
        out.appendRaw("}")
    }

    private func appendMentionMembers(_ m: PlaceMention, into out: inout JSONBytes, coordinates: Bool) {
        var object = Members()
        object.string("surface", m.surface, &out)
        object.integer("start", m.start, &out)
        object.integer("end", m.end, &out)
        object.string("name", m.name, &out)
        if coordinates {
            object.coordinate("lat", m.latitude, &out)
            object.coordinate("lon", m.longitude, &out)
        }
        object.string("country", m.country, &out)
        object.string("admin1", m.admin1, &out)
        object.string("admin2", m.admin2, &out)
        object.string("feature", m.feature, &out)
        object.integer("precision", m.precision, &out)
        object.number("score", m.score, &out)
        object.integer("gazetteer_id", m.gazetteerID, &out)
        object.string("role", m.role.rawValue, &out)
        if let cue = m.cue { object.string("cue", cue.rawValue, &out) }
        if let relative = m.relative {
            object.key("relative", &out)
            appendRelative(relative, into: &out)
        }
        if explain {
            object.key("reasons", &out)
            out.appendValue(.array(m.reasons.map(JSONValue.string)))
        }
    }

    private func appendRelative(_ r: RelativeLocation, into out: inout JSONBytes) {
        var object = Members()
        out.appendRaw("{")
        object.string("phrase", r.phrase, &out)
        object.key("anchors", &out)
        out.appendRaw("[")
        for (i, anchor) in r.anchors.enumerated() {
            if i > 0 { out.appendRaw(",") }
            var inner = Members()
            out.appendRaw("{")
            inner.string("name", anchor.name, &out)
            inner.coordinate("lat", anchor.latitude, &out)
            inner.coordinate("lon", anchor.longitude, &out)
            inner.integer("gazetteer_id", anchor.gazetteerID, &out)
            out.appendRaw("}")
        }
        out.appendRaw("]")
        object.number("offset_km", r.offsetKm, &out)
        object.number("bearing_deg", r.bearing, &out)
        object.number("uncertainty_km", r.uncertaintyKm, &out)
        out.appendRaw("}")
    }
}

/// The comma bookkeeping of one JSON object's `"key":value` members; the caller opens and closes the braces.
private struct Members {
    private var first = true

    mutating func key(_ key: StaticString, _ out: inout JSONBytes) {
        if !first { out.appendRaw(",") }
        first = false
        out.appendRaw("\"")
        out.appendRaw(key)
        out.appendRaw("\":")
    }

    mutating func string(_ name: StaticString, _ value: String?, _ out: inout JSONBytes) {
        key(name, &out)
        if let value { out.appendString(value) } else { out.appendRaw("null") }
    }

    mutating func integer(_ name: StaticString, _ value: Int?, _ out: inout JSONBytes) {
        key(name, &out)
        if let value { out.appendInteger(Int64(value)) } else { out.appendRaw("null") }
    }

    mutating func integer(_ name: StaticString, _ value: Int64?, _ out: inout JSONBytes) {
        key(name, &out)
        if let value { out.appendInteger(value) } else { out.appendRaw("null") }
    }

    /// Degrees, six decimals (about 0.1 m), as every output of the toolkit.
    mutating func coordinate(_ name: StaticString, _ value: Double?, _ out: inout JSONBytes) {
        key(name, &out)
        if let value { out.appendNumber(value, maxFractionDigits: 6) } else { out.appendRaw("null") }
    }

    /// Kilometres, degrees of bearing, scores: three decimals.
    mutating func number(_ name: StaticString, _ value: Double?, _ out: inout JSONBytes) {
        key(name, &out)
        if let value { out.appendNumber(value, maxFractionDigits: 3) } else { out.appendRaw("null") }
    }
}
