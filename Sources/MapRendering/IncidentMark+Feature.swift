import GeoJSON

extension IncidentMark {
    /// What a Feature of an incident file turned out to be.
    public enum FeatureReading: Sendable, Equatable {
        /// An incident, located (Point) or not (null geometry).
        case incident(IncidentMark)
        /// A feature the map draws itself or cannot place: `kind` "ring"/"region" (from `sahel analyze`),
        /// or an incident with a geometry other than a Point.
        case skipped(reason: String)
    }

    /// A property that is present but of the wrong type, e.g. `killed` holding a string.
    public struct PropertyError: Error, CustomStringConvertible, Sendable, Equatable {
        public let property: String
        public let message: String
        public var description: String { "properties.\(property): \(message)" }

        public init(property: String, message: String) {
            self.property = property
            self.message = message
        }
    }

    /// Reads the flat properties `sahel extract --format geojson` and `sahel analyze` write (doc_id,
    /// incident_id, date, event_type, killed, injured, actors, country, location_name, evidence_text, ...).
    /// A feature whose `kind` is present and not "incident" is skipped: the map draws its own rings and outlines.
    public static func reading(_ feature: Feature, fallbackID: String) throws(PropertyError) -> FeatureReading {
        let properties = feature.properties ?? JSONObject()
        if let kind = properties["kind"], kind != .null {
            guard case .string(let name) = kind else {
                throw PropertyError(property: "kind", message: "must be a string, found \(kind.kindName)")
            }
            if name != "incident" { return .skipped(reason: "kind \"\(name)\"") }
        }
        var point: MapPoint?
        switch feature.geometry {
        case nil: point = nil
        case .point(let p)?: point = MapPoint(latitude: p.latitude, longitude: p.longitude)
        case let other?: return .skipped(reason: "\(other.typeName) geometry")
        }
        let id = try text(properties, "incident_id") ?? feature.id.map(Self.describe) ?? fallbackID
        return .incident(IncidentMark(
            id: id,
            date: try text(properties, "date"),
            eventType: try text(properties, "event_type") ?? "Unknown",
            subEventType: try text(properties, "sub_event_type"),
            killed: try count(properties, "killed"),
            injured: try count(properties, "injured"),
            actors: try list(properties, "actors"),
            country: try text(properties, "country"),
            place: try text(properties, "location_name"),
            admin1: try text(properties, "admin1"),
            evidence: try text(properties, "evidence_text"),
            point: point
        ))
    }

    private static func describe(_ id: FeatureID) -> String {
        switch id {
        case .string(let s): s
        case .number(let n): String(n)
        }
    }

    private static func text(_ properties: JSONObject, _ key: String) throws(PropertyError) -> String? {
        switch properties[key] {
        case nil, .null?: return nil
        case .string(let s)?: return s
        case let other?: throw PropertyError(property: key, message: "must be a string or null, found \(other.kindName)")
        }
    }

    private static func count(_ properties: JSONObject, _ key: String) throws(PropertyError) -> Int? {
        switch properties[key] {
        case nil, .null?: return nil
        case .integer(let i)? where i >= 0 && i <= Int64(Int32.max): return Int(i)
        case .number(let d)? where d >= 0 && d <= Double(Int32.max) && d.rounded() == d: return Int(d)
        case let other?:
            throw PropertyError(property: key, message: "must be a whole number >= 0 or null, found \(describe(other))")
        }
    }

    private static func list(_ properties: JSONObject, _ key: String) throws(PropertyError) -> [String] {
        switch properties[key] {
        case nil, .null?: return []
        case .string(let s)?: return [s]
        case .array(let values)?:
            var strings: [String] = []
            for value in values {
                guard case .string(let s) = value else {
                    throw PropertyError(property: key, message: "must be an array of strings, found \(value.kindName) in it")
                }
                strings.append(s)
            }
            return strings
        case let other?: throw PropertyError(property: key, message: "must be an array of strings, found \(other.kindName)")
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .integer(let i): "\(i)"
        case .number(let d): "\(d)"
        default: value.kindName
        }
    }
}
