import Incidents
/// One incident as the proximity report sees it: plain values, so the Analysis module needs nothing from
/// Incidents and any source (the store, a JSONL file, a CSV) can feed it.
public struct ProximityObservation: Sendable, Equatable {
    /// The incident's day; nil when undated (counted apart, in no period).
    public var date: CivilDate?
    /// Fatalities; nil (the text says nothing) counts as 0 in sums.
    public var killed: Int?
    /// WGS 84 degrees; both nil when unlocated (counted in its period, left out of distances).
    public var latitude: Double?
    public var longitude: Double?

    public init(date: CivilDate?, killed: Int?, latitude: Double?, longitude: Double?) {
        self.date = date
        self.killed = killed
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Whether the incident has both coordinates.
    public var isLocated: Bool { latitude != nil && longitude != nil }
}
