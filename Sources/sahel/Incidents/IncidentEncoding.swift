import Analysis
import GeoJSON
import Incidents
import Sites

/// The `sahel extract` contract (DESIGN.md) in its three shapes: a JSON line, a GeoJSON Feature, a CSV row;
/// with `surroundings` (`sahel analyze`), the analysis members after it: `compass`, `ring_km`, `region`,
/// `nearest_place`, `nearest_km`, `nearest_phrase`, and in a Feature `kind: "incident"`. Only the members
/// of `fields` are written (`--fields`), in contract order.
///
/// Written straight into bytes, member by member, as `GeocodeEncoding` does: a store export runs to millions
/// of incidents. Coordinates have 6 decimals (about 0.1 m), kilometres and bearings 3. `sources` is written
/// only when given (store exports of merged incidents), `warnings` only when there are some.
struct IncidentEncoding: Sendable {
    /// What is written; for a JSON line, `location` and `evidence` are written (whole) when any of their
    /// fields is here (see `IncidentFieldSet.written(as:)`).
    let fields: IncidentFieldSet
    /// Whether a Feature carries `kind: "incident"` (beside `sahel analyze`'s rings and regions).
    let surroundings: Bool
    private let encoder = FeatureEncoder(coordinateDecimals: 6)

    init(fields: IncidentFieldSet, surroundings: Bool) {
        self.fields = fields
        self.surroundings = surroundings
    }

    /// The CSV header: the names of `fields`, and a newline.
    var csvHeader: [UInt8] {
        Array((fields.members.map(\.name).joined(separator: ",") + "\n").utf8)
    }

