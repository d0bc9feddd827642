import GRDB

/// A place as stored in the gazetteer, as lookups and `where` return it: its row id and the record a source
/// gave for it (after repairs). Fields read through: `place.name`, `place.admin1`, `place.latitude`.
@dynamicMemberLookup
public struct GazetteerPlace: Sendable, Equatable {
    /// The row id in this database (stable across re-imports of the same source row, not across rebuilds).
    public let id: Int64
    public let record: PlaceRecord

    public init(id: Int64, record: PlaceRecord) {
        self.id = id
        self.record = record
    }

    public subscript<Value>(dynamicMember field: KeyPath<PlaceRecord, Value>) -> Value {
        record[keyPath: field]
    }

    /// The columns `init(row:)` reads, in order, for `SELECT \(GazetteerPlace.columns) FROM place p ...`.
    static let columns = """
        p.id, p.source, p.source_id, p.name, p.country, p.admin1_code, p.admin1, p.admin2_code, p.admin2, \
        p.admin3_code, p.admin3, p.feature_rank, p.population, p.lat, p.lon, p.flags
        """

    /// Reads the first 16 columns of a row selected with `columns`. Positional access is the fast path in GRDB.
    init(row: Row) {
        let flagText: String = row[15]
        self.init(id: row[0], record: PlaceRecord(
            source: row[1], sourceID: row[2], name: row[3], country: row[4],
            admin1Code: row[5], admin1: row[6], admin2Code: row[7], admin2: row[8],
            admin3Code: row[9], admin3: row[10],
            // An unknown rank (a newer schema) reads as the least important rather than failing the lookup.
            featureRank: FeatureRank(rawValue: row[11]) ?? .other,
            population: row[12], latitude: row[13], longitude: row[14],
            flags: flagText.isEmpty ? [] : flagText.split(separator: ",").map(String.init)))
    }
}
