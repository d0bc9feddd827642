/// Circle radius (CSS pixels) for a number of people killed: the area grows with the toll (square root),
/// so one massacre does not hide fifty skirmishes, and is capped so it does not cover a region.
public enum MarkerScale {
    public static let minimumRadius = 4.0
    public static let maximumRadius = 30.0

    /// Unknown (nil) and zero deaths get the smallest circle.
    public static func radius(killed: Int?) -> Double {
        guard let killed, killed > 0 else { return minimumRadius }
        return min(minimumRadius + 2 * Double(killed).squareRoot(), maximumRadius)
    }

    /// Tolls the legend shows: a few round numbers up to the largest toll on the map.
    public static func legendSamples(maxKilled: Int) -> [Int] {
        let candidates = [1, 10, 50, 100]
        let shown = candidates.filter { $0 <= max(maxKilled, 10) }
        return shown
    }
}
