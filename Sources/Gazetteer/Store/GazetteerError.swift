/// A gazetteer problem, with the file and line when it comes from an import, or the database path.
public struct GazetteerError: Error, CustomStringConvertible, Sendable {
    public let file: String?
    public let line: Int?
    public let message: String

    public init(file: String? = nil, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        var location = ""
        if let file { location = file }
        if let line { location += ":\(line)" }
        return location.isEmpty ? message : "\(location): \(message)"
    }
}
