/// A sentence with an event word that did not become an incident, and why (`--explain`).
public struct DroppedMention: Sendable, Equatable {
    /// Index of the sentence in the report.
    public let sentence: Int
    public let reason: String
}
