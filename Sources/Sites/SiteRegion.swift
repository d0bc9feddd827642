import Spatial

/// The area the toolkit covers, as a latitude/longitude box: a site or route vertex outside it is almost always
/// a mistake (latitude and longitude swapped, a sign lost, a site of another country's file), so it is refused.
public struct SiteRegion: Sendable, Equatable {
    public let minLatitude: Double
    public let maxLatitude: Double
    public let minLongitude: Double
    public let maxLongitude: Double

    public init(minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double) {
        self.minLatitude = minLatitude
        self.maxLatitude = maxLatitude
        self.minLongitude = minLongitude
        self.maxLongitude = maxLongitude
    }

    /// West Africa from the Atlantic to Chad and from the Gulf of Guinea to southern Algeria and Libya: the
    /// Sahel countries and their neighbours.
    public static let sahel = SiteRegion(minLatitude: 0, maxLatitude: 30, minLongitude: -20, maxLongitude: 30)

    public func contains(_ p: GeoPoint) -> Bool {
        (minLatitude...maxLatitude).contains(p.latitude) && (minLongitude...maxLongitude).contains(p.longitude)
    }

    /// "latitude 0...30, longitude -20...30", for messages.
    public var extentText: String {
        "latitude \(Self.format(minLatitude))...\(Self.format(maxLatitude)), "
            + "longitude \(Self.format(minLongitude))...\(Self.format(maxLongitude))"
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
