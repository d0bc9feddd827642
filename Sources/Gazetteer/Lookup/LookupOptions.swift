import Spatial

/// What to look for besides the name.
public struct LookupOptions: Sendable {
    /// ISO 3166-1 alpha-2 code; when set, only places in that country are returned.
    public var country: String?
    /// A point the answer is probably close to (an article's focus); closer places rank higher among equals.
    public var near: GeoPoint?
    /// At most this many candidates, best first.
    public var limit: Int
    /// Whether to try edit-distance matches when nothing matches exactly or by prefix. Callers that probe many
    /// words that are mostly not places (toponym recognition) may turn it off to stay fast.
    public var allowsFuzzy: Bool

    public init(country: String? = nil, near: GeoPoint? = nil, limit: Int = 10, allowsFuzzy: Bool = true) {
        self.country = country
        self.near = near
        self.limit = limit
        self.allowsFuzzy = allowsFuzzy
    }
}
