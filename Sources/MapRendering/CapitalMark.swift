/// The capital the rings are centred on and distances measured from.
public struct CapitalMark: Sendable, Equatable {
    public var name: String
    public var point: MapPoint

    public init(name: String, point: MapPoint) {
        self.name = name
        self.point = point
    }
}
