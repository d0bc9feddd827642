import GeoJSON

/// The map content as the JSON the page's script reads, compact because a page may carry 50,000 incidents.
///
/// Positions are `[lat, lon]` (Leaflet's order), 5 decimals for incidents (about 1 m), 4 for outlines and
/// rings. Each incident is an array, not an object, to keep key names out of a file of 50,000 records:
/// `[lat, lon, type, radius, killed, injured, date, sub_event_type, actors, place, admin1, distance_km,
/// evidence, id]` (`type` indexes `types`; absent values are null).
enum MapPayload {
    static func json(_ content: MapContent, canvasThreshold: Int, cluster: Bool = false) -> [UInt8] {
        var out = JSONBytes(reservingCapacity: 256 + content.incidents.count * 320)
        out.appendRaw("{\"title\":")
        out.appendString(content.title)
        out.appendRaw(",\"renderer\":")
        out.appendString(content.incidents.count > canvasThreshold ? "canvas" : "svg")
        out.appendRaw(cluster ? ",\"cluster\":true" : ",\"cluster\":false")
        out.appendRaw(",\"types\":[")
        for (i, entry) in (EventPalette.entries + [EventPalette.other]).enumerated() {
            if i > 0 { out.appendRaw(",") }
            out.appendRaw("{\"name\":")
            out.appendString(entry.eventType)
            out.appendRaw(",\"color\":")
            out.appendString(entry.color)
            out.appendRaw("}")
        }
        out.appendRaw("],\"capital\":{\"name\":")
        out.appendString(content.capital.name)
        out.appendRaw(",\"at\":")
        position(content.capital.point, decimals: 5, &out)
        out.appendRaw("},\"bounds\":")
        let box = content.viewExtent
        out.appendRaw("[")
        position(MapPoint(latitude: box.south, longitude: box.west), decimals: 4, &out)
        out.appendRaw(",")
        position(MapPoint(latitude: box.north, longitude: box.east), decimals: 4, &out)
        out.appendRaw("],\"rings\":[")
        for (i, ring) in content.rings.enumerated() {
            if i > 0 { out.appendRaw(",") }
            out.appendRaw("{\"label\":")
            out.appendString(ring.label)
            out.appendRaw(",\"labelAt\":")
            if let p = ring.labelPoint { position(p, decimals: 4, &out) } else { out.appendRaw("null") }
            out.appendRaw(",\"points\":")
            line(ring.points, &out)
            out.appendRaw("}")
        }
        out.appendRaw("],\"outlines\":[")
        for (i, outline) in content.outlines.enumerated() {
            if i > 0 { out.appendRaw(",") }
            out.appendRaw("{\"kind\":")
            out.appendString(outline.kind.rawValue)
            out.appendRaw(",\"name\":")
            out.appendString(outline.name)
            out.appendRaw(",\"polygons\":[")
            for (j, polygon) in outline.polygons.enumerated() {
                if j > 0 { out.appendRaw(",") }
                out.appendRaw("[")
                for (k, ring) in polygon.enumerated() {
                    if k > 0 { out.appendRaw(",") }
                    line(ring, &out)
                }
                out.appendRaw("]")
            }
            out.appendRaw("]}")
        }
        out.appendRaw("],\"labels\":")
        array(content.labels, &out) { label, out in
            out.appendRaw("{\"name\":")
            out.appendString(label.name)
            out.appendRaw(",\"rank\":")
            out.appendInteger(Int64(label.rank.rawValue))
            out.appendRaw(",\"at\":")
            position(label.point, decimals: 4, &out)
            out.appendRaw("}")
        }
        out.appendRaw(",\"sites\":")
        array(content.sites, &out) { site, out in
            out.appendRaw("{\"name\":")
            out.appendString(site.name)
            out.appendRaw(",\"kind\":")
            string(site.kind, &out)
            out.appendRaw(",\"at\":")
            position(site.point, decimals: 5, &out)
            out.appendRaw("}")
        }
        out.appendRaw(",\"routes\":")
        array(content.routes, &out) { route, out in
            out.appendRaw("{\"name\":")
            out.appendString(route.name)
            out.appendRaw(",\"labelAt\":")
            if let p = route.labelPoint { position(p, decimals: 5, &out) } else { out.appendRaw("null") }
            out.appendRaw(",\"parts\":")
            array(route.parts, &out) { part, out in line(part, &out) }
            out.appendRaw("}")
        }
        out.appendRaw(",\"incidents\":[")
        var written = 0
        for incident in content.incidents {
            guard let p = incident.point else { continue }
            // One incident per line keeps the page readable in a text editor and diffable.
            if written > 0 { out.appendRaw(",\n") }
            written += 1
            out.appendRaw("[")
            out.appendNumber(p.latitude, maxFractionDigits: 5)
            out.appendRaw(",")
            out.appendNumber(p.longitude, maxFractionDigits: 5)
            out.appendRaw(",")
            out.appendInteger(Int64(EventPalette.index(of: incident.eventType)))
            out.appendRaw(",")
            out.appendNumber(MarkerScale.radius(killed: incident.killed), maxFractionDigits: 1)
            out.appendRaw(",")
            integer(incident.killed, &out)
            out.appendRaw(",")
            integer(incident.injured, &out)
            out.appendRaw(",")
            string(incident.date, &out)
            out.appendRaw(",")
            string(incident.subEventType, &out)
            out.appendRaw(",")
            string(incident.actors.isEmpty ? nil : incident.actors.joined(separator: "; "), &out)
            out.appendRaw(",")
            string(incident.place, &out)
            out.appendRaw(",")
            string(incident.admin1, &out)
            out.appendRaw(",")
            if let km = incident.distanceKm { out.appendNumber(km, maxFractionDigits: 1) } else { out.appendRaw("null") }
            out.appendRaw(",")
            string(incident.evidence, &out)
            out.appendRaw(",")
            out.appendString(incident.id)
            out.appendRaw("]")
        }
        out.appendRaw("]}")
        return out.bytes
    }

    /// `[a,b,...]`, each element written by `element`.
    private static func array<T>(_ items: [T], _ out: inout JSONBytes, _ element: (T, inout JSONBytes) -> Void) {
        out.appendRaw("[")
        for (i, item) in items.enumerated() {
            if i > 0 { out.appendRaw(",") }
            element(item, &out)
        }
        out.appendRaw("]")
    }

    private static func position(_ p: MapPoint, decimals: Int, _ out: inout JSONBytes) {
        out.appendRaw("[")
        out.appendNumber(p.latitude, maxFractionDigits: decimals)
        out.appendRaw(",")
        out.appendNumber(p.longitude, maxFractionDigits: decimals)
        out.appendRaw("]")
    }

    private static func line(_ points: [MapPoint], _ out: inout JSONBytes) {
        out.appendRaw("[")
        for (i, p) in points.enumerated() {
            if i > 0 { out.appendRaw(",") }
            position(p, decimals: 4, &out)
        }
        out.appendRaw("]")
    }

    private static func integer(_ value: Int?, _ out: inout JSONBytes) {
        if let value { out.appendInteger(Int64(value)) } else { out.appendRaw("null") }
    }

    private static func string(_ value: String?, _ out: inout JSONBytes) {
        if let value { out.appendString(value) } else { out.appendRaw("null") }
    }
}
