/// One of the user's own sites as the map draws it: a square with its name.
public struct SiteMark: Sendable, Equatable {
    public var name: String
    public var kind: String?
    public var point: MapPoint

    public init(name: String, kind: String? = nil, point: MapPoint) {
        self.name = name
        self.kind = kind
        self.point = point
    }
}

/// One of the user's routes as the map draws it: a line (or several parts) with its name.
public struct RouteMark: Sendable, Equatable {
    public var name: String
    public var parts: [[MapPoint]]

    public init(name: String, parts: [[MapPoint]]) {
        self.name = name
        self.parts = parts
    }

    /// Where the name goes: the middle vertex of the longest part.
    public var labelPoint: MapPoint? {
        guard let part = parts.max(by: { $0.count < $1.count }), !part.isEmpty else { return nil }
        return part[part.count / 2]
    }
}
