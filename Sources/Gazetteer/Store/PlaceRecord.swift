/// How important a place is as an answer when several share a name: capitals first.
public enum FeatureRank: Int, Sendable, Codable, Comparable, CaseIterable {
    case nationalCapital = 1, admin1Capital, admin2Capital, admin3Capital, populatedPlace, other

    public static func < (a: FeatureRank, b: FeatureRank) -> Bool { a.rawValue < b.rawValue }

    public var label: String {
        switch self {
        case .nationalCapital: "national capital"
        case .admin1Capital: "admin-1 capital"
        case .admin2Capital: "admin-2 capital"
        case .admin3Capital: "admin-3 capital"
        case .populatedPlace: "populated place"
        case .other: "other"
        }
    }
}

/// One place as a source describes it, ready to be stored.
public struct PlaceRecord: Sendable, Equatable {
    public var source: String
    public var sourceID: String
    public var name: String
    /// ISO 3166-1 alpha-2.
    public var country: String
    public var admin1Code: String?
    public var admin1: String?
    public var admin2Code: String?
    public var admin2: String?
    public var admin3Code: String?
    public var admin3: String?
    public var featureRank: FeatureRank
    public var population: Int?
    public var latitude: Double
    public var longitude: Double
    /// Quality flags, e.g. `mojibake-repaired`, `longitude-sign-fixed`, `outside-admin1`, `merged-duplicate`.
    public var flags: [String]

    public init(source: String, sourceID: String, name: String, country: String,
                admin1Code: String? = nil, admin1: String? = nil, admin2Code: String? = nil, admin2: String? = nil,
                admin3Code: String? = nil, admin3: String? = nil, featureRank: FeatureRank, population: Int? = nil,
                latitude: Double, longitude: Double, flags: [String] = []) {
        self.source = source
        self.sourceID = sourceID
        self.name = name
        self.country = country
        self.admin1Code = admin1Code
        self.admin1 = admin1
        self.admin2Code = admin2Code
        self.admin2 = admin2
        self.admin3Code = admin3Code
        self.admin3 = admin3
        self.featureRank = featureRank
        self.population = population
        self.latitude = latitude
        self.longitude = longitude
        self.flags = flags
    }
}

/// One spelling of a place.
public struct PlaceName: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case official, alternate, ascii, curated
    }

    public var name: String
    public var kind: Kind

    public init(_ name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }
}
