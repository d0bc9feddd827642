/// How much a store holds: documents, the reports read from them, and the incidents those reports merged into.
public struct IncidentStoreCounts: Sendable, Equatable {
    public var documents: Int
    public var reports: Int
    public var incidents: Int

    public init(documents: Int, reports: Int, incidents: Int) {
        self.documents = documents
        self.reports = reports
        self.incidents = incidents
    }
}
