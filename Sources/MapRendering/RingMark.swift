/// A distance ring around the capital, as a closed line of positions, with its label ("50 km").
public struct RingMark: Sendable, Equatable {
    public var radiusKm: Double
    public var label: String
    public var points: [MapPoint]

    public init(radiusKm: Double, label: String, points: [MapPoint]) {
        self.radiusKm = radiusKm
        self.label = label
        self.points = points
    }

    /// Where the label goes: the ring's northernmost vertex, above the capital, where labels never overlap.
    public var labelPoint: MapPoint? { points.max { $0.latitude < $1.latitude } }

    /// "50 km", "12.5 km": whole radii without a fraction.
    public static func label(forKilometres km: Double) -> String {
        let rounded = (km * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded)) km" : "\(rounded) km"
    }
}
