import Foundation
import GRDB

/// What the gazetteer knows of a country, for export: its level-0 boundary names and its capital.
public struct ExportedCountry: Sendable, Equatable {
    /// ISO 3166-1 alpha-2.
    public let country: String
    /// The level-0 boundary's name then its other names (`boundary_name`), in a stable order; empty when
    /// the gazetteer has no boundary for the country.
    public let boundaryNames: [String]
    /// The capital (from the `capital` table), nil when the gazetteer has none for the country.
    public let capital: GazetteerPlace?
    /// The summed population of the country's places (null counted as 0): the gazetteer keeps no country
    /// populations, and this is a deterministic figure that is at least as large as any one of its places.
    public let placePopulation: Int
}

extension GazetteerStore {
    /// For each of `countries`, in the order given: its level-0 boundary names, its capital and the summed
    /// population of its places.
    public func exportedCountries(_ countries: [String]) throws -> [ExportedCountry] {
        do {
            return try database.read { db in
                try countries.map { code in
                    let boundaryNames = try String.fetchAll(db, sql: """
                        SELECT name FROM (
                            SELECT b.name AS name, 0 AS ord FROM boundary b WHERE b.level = 0 AND b.country = ?
                            UNION
                            SELECT n.name AS name, 1 AS ord FROM boundary_name n JOIN boundary b ON b.id = n.boundary_id
                            WHERE b.level = 0 AND b.country = ?)
                        ORDER BY ord, name
                        """, arguments: [code, code])
                    var seen = Set<String>()
                    let names = boundaryNames.filter { seen.insert($0).inserted }
                    let capital = try Row.fetchOne(db, sql: """
                        SELECT \(GazetteerPlace.columns) FROM capital c JOIN place p ON p.id = c.place_id
                        WHERE c.country = ?
                        """, arguments: [code]).map(GazetteerPlace.init(row:))
                    let population = try Int.fetchOne(db, sql: """
                        SELECT COALESCE(SUM(COALESCE(population, 0)), 0) FROM place WHERE country = ?
                        """, arguments: [code]) ?? 0
                    return ExportedCountry(country: code, boundaryNames: names, capital: capital, placePopulation: population)
                }
            }
        } catch {
            throw GazetteerError(file: path, message: "cannot read countries: \(error)")
        }
    }
}
