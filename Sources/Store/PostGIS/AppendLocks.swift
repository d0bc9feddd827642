import Incidents
import Spatial

/// The advisory locks an append transaction takes before it reads anything, so that concurrent appends never
/// both miss each other's reports of one event (and store it twice) — the PostGIS store's answer to
/// concurrency, instead of SERIALIZABLE with retries (which, over batches of hundreds of documents, would
/// roll back whole batches over a conflict on any one report).
///
/// Keys, as transaction-level advisory locks (released at COMMIT or ROLLBACK):
/// - one per document id: two processes appending the same document take turns;
/// - one per (day, cell) on a grid of `cellDegrees`: a located, dated report locks every cell its duplicate
///   search box touches on each day of its ±1 day window. Two reports that could be one event (≤ 25 km,
///   ≤ 1 day apart) then share a key: the one's window and box hold the other's own day and cell, which the
///   other locks too. So the second transaction waits for the first to commit and then finds its incident.
///
/// Keys are taken in ascending order in one statement, so two appends never deadlock on them. A batch needing
/// more than `maximumKeys` takes one exclusive lock instead (bounded lock memory: the server's lock table is
/// shared), which every other append holds in shared mode.
struct AppendLocks: Equatable {
    /// Sorted, distinct.
    var keys: [Int64]
    /// Whether the batch takes the exclusive whole-store lock instead of `keys`.
    var exclusive: Bool

    static let cellDegrees = 1.0
    static let maximumKeys = 2000
    /// The whole-store key (shared by every append, exclusive for a batch with too many keys).
    static let storeKey: Int64 = 0x5A4E_0002

    init(documents: [String], reports: [(point: GeoPoint, day: Int)]) {
        var keys = Set<Int64>()
        for id in documents { keys.insert(Self.key(tag: 1, Self.fnv1a(id))) }
        for report in reports {
            let box = DuplicateRule.searchBox(around: report.point)
            let rows = Self.cell(box.minLat)...Self.cell(box.maxLat)
            let columns = Self.cell(box.minLon)...Self.cell(box.maxLon)
            let days = (report.day - DuplicateRule.maximumDayGap)...(report.day + DuplicateRule.maximumDayGap)
            for day in days {
                for row in rows {
                    for column in columns { keys.insert(Self.key(tag: 2, Self.mix(day, row, column))) }
                }
            }
        }
        exclusive = keys.count > Self.maximumKeys
        self.keys = exclusive ? [] : keys.sorted()
    }

    /// The statements that take the locks, in order.
    var statements: [String] {
        var sql = [exclusive ? "SELECT pg_advisory_xact_lock(\(Self.storeKey))" : "SELECT pg_advisory_xact_lock_shared(\(Self.storeKey))"]
        if !keys.isEmpty {
            // unnest keeps the array's (ascending) order.
            sql.append("SELECT count(pg_advisory_xact_lock(k)) FROM unnest('{\(keys.map(String.init).joined(separator: ","))}'::bigint[]) AS k")
        }
        return sql
    }

    private static func cell(_ degrees: Double) -> Int { Int((degrees / cellDegrees).rounded(.down)) }

    /// A key in its own range per tag, away from the store keys.
    private static func key(tag: UInt64, _ hash: UInt64) -> Int64 {
        Int64(bitPattern: (hash & 0x00FF_FFFF_FFFF_FFFF) | (tag << 56))
    }

    private static func mix(_ values: Int...) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in values {
            hash = (hash ^ UInt64(bitPattern: Int64(value))) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
        }
        return hash
    }

    private static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
