/// An admin unit that contains a point.
public struct BoundaryMatch: Sendable, Equatable, Codable {
    /// 0 country, 1 admin-1 (region, state, province).
    public let level: Int
    /// ISO 3166-1 alpha-2 (empty when the source had none).
    public let country: String
    /// The stored code: ISO alpha-2 at level 0, FIPS or `ISO2:normalized-name` at level 1.
    public let code: String
    public let name: String

    public init(level: Int, country: String, code: String, name: String) {
        self.level = level
        self.country = country
        self.code = code
        self.name = name
    }
}
