/// One incident as the map shows it: where, what, how deadly, and the text it was read from.
///
/// Built from an incident Feature's flat properties (`IncidentMark(feature:)`) or by the CLI from the
/// incident store. `point` is nil for an unlocated incident, which the map counts but does not draw.
public struct IncidentMark: Sendable, Equatable {
    public var id: String
    /// `YYYY-MM-DD`, nil when undated.
    public var date: String?
    /// An ACLED event type name ("Battles", ...); an unknown name is drawn in the "other" colour.
    public var eventType: String
    public var subEventType: String?
    /// nil when the report says nothing.
    public var killed: Int?
    public var injured: Int?
    public var actors: [String]
    /// ISO 3166-1 alpha-2.
    public var country: String?
    public var place: String?
    public var admin1: String?
    public var evidence: String?
    public var point: MapPoint?
    /// Geodesic kilometres to the map's capital; filled in by `MapContentBuilder`.
    public var distanceKm: Double?

    public init(id: String, date: String?, eventType: String, subEventType: String? = nil, killed: Int?,
                injured: Int?, actors: [String], country: String?, place: String?, admin1: String? = nil,
                evidence: String?, point: MapPoint?, distanceKm: Double? = nil) {
        self.id = id
        self.date = date
        self.eventType = eventType
        self.subEventType = subEventType
        self.killed = killed
        self.injured = injured
        self.actors = actors
        self.country = country
        self.place = place
        self.admin1 = admin1
        self.evidence = evidence
        self.point = point
        self.distanceKm = distanceKm
    }
}
