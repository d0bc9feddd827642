/// Chooses the stored `code` (unique per level) and country of each boundary.
///
/// Rules, applied per level over the whole import so that codes do not depend on row order:
/// - level 0: `iso_a2`. A row without a usable code ("-99", "-1", empty) is coded by its normalised name
///   (`northern-cyprus`) and flagged.
/// - level 1: `fips` (ML07 for Koulikoro) when no other row of the import shares it; otherwise, and when it
///   is missing, `ISO2:normalized-name` (`FI:aland`). Natural Earth reuses FIPS codes (44 Slovenian
///   municipalities share SI00), hence the uniqueness test.
/// - when that fallback is itself shared (two "Parwan" pieces in AF), `:key` (the GeoPackage fid or the
///   feature index) is appended so both are kept.
enum BoundaryCodes {
    struct Assignment {
        var code: String
        var country: String
        /// Why the row is suspect, when it is.
        var flag: String?
    }

    static func assign(_ rows: [BoundarySourceRow]) -> [Assignment] {
        var preferredCount: [String: Int] = [:]
        for row in rows {
            if let code = preferred(row) { preferredCount["\(row.level)|\(code)", default: 0] += 1 }
        }
        var draft: [(code: String, usedFallback: Bool)] = rows.map { row in
            if let code = preferred(row), preferredCount["\(row.level)|\(code)"] == 1 { return (code, false) }
            return (fallback(row), true)
        }
        var fallbackCount: [String: Int] = [:]
        for (row, entry) in zip(rows, draft) where entry.usedFallback {
            fallbackCount["\(row.level)|\(entry.code)", default: 0] += 1
        }
        for i in draft.indices where draft[i].usedFallback && fallbackCount["\(rows[i].level)|\(draft[i].code)", default: 0] > 1 {
            draft[i].code += ":\(rows[i].key)"
        }
        return zip(rows, draft).map { row, entry in
            let country = row.validISO ?? ""
            let flag = row.validISO == nil ? "no usable iso_a2 ('\(row.isoA2 ?? "")'), coded '\(entry.code)'" : nil
            return Assignment(code: entry.code, country: country, flag: flag)
        }
    }

    private static func preferred(_ row: BoundarySourceRow) -> String? {
        row.level == 0 ? row.validISO : row.fips
    }

    private static func fallback(_ row: BoundarySourceRow) -> String {
        let slug = slug(row.name) ?? "unnamed-\(row.key)"
        if row.level == 0 {
            return row.validISO.map { "\($0):\(slug)" } ?? slug
        }
        return "\(row.validISO ?? row.countryA3 ?? "XX"):\(slug)"
    }

    /// The normalised name with hyphens for spaces: "Hoče-Slivnica" -> "hoce-slivnica".
    static func slug(_ name: String?) -> String? {
        guard let name else { return nil }
        let normalized = NameNormalizer.normalize(name)
        return normalized.isEmpty ? nil : normalized.replacingOccurrences(of: " ", with: "-")
    }
}
