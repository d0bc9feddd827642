/// A town name drawn to orient by, in place of map tiles: the capital and the admin-1 and admin-2 seats.
public struct PlaceLabel: Sendable, Equatable {
    /// `major` names show from the opening zoom, `minor` ones from one level closer.
    public enum Rank: Int, Sendable, Equatable {
        case capital = 0, major, minor
    }

    public var name: String
    public var point: MapPoint
    public var rank: Rank

    public init(name: String, point: MapPoint, rank: Rank) {
        self.name = name
        self.point = point
        self.rank = rank
    }
}
