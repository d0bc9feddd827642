import Incidents

/// An incident store: every report appended, and the incidents they merge into (see `DuplicateRule` for when
/// two reports are one event, `IncidentMerge` for what the merged incident says). `SQLiteIncidentStore` keeps
/// one analyst's in a file; `PostGISIncidentStore` a team's in PostgreSQL, written by several processes at once.
/// Both give the same incidents, in the same order, for the same appends.
public protocol IncidentStore: Sendable {
    /// The store as messages name it: a path, or a connection URL without its password.
    var name: String { get }

    /// Stores several documents' incidents in one transaction, all or nothing: the same as appending each in
    /// turn (in `batch` order, a document listed twice replaced by its second listing). Appending a document
    /// again replaces its earlier contribution; with the same incidents nothing changes at all.
    ///
    /// - Returns: what each append did, one per element of `batch`.
    /// - Throws: `IncidentStoreError` naming the store, and the document or incident at fault.
    @discardableResult
    func append(_ batch: [(incidents: [Incident], document: ReportDocument)]) throws -> [IncidentAppendResult]

    /// Calls `body` with successive pages of at most `pageSize` merged incidents, ordered by date (undated
    /// last), then incident id; memory stays at a page or two. `since` and `until` (`YYYY-MM-DD`, both
    /// inclusive) bound the date, leaving undated incidents out. `projection` names the parts to read; the
    /// others come back empty. Errors `body` throws are passed on as they are.
    func readPages(since: String?, until: String?, pageSize: Int, projection: IncidentProjection,
                   _ body: ([StoredIncident]) throws -> Void) throws

    /// Every report of the incident whose id is `incidentID`, as its article told it, in the order their
    /// documents were added. Empty when there is no such incident.
    func reports(ofIncident incidentID: String) throws -> [Incident]

    /// How many documents, reports and incidents the store holds.
    func counts() throws -> IncidentStoreCounts
}

extension IncidentStore {
    /// Stores the incidents read from `document`, in one transaction (see `append(_:)`).
    @discardableResult
    public func append(_ incidents: [Incident], document: ReportDocument) throws -> IncidentAppendResult {
        try append([(incidents, document)]).first ?? IncidentAppendResult(unchanged: true)
    }

    /// `readPages` with its defaults: every date, pages of 1000, every part.
    public func forEachPage(since: String? = nil, until: String? = nil, pageSize: Int = 1000,
                            reading projection: IncidentProjection = .all,
                            _ body: ([StoredIncident]) throws -> Void) throws {
        try readPages(since: since, until: until, pageSize: pageSize, projection: projection, body)
    }

    /// The merged incidents with their sources, in page order. For large stores prefer `forEachPage`.
    public func incidents(since: String? = nil, until: String? = nil) throws -> [StoredIncident] {
        var all: [StoredIncident] = []
        try forEachPage(since: since, until: until) { all.append(contentsOf: $0) }
        return all
    }
}
