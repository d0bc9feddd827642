/// The GeoJSON rules (RFC 7946), checked while turning parsed JSON into the model.
///
/// Checked: type names; positions of 2 or 3 finite numbers with longitude in -180...180 and
/// latitude in -90...90; line strings of at least 2 positions; linear rings closed with at
/// least 4 positions; `features` and `geometries` arrays; `bbox` of 4 or 6 numbers; ids that are
/// strings or integers. Tolerated: foreign members (ignored, including `crs`), a missing
/// `geometry` or `properties` (read as null), a null `id`, and empty `coordinates` arrays,
/// which RFC 7946 section 3.1 allows for empty geometries (except for a Point).
enum GeoJSONDecoding {
    typealias Convert<T> = (JSONValue) throws(LocatedFailure) -> T

    static func featureCollection(_ value: JSONValue) throws(LocatedFailure) -> FeatureCollection {
        let object = try requireObject(value, expected: "a FeatureCollection object")
        try requireType(of: object, "FeatureCollection")
        guard let featuresValue = object["features"] else {
            throw LocatedFailure("missing member \"features\"")
        }
        let features = try within(.key("features")) { () throws(LocatedFailure) in
            try list(featuresValue, expected: "an array of Feature objects", feature)
        }
        return FeatureCollection(features: features, bbox: try optionalBBox(in: object))
    }

    static func feature(_ value: JSONValue) throws(LocatedFailure) -> Feature {
        let object = try requireObject(value, expected: "a Feature object")
        try requireType(of: object, "Feature")
        var id: FeatureID?
        if let idValue = object["id"], idValue != .null {
            id = try within(.key("id")) { () throws(LocatedFailure) in try featureID(idValue) }
        }
        var geometry: Geometry?
        if let geometryValue = object["geometry"], geometryValue != .null {
            geometry = try within(.key("geometry")) { () throws(LocatedFailure) in try self.geometry(geometryValue) }
        }
        var properties: JSONObject?
        switch object["properties"] {
        case .object(let members): properties = members
        case .null, nil: properties = nil
        case let other?:
            throw LocatedFailure("\"properties\" must be an object or null, found \(other.kindName)").at(.key("properties"))
        }
        return Feature(id: id, geometry: geometry, properties: properties, bbox: try optionalBBox(in: object))
    }

    static func featureID(_ value: JSONValue) throws(LocatedFailure) -> FeatureID {
        switch value {
        case .string(let s): return .string(s)
        case .integer(let i): return .number(i)
        // 7.0 is an integer written as a float; Int64(exactly:) refuses fractions and overflow.
        case .number(let d) where Int64(exactly: d) != nil: return .number(Int64(exactly: d) ?? 0)
        default: throw LocatedFailure("\"id\" must be a string or an integer, found \(describe(value))")
        }
    }

    static func geometry(_ value: JSONValue) throws(LocatedFailure) -> Geometry {
        let object = try requireObject(value, expected: "a geometry object")
        let type = try typeName(of: object)
        if type == "GeometryCollection" {
            guard let members = object["geometries"] else { throw LocatedFailure("missing member \"geometries\"") }
            return .geometryCollection(try within(.key("geometries")) { () throws(LocatedFailure) in
                try list(members, expected: "an array of geometry objects", geometry)
            })
        }
        guard knownCoordinateTypes.contains(type) else {
            throw LocatedFailure("unknown geometry type \"\(type)\"").at(.key("type"))
        }
        guard let coordinates = object["coordinates"] else { throw LocatedFailure("missing member \"coordinates\"") }
        return try within(.key("coordinates")) { () throws(LocatedFailure) -> Geometry in
            switch type {
            case "Point": return .point(try position(coordinates))
            case "MultiPoint": return .multiPoint(try positions(coordinates))
            case "LineString":
                let line = try positions(coordinates)
                return .lineString(line.isEmpty ? line : try checkedLine(line))
            case "MultiLineString": return .multiLineString(try list(coordinates, expected: "an array of line strings", lineString))
            case "Polygon": return .polygon(try polygon(coordinates))
            default: return .multiPolygon(try list(coordinates, expected: "an array of polygons", polygon))
            }
        }
    }

    private static let knownCoordinateTypes: Set<String> =
        ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"]

