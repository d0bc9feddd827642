import Foundation
import GRDB

extension GazetteerStore {
    /// Imports an OCHA COD settlements CSV (columns `longitude,latitude,featureNam,pcode,featureRef,
    /// featureAlt,featureA_1,popPlaceCl,popPlace_1,admin0Name,admin0Pcod,admin1Name,admin1Pcod,...`)
    /// as places of source `ocha` keyed by P-code.
    ///
    /// Every row is accounted for: added, updated (already there), merged into a duplicate, or skipped with
    /// its reason. Repairs (counted once per row, flagged on the place): mojibake in names
    /// (`mojibake-repaired`), misspelt admin-1 names (`admin1-name-repaired`), longitude sign errors found
    /// with the admin-1 polygons (`longitude-sign-fixed`). Flags without repair, counted as flagged:
    /// `outside-admin1`, `admin1-unmatched`. Merged rows leave `merged-duplicate` and `merged-pcode:<P-code>`
    /// on the place that absorbed them, so a lookup of either P-code can be explained.
    ///
    /// The admin-1 check needs the country's level-1 boundaries (`importBoundaries` first); without them the
    /// import still runs and says so in a note. A structural error in the file (wrong number of fields, a
    /// coordinate that is not a number, a truncated last line) throws `GazetteerError` with the line and
    /// column, and nothing is written. All writes happen in one transaction.
    @discardableResult
    public func importOCHASettlements(_ path: String) throws -> ImportSummary {
        var rows = try OCHACSVReader.read(path: path)
        var summary = ImportSummary(kind: "ocha-settlements", file: path)
        summary.read = rows.count
        var notes = NoteCollector()
        for i in rows.indices {
            OCHARowCleaner.clean(&rows[i], notes: &notes)
            if let reason = rows[i].skipReason { notes.add("skipped", "line \(rows[i].line): \(reason)") }
        }

        let counts = try database.write { db in
            let counts = try OCHAAdmin1Check.run(rows: &rows, db: db, notes: &notes)
            for group in OCHADuplicateMerger.groups(rows) {
                let survivor = rows[group.survivor]
                var flags = survivor.flags
                var names: [PlaceName] = []
                for i in group.members {
                    let row = rows[i]
                    if i != group.survivor {
                        names.append(PlaceName(row.name, kind: .alternate))
                        flags.append("merged-pcode:\(row.pcode)")
                        notes.add("merged duplicate", "\(row.pcode) '\(row.name)' (line \(row.line)) into \(survivor.pcode) '\(survivor.name)', \(Int(OCHADuplicateMerger.metres(row, survivor).rounded())) m apart")
                    }
                    names += row.otherNames.map { PlaceName($0, kind: .alternate) }
                }
                // An admin-3 capital goes by its commune's name too ("Bamba" for Bamba-Poste, seat of Bamba).
                if survivor.rank == .admin3Capital, let commune = survivor.admin3,
                   !commune.lowercased().contains("commune"),
                   NameNormalizer.normalize(commune) != NameNormalizer.normalize(survivor.name) {
                    names.append(PlaceName(commune, kind: .alternate))
                }
                if group.members.count > 1 { flags.insert("merged-duplicate", at: 0) }
                let (_, inserted) = try PlaceWriter.upsert(survivor.record(flags: flags), names: names, in: db)
                if inserted { summary.added += 1 } else { summary.updated += 1 }
                summary.merged += group.members.count - 1
            }
            return counts
        }
        summary.skipped = rows.count { $0.skipReason != nil }
        summary.repaired = rows.count { $0.repaired }
        summary.flagged = rows.count { $0.flags.contains("outside-admin1") || $0.flags.contains("admin1-unmatched") }
        var overview: [String] = []
        if counts.checked > 0 {
            overview.append("admin-1 check: \(counts.checked) points tested against their region's polygon (tolerance \(OCHAAdmin1Check.toleranceKm) km): "
                + "\(counts.signFixed) longitude signs fixed, \(counts.outside) flagged outside-admin1, "
                + "\(counts.namesRepaired) rows with a misspelt admin-1 name repaired, \(counts.unmatched) rows with an unmatched admin-1")
        }
        summary.notes = overview + notes.lines
        return summary
    }
}
