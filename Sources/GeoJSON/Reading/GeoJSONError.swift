/// A GeoJSON input that could not be read, with where: the file and the JSON path of the
/// offending value (`features[3].geometry.coordinates[0]`, or `$` for the document itself).
public struct GeoJSONError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file path, when the input was read from a file.
    public let file: String?
    /// The JSON path of the offending value, e.g. `features[3].geometry.coordinates[0][5]`.
    public let path: String
    /// What is wrong, e.g. `linear ring is not closed (first position != last)`.
    public let message: String

    public init(file: String? = nil, path: String, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    /// `admin1.geojson: features[3].geometry.coordinates[0]: linear ring is not closed ...`
    public var description: String {
        if let file { "\(file): \(path): \(message)" } else { "\(path): \(message)" }
    }
}
