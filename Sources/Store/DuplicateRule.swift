import Foundation
import Incidents
import Spatial

/// When two reports describe the same event, so the store keeps one incident with both as sources.
///
/// Both must be dated and located: within `maximumDayGap` days and `maximumDistanceKm` kilometres
/// (geodesic, WGS 84) of each other, with compatible event types. An undated or unlocated report is never
/// merged: "an attack in the Mopti region" next to "an attack near Boni" is not evidence of one event.
///
/// Event types are compatible when they are the same ACLED event type, or in this table:
///
/// | one report                                                   | the other                            |
/// | ------------------------------------------------------------ | ------------------------------------ |
/// | Battles: Armed clash, Non-state actor overtakes territory    | Violence against civilians: Attack   |
///
/// A report is compared with the incident's (merged) type and with the type of each of its reports, so the
/// order reports arrive in matters less.
///
/// Why the table: one outlet writes "gunmen attacked the village of X, killing 12 civilians" (Violence against
/// civilians), another "clashes between jihadists and the village's dozos left 15 dead" (Battles), about the
/// same night. Other pairs stay apart: an IED strike and an ambush a day apart are, in ACLED's coding, often
/// two events, and a protest is never the same event as an attack.
public enum DuplicateRule {
    public static let maximumDayGap = 1
    public static let maximumDistanceKm = 25.0

    /// Whether the ACLED types of two reports may describe one event.
    public static func compatible(_ a: (EventType, SubEventType), _ b: (EventType, SubEventType)) -> Bool {
        if a.0 == b.0 { return true }
        return isAttackLike(a) && isAttackLike(b)
    }

    /// The sub-event types of the table above: an armed attack seen as a fight, or as violence against civilians.
    static func isAttackLike(_ type: (EventType, SubEventType)) -> Bool {
        switch (type.0, type.1) {
        case (.battles, .armedClash), (.battles, .nonStateActorOvertakesTerritory), (.violenceAgainstCivilians, .attack):
            true
        default:
            false
        }
    }

    /// The geodesic distance between two points, kilometres.
    static func distanceKm(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        Geodesic.wgs84.inverse(from: a, to: b).distance / 1000
    }

    /// A lon/lat box holding every point within `maximumDistanceKm` of `point` (a little larger: it only
    /// selects candidates, the geodesic distance decides). Longitudes widen to the whole range near a pole or
    /// across the antimeridian rather than wrap.
    static func searchBox(around point: GeoPoint) -> (minLon: Double, maxLon: Double, minLat: Double, maxLat: Double) {
        // A degree of latitude is at least 110.57 km; a degree of longitude 111.32 km × cos(latitude).
        let margin = 1.05
        let latitudeSpan = maximumDistanceKm / 110.5 * margin
        let minLat = max(point.latitude - latitudeSpan, -90), maxLat = min(point.latitude + latitudeSpan, 90)
        let widest = max(abs(minLat), abs(maxLat))
        let cosine = cos(widest * .pi / 180)
        guard cosine > 0.01 else { return (-180, 180, minLat, maxLat) }
        let longitudeSpan = maximumDistanceKm / (111.32 * cosine) * margin
        let minLon = point.longitude - longitudeSpan, maxLon = point.longitude + longitudeSpan
        guard minLon >= -180, maxLon <= 180 else { return (-180, 180, minLat, maxLat) }
        return (minLon, maxLon, minLat, maxLat)
    }

    /// An incident the store found near a report, as the duplicate search reads it.
    struct Candidate {
        var id: Int64
        var eventType: EventType
        var subEventType: SubEventType
        var point: GeoPoint
        var day: Int
    }

    /// The incident a report at `point` on `day` duplicates among `candidates` (found by the store's index in
    /// a ±25 km, ±1 day neighbourhood): those within the limits whose type is compatible (`reportedTypes` gives
    /// the types of a candidate's own reports, asked only when the merged type is not), the nearest, then the
    /// closest in time, then the oldest.
    static func bestMatch(for report: Incident, at point: GeoPoint, day: Int, among candidates: [Candidate],
                          reportedTypes: (Int64) throws -> [(EventType, SubEventType)]) throws -> Int64? {
        let type = (report.eventType, report.subEventType)
        var best: (id: Int64, distance: Double, gap: Int)?
        for candidate in candidates {
            let dayGap = abs(candidate.day - day)
            guard dayGap <= maximumDayGap else { continue }
            let distance = distanceKm(point, candidate.point)
            guard distance <= maximumDistanceKm else { continue }
            // An attack merged with a clash (now a battle) still takes a later report of an abduction there,
            // whichever came first.
            let compatibleType = try compatible(type, (candidate.eventType, candidate.subEventType))
                || reportedTypes(candidate.id).contains { compatible(type, $0) }
            guard compatibleType else { continue }
            if let current = best, (current.distance, current.gap, current.id) <= (distance, dayGap, candidate.id) { continue }
            best = (candidate.id, distance, dayGap)
        }
        return best?.id
    }
}
