import Foundation

/// Groups rows that describe one place: the same P-code repeated, or the same normalised name within
/// `radiusMetres` (OCHA lists an admin capital and its village at one spot: Kabaté ML010102000, admin-3
/// capital, and Kabate ML010102004, village). The survivor of a group is its best-ranked row (the capital),
/// the earliest in the file on a tie; it keeps its P-code and coordinates and gains the others' spellings.
enum OCHADuplicateMerger {
    static let radiusMetres = 50.0

    struct Group {
        var survivor: Int
        var members: [Int]
    }

    /// Groups of row indices, in the order their first row appears; skipped rows are left out.
    static func groups(_ rows: [OCHARow]) -> [Group] {
        var members: [[Int]] = []
        var byPcode: [String: Int] = [:]
        var byName: [String: [Int]] = [:]
        for (i, row) in rows.enumerated() where row.skipReason == nil {
            if let g = byPcode[row.pcode] {
                members[g].append(i)
                continue
            }
            let key = NameNormalizer.normalize(row.name)
            let near = byName[key]?.first { g in
                members[g].contains { metres(rows[$0], row) <= radiusMetres }
            }
            if let g = near {
                members[g].append(i)
                byPcode[row.pcode] = g
            } else {
                members.append([i])
                byPcode[row.pcode] = members.count - 1
                byName[key, default: []].append(members.count - 1)
            }
        }
        return members.map { group in
            let survivor = group.min { a, b in (rows[a].rank.rawValue, a) < (rows[b].rank.rawValue, b) } ?? group[0]
            return Group(survivor: survivor, members: group)
        }
    }

    /// Equirectangular distance: exact enough at 50 m, and cheap for 18,000 comparisons.
    static func metres(_ a: OCHARow, _ b: OCHARow) -> Double {
        EquirectangularDistance.metres(a.latitude, a.longitude, b.latitude, b.longitude)
    }
}

/// The distance on a plane tangent at the two points' mean latitude: within a few metres at a few kilometres,
/// which is what duplicate detection asks, for a fraction of a geodesic's cost.
enum EquirectangularDistance {
    static func metres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let dx = (lon2 - lon1) * 111_320 * cos((lat1 + lat2) / 2 * .pi / 180)
        let dy = (lat2 - lat1) * 110_574
        return (dx * dx + dy * dy).squareRoot()
    }
}
