import GRDB

/// A place as stored in the gazetteer, as lookups and `where` return it.
public struct GazetteerPlace: Sendable, Equatable, Codable {
    /// The row id in this database (stable across re-imports of the same source row, not across rebuilds).
    public let id: Int64
    /// Where the place comes from: `geonames`, `ocha`, `aliases`, ...
    public let source: String
    /// The place's id in its source (GeoNames id, OCHA P-code, `COUNTRY:normalized-name` for aliases).
    public let sourceID: String
    public let name: String
    /// ISO 3166-1 alpha-2.
    public let country: String
    public let admin1Code: String?
    public let admin1: String?
    public let admin2Code: String?
    public let admin2: String?
    public let admin3Code: String?
    public let admin3: String?
    public let featureRank: FeatureRank
    public let population: Int?
    public let latitude: Double
    public let longitude: Double
    /// Quality flags such as `mojibake-repaired` or `longitude-sign-fixed`; empty for clean rows.
    public let flags: [String]

    public init(id: Int64, source: String, sourceID: String, name: String, country: String,
                admin1Code: String? = nil, admin1: String? = nil, admin2Code: String? = nil, admin2: String? = nil,
                admin3Code: String? = nil, admin3: String? = nil, featureRank: FeatureRank, population: Int? = nil,
                latitude: Double, longitude: Double, flags: [String] = []) {
        self.id = id
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

    /// The columns `init(row:)` reads, in order, for `SELECT \(GazetteerPlace.columns) FROM place p ...`.
    static let columns = """
        p.id, p.source, p.source_id, p.name, p.country, p.admin1_code, p.admin1, p.admin2_code, p.admin2, \
        p.admin3_code, p.admin3, p.feature_rank, p.population, p.lat, p.lon, p.flags
        """

    /// Reads the first 16 columns of a row selected with `columns`. Positional access is the fast path in GRDB.
    init(row: Row) {
        let flagText: String = row[15]
        self.init(
            id: row[0], source: row[1], sourceID: row[2], name: row[3], country: row[4],
            admin1Code: row[5], admin1: row[6], admin2Code: row[7], admin2: row[8],
            admin3Code: row[9], admin3: row[10],
            // An unknown rank (a newer schema) reads as the least important rather than failing the lookup.
            featureRank: FeatureRank(rawValue: row[11]) ?? .other,
            population: row[12], latitude: row[13], longitude: row[14],
            flags: flagText.isEmpty ? [] : flagText.split(separator: ",").map(String.init))
    }
}
