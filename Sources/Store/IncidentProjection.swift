/// The parts of a stored incident a read fills in. The identity, date, event type, figures, country and
/// evidence offsets are always read; a part left out comes back empty (no location, no actors, an empty
/// evidence text...), and the database never hands its columns over: an export of ids and dates reads
/// neither the evidence sentences nor the JSON lists.
public struct IncidentProjection: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// `location`'s point and precision.
    public static let location = IncidentProjection(rawValue: 1 << 0)
    /// The rest of `location` (with `.location`): its name, admin units, gazetteer id, anchor and offset.
    /// Left out, the name reads as "" and the others as nil.
    public static let locationDetails = IncidentProjection(rawValue: 1 << 6)
    public static let actors = IncidentProjection(rawValue: 1 << 1)
    /// `killedByGroup`, which no export writes.
    public static let killedByGroup = IncidentProjection(rawValue: 1 << 2)
    /// `evidence.text` (the offsets are always read).
    public static let evidenceText = IncidentProjection(rawValue: 1 << 3)
    public static let warnings = IncidentProjection(rawValue: 1 << 4)
    /// `StoredIncident.sources`: one more query per page.
    public static let sources = IncidentProjection(rawValue: 1 << 5)

    public static let all: IncidentProjection = [.location, .locationDetails, .actors, .killedByGroup, .evidenceText, .warnings, .sources]
}
