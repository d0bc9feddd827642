import Incidents
import PostgresClient

/// The PostGIS store's side of `IncidentColumns`: values as text parameters, rows read in place.
enum PostGISColumns {
    /// `$first, $first+1, ...`, one per column.
    static func placeholders(from first: Int) -> String {
        (first..<(first + IncidentColumns.names.count)).map { "$\($0)" }.joined(separator: ", ")
    }

    /// The values of `incident`, in `IncidentColumns.names` order, as text parameters (a Double's
    /// `description` is the shortest text that reads back exactly, as PostgreSQL writes it back).
    static func parameters(_ incident: Incident) -> [String?] {
        IncidentColumns.values(incident).map { value in
            switch value {
            case .text(let text): text
            case .integer(let number): String(number)
            case .real(let number): number.description
            case nil: nil
            }
        }
    }

    /// The geography of a located incident, from the parameters holding its longitude and latitude.
    static func geography(longitude: Int, latitude: Int) -> String {
        "CASE WHEN $\(latitude)::float8 IS NULL THEN NULL "
            + "ELSE ST_SetSRID(ST_MakePoint($\(longitude)::float8, $\(latitude)::float8), 4326)::geography END"
    }

    /// The parameter numbers of `lat` and `lon` when the columns' parameters start at `first`.
    static func coordinateParameters(from first: Int) -> (latitude: Int, longitude: Int) {
        (first + (IncidentColumns.names.firstIndex(of: "lat") ?? 0), first + (IncidentColumns.names.firstIndex(of: "lon") ?? 0))
    }

    static func incident(_ result: PostgresResult, row: Int, offset: Int = 0) throws -> Incident {
        try IncidentColumns.incident(reading: Reader(result: result, row: row, offset: offset))
    }

    private struct Reader: IncidentColumnReader {
        let result: PostgresResult
        let row: Int
        let offset: Int

        func text(_ index: Int) -> String? { result.string(row, offset + index) }
        func integer(_ index: Int) throws -> Int? { try checked(result.int(row, offset + index), index) }
        func real(_ index: Int) throws -> Double? { try checked(result.double(row, offset + index), index) }

        /// A NULL is nil; a value that does not parse is an error, not a silent nil.
        private func checked<Value>(_ value: Value?, _ index: Int) throws -> Value? {
            if value == nil, !result.isNull(row, offset + index) {
                throw IncidentStoreError(message: "column \(IncidentColumns.names[index]) holds \"\(result.string(row, offset + index) ?? "")\"")
            }
            return value
        }
    }
}