    /// `{"doc_id", "incident_id", ..., "location": {...} | null, ..., "evidence": {...}}` and a newline.
    func appendLine(_ record: IncidentRecord, into out: inout JSONBytes) {
        let incident = record.incident
        out.appendRaw("{")
        appendEventMembers(incident, into: &out)
        if fields.containsAny(IncidentField.location) {
            out.member("location")
            if let location = incident.location {
                out.appendRaw("{")
                out.member("name")
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
                    out.member("name")
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
        }
        appendCapitalMembers(record.annotation, into: &out)
        if fields.containsAny(IncidentField.evidence) {
            out.member("evidence")
            out.appendRaw("{")
            out.member("start")
            out.integer(incident.evidence.start)
            out.member("end")
            out.integer(incident.evidence.end)
            out.member("text")
            out.appendString(incident.evidence.text)
            out.appendRaw("}")
        }
        appendOptionalLists(incident, sources: record.sources, into: &out)
        appendDocumentMembers(record, into: &out)
        appendSurroundings(record.annotation, into: &out)
        out.appendRaw("}\n")
    }

    /// One Feature on one line: a Point at the location (null geometry when unlocated), and the JSON line's
    /// fields as flat properties for map tools: the location's as `location_name`, `precision`, `admin1`, ...,
    /// its anchor as `anchor_name`/`anchor_lat`/`anchor_lon`, its offset as `offset_km`/`offset_bearing_deg`
    /// (`bearing_deg` is the bearing from the capital), the evidence as `evidence_start`/`_end`/`_text`.
    func appendFeature(_ record: IncidentRecord, into out: inout JSONBytes) {
        let incident = record.incident
        let location = incident.location
        if let location {
            encoder.beginPointFeature(longitude: location.longitude, latitude: location.latitude, into: &out)
        } else {
            encoder.beginNullGeometryFeature(into: &out)
        }
        appendEventMembers(incident, into: &out)
        if fields.contains(.locationName) {
            out.member("location_name")
            out.string(location?.name)
        }
        if fields.contains(.precision) {
            out.member("precision")
            out.integer(location?.precision)
        }
        if fields.contains(.admin1) {
            out.member("admin1")
            out.string(location?.admin1)
        }
        if fields.contains(.admin2) {
            out.member("admin2")
            out.string(location?.admin2)
        }
        if fields.contains(.gazetteerID) {
            out.member("gazetteer_id")
            out.integer(location?.gazetteerID)
        }
        if fields.contains(.anchorName) {
            out.member("anchor_name")
            out.string(location?.anchor?.name)
        }
        if fields.contains(.anchorLat) {
            out.member("anchor_lat")
            out.coordinate(location?.anchor?.latitude)
        }
        if fields.contains(.anchorLon) {
            out.member("anchor_lon")
            out.coordinate(location?.anchor?.longitude)
        }
        if fields.contains(.offsetKm) {
            out.member("offset_km")
            out.measure(location?.offsetKm)
        }
        if fields.contains(.offsetBearingDeg) {
            out.member("offset_bearing_deg")
            out.measure(location?.bearing)
        }
        appendCapitalMembers(record.annotation, into: &out)
        if fields.contains(.evidenceStart) {
            out.member("evidence_start")
            out.integer(incident.evidence.start)
        }
        if fields.contains(.evidenceEnd) {
            out.member("evidence_end")
            out.integer(incident.evidence.end)
        }
        if fields.contains(.evidenceText) {
            out.member("evidence_text")
            out.appendString(incident.evidence.text)
        }
        appendOptionalLists(incident, sources: record.sources, into: &out)
        appendDocumentMembers(record, into: &out)
        appendSurroundings(record.annotation, into: &out)
        if surroundings {
            out.member("kind")
            out.appendRaw("\"incident\"")
        }
        encoder.endFeature(into: &out)
    }

    /// One row under `csvHeader`, and a newline. Lists are joined by "; "; a missing value is an empty field.
    func appendCSVRow(_ record: IncidentRecord, into out: inout JSONBytes) {
        let incident = record.incident
        let a = record.annotation
        let location = incident.location
        var row = SelectedCSVRow(fields: fields)
        row.text(.docID, incident.documentID, &out)
        row.text(.incidentID, incident.incidentID, &out)
        row.text(.date, incident.date, &out)
        row.integer(.datePrecision, incident.datePrecision, &out)
        row.text(.eventType, incident.eventType.rawValue, &out)
        row.text(.subEventType, incident.subEventType.rawValue, &out)
        row.integer(.killed, incident.killed, &out)
        row.integer(.injured, incident.injured, &out)
        if fields.contains(.actors) { row.text(.actors, incident.actors.joined(separator: "; "), &out) }
        row.text(.country, incident.country, &out)
        row.text(.locationName, location?.name, &out)
        row.number(.lat, location?.latitude, decimals: 6, &out)
        row.number(.lon, location?.longitude, decimals: 6, &out)
        row.integer(.precision, location?.precision, &out)
        row.text(.admin1, location?.admin1, &out)
        row.text(.admin2, location?.admin2, &out)
        row.integer(.gazetteerID, location?.gazetteerID, &out)
        row.text(.anchorName, location?.anchor?.name, &out)
        row.number(.anchorLat, location?.anchor?.latitude, decimals: 6, &out)
        row.number(.anchorLon, location?.anchor?.longitude, decimals: 6, &out)
        row.number(.offsetKm, location?.offsetKm, decimals: 3, &out)
        row.number(.offsetBearingDeg, location?.bearing, decimals: 3, &out)
        row.text(.capital, a?.capital?.name, &out)
        row.number(.distanceKm, a?.distanceKm, decimals: 3, &out)
        row.number(.bearingDeg, a?.bearingDeg, decimals: 3, &out)
        row.integer(.evidenceStart, incident.evidence.start, &out)
        row.integer(.evidenceEnd, incident.evidence.end, &out)
        row.text(.evidenceText, incident.evidence.text, &out)
        if fields.contains(.sources) { row.text(.sources, record.sources?.joined(separator: "; "), &out) }
        if fields.contains(.warnings) { row.text(.warnings, incident.warnings.joined(separator: "; "), &out) }
        row.text(.url, record.url, &out)
        row.text(.title, record.title, &out)
        row.text(.compass, a?.compassPhrase, &out)
        row.number(.ringKm, a?.ringKm, decimals: 3, &out)
        row.text(.region, a?.region?.name, &out)
        row.text(.nearestPlace, a?.nearest?.name, &out)
        row.number(.nearestKm, a?.nearest?.distanceKm, decimals: 3, &out)
        row.text(.nearestPhrase, a?.nearest?.phrase, &out)
        let protected = a?.protected
        row.text(.nearestSite, protected?.site?.name, &out)
        row.number(.siteKm, protected?.site?.kilometres, decimals: 3, &out)
        row.number(.siteBearingDeg, protected?.site?.bearing, decimals: 3, &out)
        row.text(.sitePhrase, protected?.site?.phrase, &out)
        row.text(.siteAlert, protected?.alert.map { $0 ? "true" : "false" }, &out)
        row.text(.nearestRoute, protected?.route?.name, &out)
        row.number(.routeKm, protected?.route?.kilometres, decimals: 3, &out)
        row.number(.routeAtKm, protected?.route?.atKilometres, decimals: 3, &out)
        out.appendByte(UInt8(ascii: "\n"))
    }

    /// `doc_id` to `country`: the members the JSON line and the Feature share, the first of their object.
    private func appendEventMembers(_ incident: Incident, into out: inout JSONBytes) {
        if fields.contains(.docID) {
            out.member("doc_id")
            out.appendString(incident.documentID)
        }
        if fields.contains(.incidentID) {
            out.member("incident_id")
            out.appendString(incident.incidentID)
        }
        if fields.contains(.date) {
            out.member("date")
            out.string(incident.date)
        }
        if fields.contains(.datePrecision) {
            out.member("date_precision")
            out.integer(incident.datePrecision)
        }
        if fields.contains(.eventType) {
            out.member("event_type")
            out.appendString(incident.eventType.rawValue)
        }
        if fields.contains(.subEventType) {
            out.member("sub_event_type")
            out.appendString(incident.subEventType.rawValue)
        }
        if fields.contains(.killed) {
            out.member("killed")
            out.integer(incident.killed)
        }
        if fields.contains(.injured) {
            out.member("injured")
            out.integer(incident.injured)
        }
        if fields.contains(.actors) {
            out.member("actors")
            out.strings(incident.actors)
        }
        if fields.contains(.country) {
            out.member("country")
            out.string(incident.country)
        }
    }

    private func appendCapitalMembers(_ annotation: IncidentAnnotation?, into out: inout JSONBytes) {
        if fields.contains(.capital) {
            out.member("capital")
            out.string(annotation?.capital?.name)
        }
        if fields.contains(.distanceKm) {
            out.member("distance_km")
            out.measure(annotation?.distanceKm)
        }
        if fields.contains(.bearingDeg) {
            out.member("bearing_deg")
            out.measure(annotation?.bearingDeg)
        }
    }

    /// What `sahel analyze` adds: the compass phrase, ring, region and nearest settlement.
    private func appendSurroundings(_ annotation: IncidentAnnotation?, into out: inout JSONBytes) {
        if fields.contains(.compass) {
            out.member("compass")
            out.string(annotation?.compassPhrase)
        }
        if fields.contains(.ringKm) {
            out.member("ring_km")
            out.measure(annotation?.ringKm)
        }
        if fields.contains(.region) {
            out.member("region")
            out.string(annotation?.region?.name)
        }
        if fields.contains(.nearestPlace) {
            out.member("nearest_place")
            out.string(annotation?.nearest?.name)
        }
        if fields.contains(.nearestKm) {
            out.member("nearest_km")
            out.measure(annotation?.nearest?.distanceKm)
        }
        if fields.contains(.nearestPhrase) {
            out.member("nearest_phrase")
            out.string(annotation?.nearest?.phrase)
        }
        appendProtected(annotation?.protected, into: &out)
    }

    /// What `--sites`, `--alert-km` and `--routes` add: the nearest site and route.
    private func appendProtected(_ protected: SiteAnnotation?, into out: inout JSONBytes) {
        if fields.contains(.nearestSite) {
            out.member("nearest_site")
            out.string(protected?.site?.name)
        }
        if fields.contains(.siteKm) {
            out.member("site_km")
            out.measure(protected?.site?.kilometres)
        }
        if fields.contains(.siteBearingDeg) {
            out.member("site_bearing_deg")
            out.measure(protected?.site?.bearing)
        }
        if fields.contains(.sitePhrase) {
            out.member("site_phrase")
            out.string(protected?.site?.phrase)
        }
        if fields.contains(.siteAlert) {
            out.member("site_alert")
            if let alert = protected?.alert { out.appendRaw(alert ? "true" : "false") } else { out.appendRaw("null") }
        }
        if fields.contains(.nearestRoute) {
            out.member("nearest_route")
            out.string(protected?.route?.name)
        }
        if fields.contains(.routeKm) {
            out.member("route_km")
            out.measure(protected?.route?.kilometres)
        }
        if fields.contains(.routeAtKm) {
            out.member("route_at_km")
            out.measure(protected?.route?.atKilometres)
        }
    }

    /// The report's `url` and `title`, when it has them (a web page, a feed item, a JSONL line that says).
    private func appendDocumentMembers(_ record: IncidentRecord, into out: inout JSONBytes) {
        if let url = record.url, fields.contains(.url) {
            out.member("url")
            out.appendString(url)
        }
        if let title = record.title, fields.contains(.title) {
            out.member("title")
            out.appendString(title)
        }
    }

    private func appendOptionalLists(_ incident: Incident, sources: [String]?, into out: inout JSONBytes) {
        if let sources, fields.contains(.sources) {
            out.member("sources")
            out.strings(sources)
        }
        if !incident.warnings.isEmpty, fields.contains(.warnings) {
            out.member("warnings")
            out.strings(incident.warnings)
        }
    }
}

/// The comma bookkeeping of one CSV row, writing only the fields of the set; the caller ends it with a newline.
/// A CSV row of the selected fields only: each value is written (through the shared `CSVRow`) when its
/// field is selected, skipped with its separator otherwise.
private struct SelectedCSVRow {
    let fields: IncidentFieldSet
    private var row = CSVRow()

    init(fields: IncidentFieldSet) {
        self.fields = fields
    }

    mutating func text(_ field: IncidentField, _ value: String?, _ out: inout JSONBytes) {
        if fields.contains(field) { row.text(value, &out) }
    }

    mutating func integer<I: BinaryInteger>(_ field: IncidentField, _ value: I?, _ out: inout JSONBytes) {
        if fields.contains(field) { row.integer(value, &out) }
    }

    mutating func number(_ field: IncidentField, _ value: Double?, decimals: Int, _ out: inout JSONBytes) {
        if fields.contains(field) { row.number(value, decimals: decimals, &out) }
    }
}

extension JSONBytes {
    /// `"name":`, after a comma unless it opens its object (which of the members come first depends on the
    /// fields written: a member directly after `{` is the first).
    fileprivate mutating func member(_ name: StaticString) {
        appendRaw(bytes.last == UInt8(ascii: "{") ? "\"" : ",\"")
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
