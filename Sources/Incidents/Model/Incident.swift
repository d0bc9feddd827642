/// One coded event, in the `sahel extract` contract of DESIGN.md and ACLED's conventions.
public struct Incident: Sendable, Equatable {
    public var documentID: String
    /// `<doc_id>#<n>`, n counting the document's incidents from 1.
    public var incidentID: String
    /// `YYYY-MM-DD`, nil when the text gives no date and the document has no publication date.
    public var date: String?
    /// 1 the exact day, 2 within a week, 3 within a month.
    public var datePrecision: Int?
    public var eventType: EventType
    public var subEventType: SubEventType
    /// nil when the text says nothing; 0 when it says there were none.
    public var killed: Int?
    public var injured: Int?
    /// Killed per group, when the text says ("soldiers": 15, "civilians": 3).
    public var killedByGroup: [VictimGroup: Int]
    public var actors: [String]
    /// ISO 3166-1 alpha-2, set even when `location` is nil.
    public var country: String?
    public var location: IncidentLocation?
    public var evidence: Evidence
    /// Things a reader should know: an impossible date ignored, a number beyond reason not believed.
    public var warnings: [String]

    public init(documentID: String, incidentID: String, date: String?, datePrecision: Int?, eventType: EventType,
                subEventType: SubEventType, killed: Int?, injured: Int?, killedByGroup: [VictimGroup: Int] = [:],
                actors: [String], country: String?, location: IncidentLocation?, evidence: Evidence,
                warnings: [String] = []) {
        self.documentID = documentID
        self.incidentID = incidentID
        self.date = date
        self.datePrecision = datePrecision
        self.eventType = eventType
        self.subEventType = subEventType
        self.killed = killed
        self.injured = injured
        self.killedByGroup = killedByGroup
        self.actors = actors
        self.country = country
        self.location = location
        self.evidence = evidence
        self.warnings = warnings
    }
}

/// Where an incident happened, as the geocoder resolved it.
public struct IncidentLocation: Sendable, Equatable {
    public struct Anchor: Sendable, Equatable {
        public var name: String
        public var latitude: Double
        public var longitude: Double

        public init(name: String, latitude: Double, longitude: Double) {
            self.name = name
            self.latitude = latitude
            self.longitude = longitude
        }
    }

    public var name: String
    public var latitude: Double
    public var longitude: Double
    /// ACLED geo-precision: 1 the place, 2 near it, 3 a region.
    public var precision: Int
    public var admin1: String?
    public var admin2: String?
    public var gazetteerID: Int64?
    public var anchor: Anchor?
    public var offsetKm: Double?
    public var bearing: Double?

    public init(name: String, latitude: Double, longitude: Double, precision: Int, admin1: String?, admin2: String?,
                gazetteerID: Int64?, anchor: Anchor? = nil, offsetKm: Double? = nil, bearing: Double? = nil) {
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
        self.precision = precision
        self.admin1 = admin1
        self.admin2 = admin2
        self.gazetteerID = gazetteerID
        self.anchor = anchor
        self.offsetKm = offsetKm
        self.bearing = bearing
    }
}

/// The text an incident was read from: scalar offsets into the document and the sentence itself.
public struct Evidence: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}
