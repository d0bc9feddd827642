import GRDB

/// One spelling of a stored place, as a full scan returns it.
public struct PlaceSpelling: Sendable {
    public let place: GazetteerPlace
    public let name: String
    /// `NameNormalizer.normalize(name)`, as stored.
    public let normalized: String
}

extension GazetteerStore {
    /// Every spelling of every place in `countries` (ISO 3166-1 alpha-2), and of every country's capital,
    /// in place-id order. For callers that keep a region's names in memory (toponym recognition probes
    /// thousands of word sequences per document; an index probe per sequence would cost more than the rest).
    public func forEachSpelling(inCountries countries: [String], includingCapitals: Bool = true,
                                _ body: (PlaceSpelling) throws -> Void) throws {
        let codes = countries.map { $0.uppercased() }
        let placeholders = Array(repeating: "?", count: codes.count).joined(separator: ", ")
        var filters: [String] = []
        if !codes.isEmpty { filters.append("p.country IN (\(placeholders))") }
        if includingCapitals { filters.append("p.id IN (SELECT place_id FROM capital)") }
        guard !filters.isEmpty else { return }
        let sql = "SELECT \(GazetteerPlace.columns), n.name, n.normalized FROM place p "
            + "JOIN place_name n ON n.place_id = p.id WHERE " + filters.joined(separator: " OR ")
            + " ORDER BY p.id"
        do {
            try database.read { db in
                let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(codes))
                while let row = try rows.next() {
                    try body(PlaceSpelling(place: GazetteerPlace(row: row), name: row[16], normalized: row[17]))
                }
            }
        } catch let error as DatabaseError {
            throw GazetteerError(file: path, message: "cannot read place names: \(error.message ?? "\(error)")")
        }
    }

    /// The names of the admin-1 boundaries of `countries` (every stored spelling), with their codes.
    public func admin1Names(inCountries countries: [String]) throws -> [(code: String, country: String, name: String)] {
        let codes = countries.map { $0.uppercased() }
        guard !codes.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: codes.count).joined(separator: ", ")
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT b.code, b.country, n.name FROM boundary b JOIN boundary_name n ON n.boundary_id = b.id
                    WHERE b.level = 1 AND b.country IN (\(placeholders)) ORDER BY b.code, n.name
                    """, arguments: StatementArguments(codes))
                .map { (code: $0[0], country: $0[1], name: $0[2]) }
            }
        } catch let error as DatabaseError {
            throw GazetteerError(file: path, message: "cannot read boundary names: \(error.message ?? "\(error)")")
        }
    }
}
