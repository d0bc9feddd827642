/// One answer to a lookup, with why it ranks where it does.
public struct PlaceCandidate: Sendable, Equatable {
    public let place: GazetteerPlace
    /// The stored spelling that matched the query.
    public let matchedName: String
    public let match: MatchKind
    /// Higher is better; candidates are sorted by it (ties by place id). Comparable within one lookup only.
    public let score: Double
    /// Geodesic distance to `LookupOptions.near`, when one was given.
    public let distanceKm: Double?
    /// Human-readable evidence, strongest first: "exact spelling", "admin-3 capital", "population 12,000",
    /// "12 km from near point".
    public let reasons: [String]

    public init(place: GazetteerPlace, matchedName: String, match: MatchKind, score: Double,
                distanceKm: Double?, reasons: [String]) {
        self.place = place
        self.matchedName = matchedName
        self.match = match
        self.score = score
        self.distanceKm = distanceKm
        self.reasons = reasons
    }
}
