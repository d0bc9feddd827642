/// How a stored name matched the query, from strongest to weakest.
public enum MatchKind: Sendable, Equatable, Codable {
    /// The stored spelling is exactly the query.
    case exact
    /// Equal once both are normalised (accents, case, apostrophes, hyphens).
    case normalized
    /// The stored normalised name starts with the normalised query.
    case prefix
    /// Within a small edit distance of the normalised query (1 for names of 6+ letters, 2 for 10+).
    case fuzzy(distance: Int)

    /// Larger is stronger; the dominant term of a candidate's score. Exact and normalised share a tier: press
    /// text drops accents and changes case freely ("SEGOU", "Segou"), so the spelling alone must not put a
    /// village before the regional capital; `CandidateScorer` gives the exact spelling a tie-breaking bonus.
    var strength: Double {
        switch self {
        case .exact: 3
        case .normalized: 3
        case .prefix: 2
        case .fuzzy(let distance): distance <= 1 ? 1 : 0.5
        }
    }
}
