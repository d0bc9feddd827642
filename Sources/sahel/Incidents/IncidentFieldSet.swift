import ArgumentParser
import Foundation
import Incidents
import Store

/// The fields an export writes (`--fields`), always in contract order whatever the order they were listed in.
struct IncidentFieldSet: Equatable, Sendable {
    private var bits: UInt64 = 0

    init(_ fields: some Sequence<IncidentField>) {
        for field in fields { insert(field) }
    }

    /// Every field of the contract, with `sahel analyze`'s when `surroundings`, and the report's `url` and
    /// `title` when `documents` (records made from documents, not read back from the store), and the site
    /// and route fields in `protected` (those `--sites`, `--alert-km` and `--routes` give).
    static func all(surroundings: Bool, documents: Bool = false, protected: [IncidentField] = []) -> IncidentFieldSet {
        IncidentFieldSet(IncidentField.allCases.filter {
            (surroundings || !IncidentField.surroundings.contains($0)) && (documents || !IncidentField.document.contains($0))
                && (protected.contains($0) || !(IncidentField.sites + IncidentField.routes).contains($0))
        })
    }

    /// `doc_id,date,...`: names of `IncidentField`, separated by commas. An unknown name (or one of
    /// `sahel analyze`'s without `surroundings`) is an error listing the valid ones.
    init(parsing text: String, surroundings: Bool, documents: Bool = false) throws(ValidationError) {
        let valid = Self.all(surroundings: surroundings, documents: documents,
                             protected: surroundings ? IncidentField.sites + IncidentField.routes : [])
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let field = IncidentField(name: trimmed), valid.contains(field) else {
                let names = valid.members.map(\.name).joined(separator: ", ")
                throw ValidationError("--fields: unknown field \"\(trimmed)\"; the fields are \(names)")
            }
            insert(field)
        }
    }

    func contains(_ field: IncidentField) -> Bool {
        bits & Self.bit(field) != 0
    }

    func containsAny(_ fields: [IncidentField]) -> Bool {
        fields.contains { contains($0) }
    }

    mutating func insert(_ field: IncidentField) {
        bits |= Self.bit(field)
    }

    /// The fields, in contract order.
    var members: [IncidentField] {
        IncidentField.allCases.filter(contains)
    }

    /// The set a format actually writes: GeoJSON always has the point (its geometry) and CSV its `lat`/`lon`
    /// columns, so a map tool can place every row; a JSON line nests `location` and `evidence` whole, so
    /// asking one of their fields writes them all.
    func written(as format: IncidentExportFormat) -> IncidentFieldSet {
        var set = self
        switch format {
        case .geojson, .geojsonseq, .csv:
            set.insert(.lat)
            set.insert(.lon)
        case .jsonl:
            for group in [IncidentField.location, IncidentField.evidence] where containsAny(group) {
                for field in group { set.insert(field) }
            }
        }
        return set
    }

    /// The store columns these fields need: the location only for its fields (the point alone for `lat` and
    /// `lon`), the evidence text, actors, warnings and sources only when asked (`killed_by_group` is never
    /// written).
    var projection: IncidentProjection {
        var projection: IncidentProjection = []
        if containsAny(IncidentField.location) { projection.insert(.location) }
        if containsAny(IncidentField.location.filter { $0 != .lat && $0 != .lon }) { projection.insert(.locationDetails) }
        if contains(.actors) { projection.insert(.actors) }
        if contains(.evidenceText) { projection.insert(.evidenceText) }
        if contains(.warnings) { projection.insert(.warnings) }
        if contains(.sources) { projection.insert(.sources) }
        return projection
    }

    private static func bit(_ field: IncidentField) -> UInt64 {
        1 << UInt64(field.rawValue)
    }
}
