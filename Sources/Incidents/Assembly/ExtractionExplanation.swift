/// What `extract --explain` tells a user about one report: per incident, the sentences merged into it and the
/// decisions taken; the sentences with an event word that gave no incident, and why; the places set aside as
/// where the news came from or went.
public struct ExtractionExplanation: Sendable, Equatable {
    public struct IncidentNotes: Sendable, Equatable {
        public let incidentID: String
        /// The sentences read for it, in order.
        public let sentences: [String]
        public let notes: [String]
    }

    public struct Dropped: Sendable, Equatable {
        public let sentence: String
        public let reason: String
    }

    public struct SetAsidePlace: Sendable, Equatable {
        public let name: String
        /// Scalar offset of the name in the text.
        public let start: Int
        public let reason: String
    }

    public var incidents: [IncidentNotes] = []
    public var dropped: [Dropped] = []
    public var reportingPlaces: [SetAsidePlace] = []

    public init() {}
}
