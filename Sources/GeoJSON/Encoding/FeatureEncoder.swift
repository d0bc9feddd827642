/// Encodes Features and geometries as RFC 7946 GeoJSON text: WGS 84 `[lon, lat]` coordinates
/// rounded to `coordinateDecimals`, polygons re-oriented so exterior rings are
/// counter-clockwise and holes clockwise (shoelace signed area in lon/lat), no `crs` member.
///
/// Besides whole `Feature` values it has a fast path for point features, for callers that
/// stream millions of rows without building a `Feature` for each:
///
/// ```swift
/// encoder.beginPointFeature(longitude: lon, latitude: lat, into: &out)
/// FeatureEncoder.appendPropertyKey("event_type", first: true, into: &out)
/// out.appendString(eventType)
/// FeatureEncoder.appendPropertyKey("killed", first: false, into: &out)
/// out.appendInteger(killed)
/// encoder.endFeature(into: &out)
/// ```
public struct FeatureEncoder: Sendable {
    /// Decimals kept in coordinates (and bbox values); 6 is about 0.1 m.
    public var coordinateDecimals: Int

    public init(coordinateDecimals: Int = 6) {
        self.coordinateDecimals = coordinateDecimals
    }

    // MARK: - Whole values

    /// Appends `{"type":"Feature",["id":..,]["bbox":..,]"geometry":..,"properties":..}`.
    public func encode(_ feature: Feature, into out: inout JSONBytes) {
        out.appendRaw(#"{"type":"Feature""#)
        switch feature.id {
        case .string(let s)?:
            out.appendRaw(#","id":"#)
            out.appendString(s)
        case .number(let n)?:
            out.appendRaw(#","id":"#)
            out.appendInteger(n)
        case nil:
            break
        }
        if let bbox = feature.bbox {
            out.appendRaw(#","bbox":"#)
            appendBBox(bbox, into: &out)
        }
        out.appendRaw(#","geometry":"#)
        if let geometry = feature.geometry { encode(geometry, into: &out) } else { out.appendRaw("null") }
        out.appendRaw(#","properties":"#)
        if let properties = feature.properties { out.appendObject(properties) } else { out.appendRaw("null") }
        out.appendRaw("}")
    }

    /// Appends a geometry object.
    public func encode(_ geometry: Geometry, into out: inout JSONBytes) {
        if case .geometryCollection(let members) = geometry {
            out.appendRaw(#"{"type":"GeometryCollection","geometries":["#)
            for (i, member) in members.enumerated() {
                if i > 0 { out.appendRaw(",") }
                encode(member, into: &out)
            }
            out.appendRaw("]}")
            return
        }
        out.appendRaw(#"{"type":""#)
        out.appendRaw(geometry.typeName.utf8)
        out.appendRaw(#"","coordinates":"#)
        switch geometry {
        case .point(let p): appendPosition(p, into: &out)
        case .multiPoint(let ps), .lineString(let ps): appendPositions(ps, into: &out)
        case .multiLineString(let lines): appendList(lines, into: &out) { appendPositions($0, into: &$1) }
        case .polygon(let rings): appendPolygon(rings, into: &out)
        case .multiPolygon(let polygons): appendList(polygons, into: &out) { appendPolygon($0, into: &$1) }
        case .geometryCollection: break
        }
        out.appendRaw("}")
    }

    /// Appends a bbox array with the same rounding as coordinates, so it matches them exactly.
    public func appendBBox(_ bbox: [Double], into out: inout JSONBytes) {
        out.appendRaw("[")
        for (i, value) in bbox.enumerated() {
            if i > 0 { out.appendRaw(",") }
            out.appendNumber(value, maxFractionDigits: coordinateDecimals)
        }
        out.appendRaw("]")
    }

    // MARK: - Fast path

    /// Begins a point feature: writes
    /// `{"type":"Feature","geometry":{"type":"Point","coordinates":[lon,lat]},"properties":{`.
    /// Append properties with `appendPropertyKey` and a value, then call `endFeature`.
    public func beginPointFeature(longitude: Double, latitude: Double, into out: inout JSONBytes) {
        out.appendRaw(#"{"type":"Feature","geometry":{"type":"Point","coordinates":["#)
        out.appendNumber(longitude, maxFractionDigits: coordinateDecimals)
        out.appendRaw(",")
        out.appendNumber(latitude, maxFractionDigits: coordinateDecimals)
        out.appendRaw(#"]},"properties":{"#)
    }

    /// Begins an unlocated feature: writes `{"type":"Feature","geometry":null,"properties":{`.
    public func beginNullGeometryFeature(into out: inout JSONBytes) {
        out.appendRaw(#"{"type":"Feature","geometry":null,"properties":{"#)
    }

    /// Appends `"key":`, preceded by a comma unless it is the first property.
    public static func appendPropertyKey(_ key: String, first: Bool, into out: inout JSONBytes) {
        if !first { out.appendRaw(",") }
        out.appendString(key)
        out.appendRaw(":")
    }

    /// Closes the properties object and the feature: `}}`.
    public func endFeature(into out: inout JSONBytes) {
        out.appendRaw("}}")
    }

    // MARK: - Coordinates

    private func appendPosition(_ p: Position, into out: inout JSONBytes) {
        out.appendRaw("[")
        out.appendNumber(p.longitude, maxFractionDigits: coordinateDecimals)
        out.appendRaw(",")
        out.appendNumber(p.latitude, maxFractionDigits: coordinateDecimals)
        if let altitude = p.altitude {
            out.appendRaw(",")
            out.appendNumber(altitude, maxFractionDigits: coordinateDecimals)
        }
        out.appendRaw("]")
    }

    private func appendPositions<S: Sequence<Position>>(_ positions: S, into out: inout JSONBytes) {
        out.appendRaw("[")
        var first = true
        for p in positions {
            if !first { out.appendRaw(",") }
            first = false
            appendPosition(p, into: &out)
        }
        out.appendRaw("]")
    }

    private func appendPolygon(_ rings: [[Position]], into out: inout JSONBytes) {
        out.appendRaw("[")
        for (i, ring) in rings.enumerated() {
            if i > 0 { out.appendRaw(",") }
            // Reversed in place of a copy: the ring is walked backwards while writing.
            if RingOrientation.needsReversal(ring, exterior: i == 0) {
                appendPositions(ring.reversed(), into: &out)
            } else {
                appendPositions(ring, into: &out)
            }
        }
        out.appendRaw("]")
    }

    private func appendList<T>(_ items: [T], into out: inout JSONBytes, _ element: (T, inout JSONBytes) -> Void) {
        out.appendRaw("[")
        for (i, item) in items.enumerated() {
            if i > 0 { out.appendRaw(",") }
            element(item, &out)
        }
        out.appendRaw("]")
    }
}
