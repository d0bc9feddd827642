/// A planar coordinate as GEOS sees it: `x` is longitude (or easting), `y` latitude (or northing).
public struct Coordinate: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
