/// A WGS 84 position in degrees, as the map draws it (no validation: callers pass checked coordinates).
public struct MapPoint: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
