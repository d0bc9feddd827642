/// A problem in a delimited text file, located as precisely as the reader knows it.
public struct CSVError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as the user named it (`-` for standard input).
    public let file: String
    /// 1-based line on which the offending record starts, or nil when the whole file is at fault.
    public let line: Int?
    /// The column header the problem is in, when it is about one field.
    public let field: String?
    public let message: String

    public init(file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let field { location += ": field '\(field)'" }
        return "\(location): \(message)"
    }
}
