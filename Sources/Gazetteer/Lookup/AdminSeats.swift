import GRDB

extension GazetteerStore {
    /// The national capital and the admin-1 and admin-2 seats of `countries` (ISO 3166-1 alpha-2): the names
    /// a map labels to orient by. Highest rank first, then the most populous; at most `limit`.
    public func seats(inCountries countries: [String], lowestRank: FeatureRank = .admin2Capital,
                      limit: Int = 400) throws -> [GazetteerPlace] {
        let codes = countries.map { $0.uppercased() }
        guard !codes.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: codes.count).joined(separator: ", ")
        let sql = "SELECT \(GazetteerPlace.columns) FROM place p WHERE p.country IN (\(placeholders)) "
            + "AND p.feature_rank <= ? ORDER BY p.feature_rank, COALESCE(p.population, 0) DESC, p.id LIMIT ?"
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: sql, arguments: StatementArguments(codes) + [lowestRank.rawValue, limit])
                    .map(GazetteerPlace.init(row:))
            }
        } catch let error as DatabaseError {
            throw GazetteerError(file: path, message: "cannot read admin seats: \(error.message ?? "\(error)")")
        }
    }
}
