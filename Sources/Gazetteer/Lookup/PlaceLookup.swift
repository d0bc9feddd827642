import GRDB

extension GazetteerStore {
    /// Places whose names match `query`, best first: exact and normalised matches, then prefix matches, then
    /// (for misspellings of long names) edit-distance matches, ranked by match kind, feature rank, population
    /// and closeness to `options.near`. Deterministic: ties are broken by place id.
    public func lookup(_ query: String, options: LookupOptions = LookupOptions()) throws -> [PlaceCandidate] {
        let search = NameSearch(query, options: options)
        // `unsafeRead` skips the BEGIN/COMMIT pair around the few SELECTs of one lookup, which cost more than
        // the lookup itself. A lookup's stages could in theory straddle an import's commit; the gazetteer is
        // read-only while in use, and the worst case is a candidate list mixing both states for one call.
        return try database.unsafeRead { db in try search.run(in: db) }
    }

    /// The place with this row id, or nil.
    public func place(id: Int64) throws -> GazetteerPlace? {
        try database.read { db in
            let statement = try db.cachedStatement(sql: "SELECT \(GazetteerPlace.columns) FROM place p WHERE p.id = ?")
            return try Row.fetchOne(statement, arguments: [id]).map(GazetteerPlace.init(row:))
        }
    }

    /// The capital of a country (ISO 3166-1 alpha-2), as filled by `rebuildCapitals()`, or nil.
    public func capital(ofCountry iso2: String) throws -> GazetteerPlace? {
        try database.read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT \(GazetteerPlace.columns) FROM capital c JOIN place p ON p.id = c.place_id WHERE c.country = ?
                """)
            return try Row.fetchOne(statement, arguments: [iso2.uppercased()]).map(GazetteerPlace.init(row:))
        }
    }
}
