/// One row of a proximity report: the incidents of one week or month, how many were killed, and how they
/// spread over the distance rings around the capital.
public struct ProximityPeriod: Sendable, Equatable {
    /// `2022-07` or `2022-W30`.
    public let label: String
    /// Every dated incident of the period, located or not.
    public let incidents: Int
    /// Sum of `killed` over those incidents (an unknown figure counts as 0).
    public let killed: Int
    /// Incidents with coordinates: the ones the ring and distance columns describe.
    public let located: Int
    /// Per ring, in the order of the report's radii, then one more entry for "beyond" the last ring.
    public let ringIncidents: [Int]
    public let ringKilled: [Int]
    /// Kilometres from the capital; nil when no incident of the period is located.
    public let minimumKm: Double?
    public let medianKm: Double?

    public init(label: String, incidents: Int, killed: Int, located: Int, ringIncidents: [Int], ringKilled: [Int],
                minimumKm: Double?, medianKm: Double?) {
        self.label = label
        self.incidents = incidents
        self.killed = killed
        self.located = located
        self.ringIncidents = ringIncidents
        self.ringKilled = ringKilled
        self.minimumKm = minimumKm
        self.medianKm = medianKm
    }

    /// The median of `values`: the middle one, or the mean of the two middle ones for an even count; nil when
    /// empty.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
