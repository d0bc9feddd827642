/// What one `IncidentStore.append` did, for a summary line.
public struct IncidentAppendResult: Sendable, Equatable {
    /// Reports that became incidents of their own.
    public var newIncidents: Int
    /// Reports found to describe an incident already in the store, and merged into it.
    public var mergedReports: Int
    /// The document was in the store before with other reports (or another source file or date): its earlier
    /// reports were taken out first.
    public var replacedDocument: Bool
    /// The document was in the store with exactly these reports, so nothing was written.
    public var unchanged: Bool

    public init(newIncidents: Int = 0, mergedReports: Int = 0, replacedDocument: Bool = false, unchanged: Bool = false) {
        self.newIncidents = newIncidents
        self.mergedReports = mergedReports
        self.replacedDocument = replacedDocument
        self.unchanged = unchanged
    }
}
