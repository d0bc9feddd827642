/// A boundary the map draws instead of map tiles: a country or an admin-1 unit, already simplified.
public struct Outline: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// A country with incidents in it: drawn darker.
        case focusCountry
        /// A neighbouring country, for context.
        case neighbour
        case admin1
    }

    public var kind: Kind
    public var name: String
    /// ISO 3166-1 alpha-2 (may be empty).
    public var country: String
    /// Polygons -> rings (exterior first) -> positions.
    public var polygons: [[[MapPoint]]]

    public init(kind: Kind, name: String, country: String, polygons: [[[MapPoint]]]) {
        self.kind = kind
        self.name = name
        self.country = country
        self.polygons = polygons
    }

    public var pointCount: Int { polygons.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } }
}
