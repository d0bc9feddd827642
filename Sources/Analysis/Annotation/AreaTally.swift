import Gazetteer
import Incidents

/// Incidents and victims counted per distance ring and per admin-1 region, for the ring and region
/// polygons a map colours by count.
public struct AreaTally: Sendable {
    /// What one area holds.
    public struct Counts: Sendable, Equatable {
        public var incidents = 0
        /// Sum of the incidents' killed (an incident with no figure adds nothing).
        public var killed = 0
        public var injured = 0

        public init() {}

        mutating func add(_ incident: Incident) {
            incidents += 1
            killed += incident.killed ?? 0
            injured += incident.injured ?? 0
        }
    }

    /// A ring band: the incidents farther than the previous radius and within this one.
    public struct RingKey: Sendable, Hashable {
        public let capital: CapitalPoint
        public let radiusKm: Double
    }

    public private(set) var rings: [RingKey: Counts] = [:]
    /// Keyed by the boundary's country and code.
    public private(set) var regions: [String: (boundary: StoredBoundary, counts: Counts)] = [:]
    /// Every capital some incident was measured from, in the order first met.
    public private(set) var capitals: [CapitalPoint] = []

    public init() {}

    public mutating func add(_ incident: Incident, _ annotation: IncidentAnnotation) {
        if let capital = annotation.capital, !capitals.contains(capital) { capitals.append(capital) }
        if let capital = annotation.capital, let radius = annotation.ringKm {
            rings[RingKey(capital: capital, radiusKm: radius), default: Counts()].add(incident)
        }
        if let region = annotation.region {
            let key = "\(region.country):\(region.code)"
            var entry = regions[key] ?? (region, Counts())
            entry.counts.add(incident)
            regions[key] = entry
        }
    }

    /// The counts of one ring band (zero when no incident fell in it).
    public func counts(capital: CapitalPoint, radiusKm: Double) -> Counts {
        rings[RingKey(capital: capital, radiusKm: radiusKm)] ?? Counts()
    }

    /// The regions that hold at least one incident, by country then name.
    public var regionsByName: [(boundary: StoredBoundary, counts: Counts)] {
        regions.values.sorted { ($0.boundary.country, $0.boundary.name, $0.boundary.code) < ($1.boundary.country, $1.boundary.name, $1.boundary.code) }
    }
}
