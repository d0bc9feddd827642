/// An incident-store problem, naming the database and, when it is about one report, its document and incident.
public struct IncidentStoreError: Error, CustomStringConvertible, Sendable {
    public let file: String?
    public let documentID: String?
    public let incidentID: String?
    public let message: String

    public init(file: String? = nil, documentID: String? = nil, incidentID: String? = nil, message: String) {
        self.file = file
        self.documentID = documentID
        self.incidentID = incidentID
        self.message = message
    }

    /// The same error, naming `file` unless it already names one.
    func naming(_ file: String) -> IncidentStoreError {
        IncidentStoreError(file: self.file ?? file, documentID: documentID, incidentID: incidentID, message: message)
    }

    public var description: String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let incidentID {
            parts.append("incident \(incidentID)")
        } else if let documentID {
            parts.append("document \(documentID)")
        }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
