/// A longitude/latitude box in degrees.
public struct MapExtent: Sendable, Equatable {
    public var south: Double
    public var west: Double
    public var north: Double
    public var east: Double

    public init(around point: MapPoint) {
        south = point.latitude
        north = point.latitude
        west = point.longitude
        east = point.longitude
    }

    public init(south: Double, west: Double, north: Double, east: Double) {
        self.south = south
        self.west = west
        self.north = north
        self.east = east
    }

    public mutating func include(_ p: MapPoint) {
        south = min(south, p.latitude)
        north = max(north, p.latitude)
        west = min(west, p.longitude)
        east = max(east, p.longitude)
    }

    /// Grown by 5% on each side, and to at least `minimumSpan` degrees each way.
    public func padded(minimumSpan: Double) -> MapExtent {
        let latPad = max((north - south) * 0.05, (minimumSpan - (north - south)) / 2, 0)
        let lonPad = max((east - west) * 0.05, (minimumSpan - (east - west)) / 2, 0)
        return MapExtent(south: max(south - latPad, -90), west: max(west - lonPad, -180),
                         north: min(north + latPad, 90), east: min(east + lonPad, 180))
    }

    public var centerLatitude: Double { (south + north) / 2 }
}
