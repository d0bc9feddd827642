import Incidents

/// One incident from all the reports of an event, by ACLED's rules.
///
/// - `killed`, `injured` (and each victim group): the lowest number any report gives — conflicting reports
///   keep the lowest, and a report of 0 is a number; nil only when no report gives one. When reports differ,
///   a warning says what they said.
/// - date: the most precise report's (lowest `date_precision`), the earlier day on a tie.
/// - location: the most precise report's (lowest geo precision), the first report's on a tie; its country.
/// - event type: the strongest in the codebook's priority (a battle outranks violence against civilians),
///   with that report's sub-event type.
/// - actors and warnings: every report's, first mention first.
/// - id, document and evidence: the first report's, so an incident keeps its id as later reports join it.
public enum IncidentMerge {
    /// Merges `reports`, given in the order their documents were added; nil when there are none.
    public static func merge(_ reports: [Incident]) -> Incident? {
        guard var merged = reports.first else { return nil }
        guard reports.count > 1 else { return merged }

        merged.killed = lowest(reports.map(\.killed))
        merged.injured = lowest(reports.map(\.injured))
        var groups: [VictimGroup: Int] = [:]
        for report in reports {
            for (group, count) in report.killedByGroup { groups[group] = min(groups[group] ?? count, count) }
        }
        merged.killedByGroup = groups

        let dated = reports.filter { $0.date != nil }
        if let best = dated.min(by: { datePrecedes($0, $1) }) {
            merged.date = best.date
            merged.datePrecision = best.datePrecision
        }

        let located = reports.filter { $0.location != nil }
        if let best = located.min(by: { ($0.location?.precision ?? Int.max) < ($1.location?.precision ?? Int.max) }) {
            merged.location = best.location
            merged.country = best.country ?? reports.lazy.compactMap(\.country).first
        } else {
            merged.country = reports.lazy.compactMap(\.country).first
        }

        if let strongest = reports.min(by: { $0.eventType < $1.eventType }) {
            merged.eventType = strongest.eventType
            merged.subEventType = strongest.subEventType
        }

        merged.actors = union(reports.map(\.actors))
        var warnings = union(reports.map(\.warnings))
        for (label, values) in [("killed", reports.map(\.killed)), ("injured", reports.map(\.injured))] {
            let distinct = Set(values.compactMap { $0 })
            if distinct.count > 1 {
                let listed = distinct.sorted().map(String.init).joined(separator: ", ")
                warnings.append("reports differ on \(label) (\(listed)): the lowest is kept")
            }
        }
        merged.warnings = warnings
        return merged
    }

    private static func lowest(_ values: [Int?]) -> Int? {
        values.compactMap { $0 }.min()
    }

    /// More precise first (no precision counts as the least precise), then the earlier day.
    private static func datePrecedes(_ a: Incident, _ b: Incident) -> Bool {
        let pa = a.datePrecision ?? Int.max, pb = b.datePrecision ?? Int.max
        if pa != pb { return pa < pb }
        return (a.date ?? "") < (b.date ?? "")
    }

    /// Every distinct string of the lists, in order of first appearance.
    private static func union(_ lists: [[String]]) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for list in lists {
            for item in list where seen.insert(item).inserted { result.append(item) }
        }
        return result
    }
}
