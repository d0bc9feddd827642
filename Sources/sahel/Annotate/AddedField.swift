import Foundation

/// The columns `sahel annotate` adds to each point.
enum AddedField: String, CaseIterable {
    case distance = "dist_km"
    case bearing = "bearing_deg"
    case ring
    case region

    static let all = AddedField.allCases.map(\.rawValue).joined(separator: ",")

    /// Parses "dist_km,ring,region", keeping the user's order.
    static func parseList(_ text: String) throws -> [AddedField] {
        var fields: [AddedField] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let field = AddedField(rawValue: name) else {
                throw CommandFailure(status: ExitStatus.usage,
                                     description: "--fields: '\(name)' is not one of \(all)")
            }
            if !fields.contains(field) { fields.append(field) }
        }
        return fields
    }
}
