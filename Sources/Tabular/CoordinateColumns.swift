/// Which columns of a table hold latitude and longitude.
public struct CoordinateColumns: Sendable, Equatable {
    public let latitude: Int
    public let longitude: Int

    public init(latitude: Int, longitude: Int) {
        self.latitude = latitude
        self.longitude = longitude
    }

    static let latitudeNames: Set<String> = ["lat", "latitude", "lat_dd", "latitude_dd", "y_lat"]
    static let longitudeNames: Set<String> = ["lon", "lng", "long", "longitude", "lon_dd", "longitude_dd", "x_lon"]

    /// Finds the coordinate columns by name (case-insensitive), or takes the ones the user named.
    /// Fails, listing the header, when none or several columns could be the latitude (or the longitude).
    public init(header: [String], file: String, latitudeColumn: String? = nil, longitudeColumn: String? = nil) throws(CSVError) {
        latitude = try Self.find(latitudeColumn, among: Self.latitudeNames, role: "latitude", option: "--lat-column", header: header, file: file)
        longitude = try Self.find(longitudeColumn, among: Self.longitudeNames, role: "longitude", option: "--lon-column", header: header, file: file)
        guard latitude != longitude else {
            throw CSVError(file: file, line: 1, message: "the same column '\(header[latitude])' cannot be both latitude and longitude")
        }
    }

    private static func find(_ chosen: String?, among names: Set<String>, role: String, option: String,
                             header: [String], file: String) throws(CSVError) -> Int {
        let columns = header.map { "'\($0)'" }.joined(separator: ", ")
        if let chosen {
            guard let index = header.firstIndex(of: chosen) ?? header.firstIndex(where: { $0.lowercased() == chosen.lowercased() }) else {
                throw CSVError(file: file, line: 1, message: "no column named '\(chosen)' for the \(role); the columns are \(columns)")
            }
            return index
        }
        let matches = header.indices.filter { names.contains(header[$0].lowercased()) }
        switch matches.count {
        case 1:
            return matches[0]
        case 0:
            throw CSVError(file: file, line: 1, message: "no \(role) column found among \(columns); name it with \(option)")
        default:
            let found = matches.map { "'\(header[$0])'" }.joined(separator: " and ")
            throw CSVError(file: file, line: 1, message: "\(found) could each be the \(role); choose one with \(option)")
        }
    }
}
