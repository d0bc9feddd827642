/// An incident-store problem, naming the database and, when it is about one report, its document and incident.
public struct IncidentStoreError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, for the command's exit status.
    public enum Kind: Sendable, Equatable {
        /// Something in the store or in what was given to it is wrong (a bad value, a broken row, a bad file).
        case badData
        /// There is no incident store there (no file, no database, a database without the store's tables).
        case notFound
        /// The store could not be reached, logged into or written: an unreachable server, a wrong password,
        /// PostGIS missing, no permission to write, the connection lost mid-append.
        case unavailable
    }

    public let kind: Kind
    public let file: String?
    public let documentID: String?
    public let incidentID: String?
    public let message: String

    public init(_ kind: Kind = .badData, file: String? = nil, documentID: String? = nil, incidentID: String? = nil,
                message: String) {
        self.kind = kind
        self.file = file
        self.documentID = documentID
        self.incidentID = incidentID
        self.message = message
    }

    /// The same error, naming `file` unless it already names one.
    func naming(_ file: String) -> IncidentStoreError {
        IncidentStoreError(kind, file: self.file ?? file, documentID: documentID, incidentID: incidentID, message: message)
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
