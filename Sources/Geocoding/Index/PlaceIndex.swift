import Gazetteer

/// The names of a region's places, countries and world capitals, in memory: a document's thousands of word
/// sequences are probed in a hash table rather than the database.
public struct PlaceIndex: Sendable {
    public let places: [IndexedPlace]
    /// Normalised name -> places carrying it, best feature rank first.
    let byName: [String: [Int32]]
    /// Lowercased demonym, with and without accents -> country ("maliens", "nigériens" -> ML, NE).
    let demonyms: [String: String]
    /// ISO code -> the country's place.
    let countryPlaces: [String: Int32]
    /// Near-miss spellings of settlement names, tried for unknown words after a cue.
    let variants: SpellingVariants
    /// The most words any name has once normalised: the longest span worth probing.
    public let maxNameWords: Int
    /// The countries whose settlements were loaded.
    public let regionCountries: [String]
    /// Where the region's settlements are, for the looser spellings tried inside a unit or radius the text states.
    let settlementAreas: SettlementAreas

    init(places: [IndexedPlace], byName: [String: [Int32]], demonyms: [String: String],
         countryPlaces: [String: Int32], variants: SpellingVariants, regionCountries: [String],
         settlementAreas: SettlementAreas) {
        self.places = places
        self.variants = variants
        self.settlementAreas = settlementAreas
        self.byName = byName
        self.demonyms = demonyms
        self.countryPlaces = countryPlaces
        self.regionCountries = regionCountries
        self.maxNameWords = byName.keys.reduce(1) { max($0, $1.split(separator: " ").count) }
    }

    /// Places whose normalised name is `key`.
    func candidates(_ key: String) -> [Int32]? { byName[key] }

    /// The places of the closest indexed spelling within the tolerated edit distance, when `key` is unknown.
    func nearMiss(_ key: String) -> (key: String, distance: Int, candidates: [Int32])? {
        for match in variants.matches(key) {
            if let candidates = byName[match.key] { return (match.key, match.distance, candidates) }
        }
        return nil
    }

    /// The country a demonym (lowercased) denotes.
    func country(ofDemonym word: String) -> String? { demonyms[word] }

    /// The country place for an ISO code, when the index has one.
    public func countryPlace(_ iso2: String) -> IndexedPlace? {
        countryPlaces[iso2].map { places[Int($0)] }
    }

    /// The countries whose settlements are loaded by default: Mali and its neighbours, and the Sahel beyond.
    public static let defaultRegion = ["ML", "BF", "NE", "MR", "DZ", "TD", "SN", "GN", "CI", "GH", "TG", "BJ", "NG"]
}
