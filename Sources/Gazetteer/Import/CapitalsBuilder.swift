import GRDB

extension GazetteerStore {
    /// Refills the `capital` table from the places ranked national capital: one per country, the most populous
    /// when several sources each have one (ties to the lower id). Run after imports; returns the number of
    /// countries with a capital.
    @discardableResult
    public func rebuildCapitals() throws -> Int {
        try database.write { db in
            try db.execute(sql: "DELETE FROM capital")
            try db.execute(sql: """
                INSERT INTO capital (country, place_id)
                SELECT country, (
                    SELECT id FROM place AS candidate
                    WHERE candidate.country = national.country AND candidate.feature_rank = ?
                    ORDER BY COALESCE(candidate.population, -1) DESC, candidate.id
                    LIMIT 1)
                FROM place AS national
                WHERE national.feature_rank = ?
                GROUP BY national.country
                """, arguments: [FeatureRank.nationalCapital.rawValue, FeatureRank.nationalCapital.rawValue])
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM capital") ?? 0
        }
    }
}
