/// The repairs and checks one row allows on its own: mojibake in names, missing identifiers, impossible
/// coordinates. Rows that cannot be stored get a skip reason; nothing is dropped here.
enum OCHARowCleaner {
    static func clean(_ row: inout OCHARow, notes: inout NoteCollector) {
        var fixed: [String] = []
        func repair(_ text: String?) -> String? {
            guard let text, let repaired = MojibakeRepair.repair(text) else { return text }
            fixed.append("\(text) -> \(repaired)")
            return repaired
        }
        row.name = repair(row.name) ?? ""
        row.otherNames = row.otherNames.compactMap(repair)
        row.admin1 = repair(row.admin1)
        row.admin2 = repair(row.admin2)
        row.admin3 = repair(row.admin3)
        if !fixed.isEmpty {
            row.repaired = true
            row.flags.append("mojibake-repaired")
            notes.add("mojibake repaired (rows)", "line \(row.line) " + fixed.joined(separator: ", "))
        }
        if row.name.isEmpty, let first = row.otherNames.first { row.name = first }

        if row.pcode.isEmpty {
            row.skipReason = "no pcode"
        } else if row.name.isEmpty {
            row.skipReason = "no name (featureNam and featureRef empty)"
        } else if row.country.isEmpty {
            row.skipReason = "no country (admin0Pcod empty)"
        } else if !(-90...90).contains(row.latitude) || !(-180...180).contains(row.longitude) {
            row.skipReason = "coordinates out of range (\(row.latitude), \(row.longitude))"
        } else if row.latitude == 0 && row.longitude == 0 {
            row.skipReason = "coordinates 0,0 (a placeholder, not a place)"
        }
    }
}