    static func position(_ value: JSONValue) throws(LocatedFailure) -> Position {
        guard case .array(let items) = value else {
            throw LocatedFailure("a position must be an array of numbers, found \(value.kindName)")
        }
        guard items.count == 2 || items.count == 3 else {
            let noun = items.count == 1 ? "number" : "numbers"
            throw LocatedFailure("position has \(items.count) \(noun); 2 or 3 are required (longitude, latitude[, altitude])")
        }
        func number(_ i: Int, _ name: String) throws(LocatedFailure) -> Double {
            guard let d = items[i].doubleValue else {
                throw LocatedFailure("\(name) must be a number, found \(items[i].kindName)")
            }
            return d
        }
        let longitude = try number(0, "longitude")
        let latitude = try number(1, "latitude")
        guard (-180.0...180.0).contains(longitude) else {
            throw LocatedFailure("longitude \(describe(items[0])) is outside -180...180")
        }
        guard (-90.0...90.0).contains(latitude) else {
            throw LocatedFailure("latitude \(describe(items[1])) is outside -90...90")
        }
        let altitude = items.count == 3 ? try number(2, "altitude") : nil
        if let altitude, !altitude.isFinite {
            throw LocatedFailure("altitude must be finite")
        }
        return Position(longitude: longitude, latitude: latitude, altitude: altitude)
    }

    static func positions(_ value: JSONValue) throws(LocatedFailure) -> [Position] {
        try list(value, expected: "an array of positions", position)
    }

    static func lineString(_ value: JSONValue) throws(LocatedFailure) -> [Position] {
        try checkedLine(try positions(value))
    }

    private static func checkedLine(_ line: [Position]) throws(LocatedFailure) -> [Position] {
        guard line.count >= 2 else {
            throw LocatedFailure("line string has \(line.count) position(s); at least 2 are required")
        }
        return line
    }

    static func polygon(_ value: JSONValue) throws(LocatedFailure) -> [[Position]] {
        try list(value, expected: "an array of linear rings", linearRing)
    }

    static func linearRing(_ value: JSONValue) throws(LocatedFailure) -> [Position] {
        let ring = try positions(value)
        guard ring.count >= 4 else {
            throw LocatedFailure("linear ring has \(ring.count) position(s); at least 4 are required")
        }
        guard ring.first == ring.last else {
            throw LocatedFailure("linear ring is not closed (first position != last)")
        }
        return ring
    }

    static func bbox(_ value: JSONValue) throws(LocatedFailure) -> [Double] {
        guard case .array(let items) = value else {
            throw LocatedFailure("\"bbox\" must be an array of numbers, found \(value.kindName)")
        }
        guard items.count == 4 || items.count == 6 else {
            throw LocatedFailure("\"bbox\" has \(items.count) numbers; 4 or 6 are required")
        }
        var numbers: [Double] = []
        for (i, item) in items.enumerated() {
            guard let d = item.doubleValue else {
                throw LocatedFailure("must be a number, found \(item.kindName)").at(.index(i))
            }
            numbers.append(d)
        }
        return numbers
    }

    private static func optionalBBox(in object: JSONObject) throws(LocatedFailure) -> [Double]? {
        guard let value = object["bbox"], value != .null else { return nil }
        return try within(.key("bbox")) { () throws(LocatedFailure) in try bbox(value) }
    }

    // MARK: - Shapes of JSON

    private static func list<T>(_ value: JSONValue, expected: String, _ element: Convert<T>) throws(LocatedFailure) -> [T] {
        guard case .array(let items) = value else {
            throw LocatedFailure("expected \(expected), found \(value.kindName)")
        }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            result.append(try within(.index(i)) { () throws(LocatedFailure) in try element(item) })
        }
        return result
    }

    private static func requireObject(_ value: JSONValue, expected: String) throws(LocatedFailure) -> JSONObject {
        guard case .object(let object) = value else {
            throw LocatedFailure("expected \(expected), found \(value.kindName)")
        }
        return object
    }

    private static func typeName(of object: JSONObject) throws(LocatedFailure) -> String {
        switch object["type"] {
        case .string(let name)?: return name
        case nil: throw LocatedFailure("missing member \"type\"")
        case let other?: throw LocatedFailure("\"type\" must be a string, found \(other.kindName)").at(.key("type"))
        }
    }

    private static func requireType(of object: JSONObject, _ expected: String) throws(LocatedFailure) {
        let found = try typeName(of: object)
        guard found == expected else {
            throw LocatedFailure("expected type \"\(expected)\", found \"\(found)\"").at(.key("type"))
        }
    }

    /// A short rendering of a value for messages: numbers and strings as JSON, others by kind.
    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .integer, .number, .string, .bool, .null:
            var out = JSONBytes()
            out.appendValue(value)
            return String(decoding: out.bytes, as: UTF8.self)
        case .array, .object:
            return value.kindName
        }
    }

    // MARK: - Codable bridge

    /// Decodes a JSON value through `Codable`, then applies the same rules as the reader.
    static func decodeThroughCodable<T>(_ decoder: any Decoder, _ convert: Convert<T>) throws -> T {
        let value = try JSONValue(from: decoder)
        do {
            return try convert(value)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "\(error.path): \(error.message)")
            )
        }
    }
}
