/// A problem in a sites or routes file, located as precisely as the reader knows it: the line of a CSV row,
/// the feature of a GeoJSON file, and the field at fault.
public struct SiteFileError: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Kind: Sendable, Equatable {
        /// The file cannot be opened or read.
        case unreadable
        /// The file is read but something in it is wrong.
        case badData
    }

    public let kind: Kind
    /// The file as the user named it.
    public let file: String
    /// 1-based line of a CSV row; nil for GeoJSON or a whole-file problem.
    public let line: Int?
    /// Where in a GeoJSON file: `features[3]`.
    public let feature: Int?
    /// The column or property at fault: `lat`, `name`, `geometry`.
    public let field: String?
    public let message: String

    public init(kind: Kind = .badData, file: String, line: Int? = nil, feature: Int? = nil, field: String? = nil,
                message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.feature = feature
        self.field = field
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let feature { location += ": features[\(feature)]" }
        if let field { location += ": field '\(field)'" }
        return "\(location): \(message)"
    }
}
