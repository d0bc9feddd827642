import Incidents
import Spatial

/// Incidents per week or month around one capital: counts and fatalities per distance ring, the nearest and
/// the median distance, and whether the monthly median is shrinking (`DistanceTrend`).
///
/// Built from plain observations (a few words each, so even a large store fits), with distances computed
/// column-wise with Karney's geodesics in one bulk call.
/// Undated incidents belong to no period and unlocated ones to no ring: both are counted apart.
public struct ProximityReport: Sendable {
    public let capital: GeoPoint
    public let capitalName: String
    public let granularity: PeriodGranularity
    public let rings: DistanceRings
    /// In time order, from the first dated incident's period to the last's, empty periods between included
    /// (a quiet month is part of the story).
    public let periods: [ProximityPeriod]
    public let trend: DistanceTrend
    /// Dated incidents without coordinates (in their period's counts, not in its distances).
    public let unlocated: Int
    /// Incidents without a date (in no period at all).
    public let undated: Int

    public init(observations: [ProximityObservation], capital: GeoPoint, capitalName: String,
                granularity: PeriodGranularity, rings: DistanceRings) {
        self.capital = capital
        self.capitalName = capitalName
        self.granularity = granularity
        self.rings = rings

        let dated = observations.filter { $0.date != nil }
        undated = observations.count - dated.count
        unlocated = dated.filter { !$0.isLocated }.count

        // Distances of the located ones, in one bulk call; NaN for the rest.
        let latitudes = dated.map { $0.isLocated ? $0.latitude ?? .nan : .nan }
        let longitudes = dated.map { $0.isLocated ? $0.longitude ?? .nan : .nan }
        let metres = CapitalProximity(capital: capital, rings: rings)
            .measure(latitudes: latitudes, longitudes: longitudes, bearings: false).distances

        struct Bucket {
            var incidents = 0, killed = 0
            var ringIncidents: [Int], ringKilled: [Int]
            var kilometres: [Double] = []
        }
        let slots = rings.radiiKilometres.count + 1
        var buckets: [String: Bucket] = [:]
        var monthly: [Int: (kilometres: [Double], count: Int)] = [:]
        for (i, observation) in dated.enumerated() {
            guard let day = observation.date else { continue }
            let label = granularity.label(of: day)
            let killed = max(observation.killed ?? 0, 0)
            var bucket = buckets[label] ?? Bucket(ringIncidents: Array(repeating: 0, count: slots),
                                                  ringKilled: Array(repeating: 0, count: slots))
            bucket.incidents += 1
            bucket.killed += killed
            let d = metres[i]
            if observation.isLocated, d.isFinite {
                let ring = rings.ringIndex(forDistance: d) ?? slots - 1
                bucket.ringIncidents[ring] += 1
                bucket.ringKilled[ring] += killed
                bucket.kilometres.append(d / 1000)
                monthly[day.monthIndex, default: ([], 0)].kilometres.append(d / 1000)
                monthly[day.monthIndex, default: ([], 0)].count += 1
            }
            buckets[label] = bucket
        }
        let empty = Bucket(ringIncidents: Array(repeating: 0, count: slots), ringKilled: Array(repeating: 0, count: slots))
        periods = Self.labels(from: dated.compactMap(\.date).min(), to: dated.compactMap(\.date).max(), by: granularity).map { label in
            let b = buckets[label] ?? empty
            return ProximityPeriod(label: label, incidents: b.incidents, killed: b.killed, located: b.kilometres.count,
                                   ringIncidents: b.ringIncidents, ringKilled: b.ringKilled,
                                   minimumKm: b.kilometres.min(), medianKm: ProximityPeriod.median(b.kilometres))
        }
        let series = monthly.compactMap { month, values in
            ProximityPeriod.median(values.kilometres).map {
                DistanceTrend.Month(monthIndex: month, medianKm: $0, incidents: values.count)
            }
        }
        trend = DistanceTrend(months: series, capitalName: capitalName)
    }

    /// Every period label from `first`'s to `last`'s, in order, walking the days between.
    static func labels(from first: CivilDate?, to last: CivilDate?, by granularity: PeriodGranularity) -> [String] {
        guard let first, let last else { return [] }
        var labels: [String] = []
        var day = first
        while day.dayNumber <= last.dayNumber {
            let label = granularity.label(of: day)
            if labels.last != label { labels.append(label) }
            day = day.adding(days: 1)
        }
        return labels
    }

    /// Column names of the rings: `50`, `100`, ..., `beyond`; integral radii without decimals.
    public var ringNames: [String] {
        rings.radiiKilometres.map { r in
            r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(r)
        } + ["beyond"]
    }
}
