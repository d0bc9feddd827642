/// One settlement row of an OCHA COD settlements file, cleaned as far as the row alone allows.
struct OCHARow {
    /// The 1-based line the record starts on, for messages.
    let line: Int
    var longitude: Double
    var latitude: Double
    /// `featureNam`, mojibake repaired (falls back to `featureRef` when empty).
    var name: String
    var pcode: String
    /// `featureRef`, `featureAlt`, `featureA_1` when present, repaired too.
    var otherNames: [String]
    var rank: FeatureRank
    /// `admin0Pcod`: ISO 3166-1 alpha-2 in OCHA files ("ML").
    var country: String
    var admin1Code: String?
    var admin1: String?
    var admin2Code: String?
    var admin2: String?
    var admin3Code: String?
    var admin3: String?
    var flags: [String] = []
    /// True once anything in the row was repaired (counted once per row in the summary).
    var repaired = false
    /// Why the row cannot be stored, when it cannot.
    var skipReason: String?

    /// The place record stored for this row.
    func record(flags: [String]) -> PlaceRecord {
        PlaceRecord(source: "ocha", sourceID: pcode, name: name, country: country,
                    admin1Code: admin1Code, admin1: admin1, admin2Code: admin2Code, admin2: admin2,
                    admin3Code: admin3Code, admin3: admin3, featureRank: rank,
                    latitude: latitude, longitude: longitude, flags: flags)
    }

    /// The OCHA classification: `popPlace_1` text ("Admin2 Capital"), else the `popPlaceCl` number (1-4),
    /// else an ordinary populated place.
    static func rank(label: String?, classCode: String?) -> FeatureRank {
        switch label?.lowercased() {
        case "national capital": return .nationalCapital
        case "admin1 capital": return .admin1Capital
        case "admin2 capital": return .admin2Capital
        case "admin3 capital": return .admin3Capital
        default: break
        }
        switch classCode {
        case "1": return .nationalCapital
        case "2": return .admin1Capital
        case "3": return .admin2Capital
        case "4": return .admin3Capital
        default: return .populatedPlace
        }
    }
}
