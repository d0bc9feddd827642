import GRDB
import Incidents

extension IncidentColumns {
    /// `?, ?, ...`, one per column.
    static let placeholders = Array(repeating: "?", count: names.count).joined(separator: ", ")

    /// The values of `incident`, in `names` order, as GRDB binds them.
    static func arguments(_ incident: Incident) -> StatementArguments {
        StatementArguments(values(incident).map { value -> (any DatabaseValueConvertible)? in
            switch value {
            case .text(let text): text
            case .integer(let number): number
            case .real(let number): number
            case nil: nil
            }
        })
    }

    /// The incident in `row`, whose columns from `offset` on are `names`.
    static func incident(from row: Row, offset: Int = 0) throws -> Incident {
        try incident(reading: GRDBColumnReader(row: row, offset: offset))
    }
}

/// A GRDB row read through its fast path, straight from the statement (a million rows per export).
private struct GRDBColumnReader: IncidentColumnReader {
    let row: Row
    let offset: Int

    func text(_ index: Int) throws -> String? { try row.decode(atIndex: offset + index) }
    func integer(_ index: Int) throws -> Int? { try row.decode(atIndex: offset + index) }
    func real(_ index: Int) throws -> Double? { try row.decode(atIndex: offset + index) }
}
