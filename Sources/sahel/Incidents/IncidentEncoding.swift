import Analysis
import GeoJSON
import Incidents

/// The `sahel extract` contract (DESIGN.md) in its three shapes: a JSON line, a GeoJSON Feature, a CSV row;
/// with `surroundings` (`sahel analyze`), the analysis members after it: `compass`, `ring_km`, `region`,
/// `nearest_place`, `nearest_km`, `nearest_phrase`, and in a Feature `kind: "incident"`.
///
/// Written straight into bytes, member by member, as `GeocodeEncoding` does: a store export runs to millions
/// of incidents. Coordinates have 6 decimals (about 0.1 m), kilometres and bearings 3. `sources` is written
/// only when given (store exports of merged incidents), `warnings` only when there are some.
enum IncidentEncoding {
    /// The CSV columns: the JSON line's fields, flattened, with `lat`/`lon` empty for an unlocated incident.
    static let csvColumns: StaticString = """
        doc_id,incident_id,date,date_precision,event_type,sub_event_type,killed,injured,actors,country,\
        location_name,lat,lon,precision,admin1,admin2,gazetteer_id,anchor_name,anchor_lat,anchor_lon,offset_km,\
        offset_bearing_deg,capital,distance_km,bearing_deg,evidence_start,evidence_end,evidence_text,sources,warnings
        """

    /// The columns `sahel analyze` adds after `csvColumns`.
    static let surroundingsCSVColumns: StaticString = ",compass,ring_km,region,nearest_place,nearest_km,nearest_phrase"

    /// `{"doc_id", "incident_id", ..., "location": {...} | null, ..., "evidence": {...}}` and a newline.
    static func appendLine(_ record: IncidentRecord, surroundings: Bool, into out: inout JSONBytes) {
        let incident = record.incident
        out.appendRaw("{")
        appendEventMembers(incident, into: &out)
        out.member("location")
        if let location = incident.location {
            out.appendRaw("{")
            out.member("name", first: true)
            out.appendString(location.name)
            out.member("lat")
            out.coordinate(location.latitude)
            out.member("lon")
            out.coordinate(location.longitude)
            out.member("precision")
            out.integer(location.precision)
            out.member("admin1")
            out.string(location.admin1)
            out.member("admin2")
            out.string(location.admin2)
            out.member("gazetteer_id")
            out.integer(location.gazetteerID)
            out.member("anchor")
            if let anchor = location.anchor {
                out.appendRaw("{")
                out.member("name", first: true)
                out.appendString(anchor.name)
                out.member("lat")
                out.coordinate(anchor.latitude)
                out.member("lon")
                out.coordinate(anchor.longitude)
                out.appendRaw("}")
            } else {
                out.appendRaw("null")
            }
            out.member("offset_km")
            out.measure(location.offsetKm)
            out.member("bearing_deg")
            out.measure(location.bearing)
            out.appendRaw("}")
        } else {
            out.appendRaw("null")
        }
        appendCapitalMembers(record.annotation, into: &out)
        out.member("evidence")
        out.appendRaw("{")
        out.member("start", first: true)
        out.integer(incident.evidence.start)
        out.member("end")
        out.integer(incident.evidence.end)
        out.member("text")
        out.appendString(incident.evidence.text)
        out.appendRaw("}")
        appendOptionalLists(incident, sources: record.sources, into: &out)
        if surroundings { appendSurroundings(record.annotation, into: &out) }
        out.appendRaw("}\n")
    }

    /// One Feature on one line: a Point at the location (null geometry when unlocated), and the JSON line's
    /// fields as flat properties for map tools: the location's as `location_name`, `precision`, `admin1`, ...,
    /// its anchor as `anchor_name`/`anchor_lat`/`anchor_lon`, its offset as `offset_km`/`offset_bearing_deg`
    /// (`bearing_deg` is the bearing from the capital), the evidence as `evidence_start`/`_end`/`_text`.
    static func appendFeature(_ record: IncidentRecord, surroundings: Bool, encoder: FeatureEncoder,
                              into out: inout JSONBytes) {
        let incident = record.incident
        let location = incident.location
        if let location {
            encoder.beginPointFeature(longitude: location.longitude, latitude: location.latitude, into: &out)
        } else {
            encoder.beginNullGeometryFeature(into: &out)
        }
        appendEventMembers(incident, into: &out)
        out.member("location_name")
        out.string(location?.name)
        out.member("precision")
        out.integer(location?.precision)
        out.member("admin1")
        out.string(location?.admin1)
        out.member("admin2")
        out.string(location?.admin2)
        out.member("gazetteer_id")
        out.integer(location?.gazetteerID)
        out.member("anchor_name")
        out.string(location?.anchor?.name)
        out.member("anchor_lat")
        out.coordinate(location?.anchor?.latitude)
        out.member("anchor_lon")
        out.coordinate(location?.anchor?.longitude)
        out.member("offset_km")
        out.measure(location?.offsetKm)
        out.member("offset_bearing_deg")
        out.measure(location?.bearing)
        appendCapitalMembers(record.annotation, into: &out)
        out.member("evidence_start")
        out.integer(incident.evidence.start)
        out.member("evidence_end")
        out.integer(incident.evidence.end)
        out.member("evidence_text")
        out.appendString(incident.evidence.text)
        appendOptionalLists(incident, sources: record.sources, into: &out)
        if surroundings {
            appendSurroundings(record.annotation, into: &out)
            out.member("kind")
            out.appendRaw("\"incident\"")
        }
        encoder.endFeature(into: &out)
    }

