import Spatial

/// A place the user protects: an office, a warehouse, a health centre, a camp, a correspondent's town.
public struct Site: Sendable, Equatable {
    public let name: String
    /// What the file says it is ("office", "camp", ...), when it says.
    public let kind: String?
    public let point: GeoPoint

    public init(name: String, kind: String? = nil, point: GeoPoint) {
        self.name = name
        self.kind = kind
        self.point = point
    }
}

/// A road the user's convoys take: one or more lines of vertices, each pair joined by the geodesic between them.
public struct Route: Sendable, Equatable {
    public let name: String
    /// The parts in order (a MultiLineString has several); each has at least two vertices.
    public let parts: [[GeoPoint]]

    public init(name: String, parts: [[GeoPoint]]) {
        self.name = name
        self.parts = parts
    }
}
