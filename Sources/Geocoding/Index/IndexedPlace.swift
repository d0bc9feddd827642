import Gazetteer

/// A place the geocoder can answer with: a settlement from the gazetteer, an admin-1 region (located at its
/// capital, as analysts code regional reports), or a country.
public struct IndexedPlace: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case settlement, region, country
    }

    public let kind: Kind
    /// The place's row id in the gazetteer; for a region, its capital's; nil for a country.
    public let gazetteerID: Int64?
    public let name: String
    /// ISO 3166-1 alpha-2.
    public let country: String
    public let admin1: String?
    public let admin2: String?
    public let rank: FeatureRank
    public let population: Int
    public let latitude: Double
    public let longitude: Double
    /// Index of the admin-1 region (in `PlaceIndex.places`) the point lies in, when known.
    let regionIndex: Int32?
    /// Normalised admin names, compared with the text's hints ("cercle de Douentza", "(Douentza, Mopti)").
    let adminKeys: Set<String>
    let admin2Key: String?
    /// The commune's normalised name, when the gazetteer gives it (OCHA's admin-3).
    var admin3Key: String? = nil

    /// The output's `feature`: what kind of answer this is.
    public var feature: String {
        switch kind {
        case .country: "country"
        case .region: "admin1"
        case .settlement:
            switch rank {
            case .nationalCapital: "national_capital"
            case .admin1Capital: "admin1_capital"
            case .admin2Capital: "admin2_capital"
            case .admin3Capital: "admin3_capital"
            case .populatedPlace, .other: "populated_place"
            }
        }
    }
}