    /// One row under `csvColumns` (and `surroundingsCSVColumns`), and a newline. Lists are joined by "; "; a missing value is an empty field.
    static func appendCSVRow(_ record: IncidentRecord, surroundings: Bool, into out: inout JSONBytes) {
        let incident = record.incident
        let capital = record.annotation
        let location = incident.location
        var row = CSVRow()
        row.text(incident.documentID, &out)
        row.text(incident.incidentID, &out)
        row.text(incident.date, &out)
        row.integer(incident.datePrecision, &out)
        row.text(incident.eventType.rawValue, &out)
        row.text(incident.subEventType.rawValue, &out)
        row.integer(incident.killed, &out)
        row.integer(incident.injured, &out)
        row.text(incident.actors.joined(separator: "; "), &out)
        row.text(incident.country, &out)
        row.text(location?.name, &out)
        row.number(location?.latitude, decimals: 6, &out)
        row.number(location?.longitude, decimals: 6, &out)
        row.integer(location?.precision, &out)
        row.text(location?.admin1, &out)
        row.text(location?.admin2, &out)
        row.integer(location?.gazetteerID, &out)
        row.text(location?.anchor?.name, &out)
        row.number(location?.anchor?.latitude, decimals: 6, &out)
        row.number(location?.anchor?.longitude, decimals: 6, &out)
        row.number(location?.offsetKm, decimals: 3, &out)
        row.number(location?.bearing, decimals: 3, &out)
        row.text(capital?.capital?.name, &out)
        row.number(capital?.distanceKm, decimals: 3, &out)
        row.number(capital?.bearingDeg, decimals: 3, &out)
        row.integer(incident.evidence.start, &out)
        row.integer(incident.evidence.end, &out)
        row.text(incident.evidence.text, &out)
        row.text(record.sources?.joined(separator: "; "), &out)
        row.text(incident.warnings.joined(separator: "; "), &out)
        if surroundings {
            let a = record.annotation
            row.text(a?.compassPhrase, &out)
            row.number(a?.ringKm, decimals: 3, &out)
            row.text(a?.region?.name, &out)
            row.text(a?.nearest?.name, &out)
            row.number(a?.nearest?.distanceKm, decimals: 3, &out)
            row.text(a?.nearest?.phrase, &out)
        }
        out.appendByte(UInt8(ascii: "\n"))
    }

    /// `doc_id` to `country`: the members the JSON line and the Feature share, the first of their object.
    private static func appendEventMembers(_ incident: Incident, into out: inout JSONBytes) {
        out.member("doc_id", first: true)
        out.appendString(incident.documentID)
        out.member("incident_id")
        out.appendString(incident.incidentID)
        out.member("date")
        out.string(incident.date)
        out.member("date_precision")
        out.integer(incident.datePrecision)
        out.member("event_type")
        out.appendString(incident.eventType.rawValue)
        out.member("sub_event_type")
        out.appendString(incident.subEventType.rawValue)
        out.member("killed")
        out.integer(incident.killed)
        out.member("injured")
        out.integer(incident.injured)
        out.member("actors")
        out.strings(incident.actors)
        out.member("country")
        out.string(incident.country)
    }

    private static func appendCapitalMembers(_ annotation: IncidentAnnotation?, into out: inout JSONBytes) {
        out.member("capital")
        out.string(annotation?.capital?.name)
        out.member("distance_km")
        out.measure(annotation?.distanceKm)
        out.member("bearing_deg")
        out.measure(annotation?.bearingDeg)
    }

    /// What `sahel analyze` adds: the compass phrase, ring, region and nearest settlement.
    private static func appendSurroundings(_ annotation: IncidentAnnotation?, into out: inout JSONBytes) {
        out.member("compass")
        out.string(annotation?.compassPhrase)
        out.member("ring_km")
        out.measure(annotation?.ringKm)
        out.member("region")
        out.string(annotation?.region?.name)
        out.member("nearest_place")
        out.string(annotation?.nearest?.name)
        out.member("nearest_km")
        out.measure(annotation?.nearest?.distanceKm)
        out.member("nearest_phrase")
        out.string(annotation?.nearest?.phrase)
    }

    private static func appendOptionalLists(_ incident: Incident, sources: [String]?, into out: inout JSONBytes) {
        if let sources {
            out.member("sources")
            out.strings(sources)
        }
        if !incident.warnings.isEmpty {
            out.member("warnings")
            out.strings(incident.warnings)
        }
    }
}

extension JSONBytes {
    /// `"name":`, after a comma unless it is the object's first member.
    fileprivate mutating func member(_ name: StaticString, first: Bool = false) {
        appendRaw(first ? "\"" : ",\"")
        appendRaw(name)
        appendRaw("\":")
    }

    fileprivate mutating func string(_ value: String?) {
        if let value { appendString(value) } else { appendRaw("null") }
    }

    fileprivate mutating func integer<I: BinaryInteger>(_ value: I?) {
        if let value { appendInteger(Int64(value)) } else { appendRaw("null") }
    }

    /// Degrees of latitude or longitude: six decimals.
    fileprivate mutating func coordinate(_ value: Double?) {
        if let value { appendNumber(value, maxFractionDigits: 6) } else { appendRaw("null") }
    }

    /// Kilometres and bearings: three decimals.
    fileprivate mutating func measure(_ value: Double?) {
        if let value { appendNumber(value, maxFractionDigits: 3) } else { appendRaw("null") }
    }

    fileprivate mutating func strings(_ values: [String]) {
        appendRaw("[")
        for (i, value) in values.enumerated() {
            if i > 0 { appendRaw(",") }
            appendString(value)
        }
        appendRaw("]")
    }
}
