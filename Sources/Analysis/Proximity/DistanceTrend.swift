import Incidents
import Foundation

/// Whether incidents are coming closer to the capital: the least-squares slope of the monthly median distance
/// against the month, in km per month, and the sentence an analyst would write from it.
///
/// Only months with located incidents count, each as one point at its place in time (a gap of three empty
/// months is three months of x), so a quiet spell neither flattens nor steepens the line. Fewer than three such
/// months give no trend: two points always fit a line perfectly and say nothing about a direction.
public struct DistanceTrend: Sendable, Equatable {
    /// One month of the series: its index (`CivilDate.monthIndex`), median distance and located incidents.
    public struct Month: Sendable, Equatable {
        public let monthIndex: Int
        public let medianKm: Double
        public let incidents: Int

        public init(monthIndex: Int, medianKm: Double, incidents: Int) {
            self.monthIndex = monthIndex
            self.medianKm = medianKm
            self.incidents = incidents
        }
    }

    /// The fewest months with located incidents that give a trend.
    public static let minimumMonths = 3

    /// km per month; negative means closer to the capital. nil when there are too few months.
    public let kilometresPerMonth: Double?
    /// First and last month of the series (`2022-01`), nil when there are no located incidents.
    public let from: String?
    public let to: String?
    /// Located, dated incidents in the months of the series.
    public let incidents: Int
    /// Months with located incidents.
    public let months: Int
    /// "attacks moved 4.2 km/month closer to Bamako, Jan–Jul 2022, 38 incidents".
    public let sentence: String

    public init(months series: [Month], capitalName: String) {
        let sorted = series.sorted { $0.monthIndex < $1.monthIndex }
        months = sorted.count
        incidents = sorted.reduce(0) { $0 + $1.incidents }
        from = sorted.first.map { Self.label(monthIndex: $0.monthIndex) }
        to = sorted.last.map { Self.label(monthIndex: $0.monthIndex) }
        guard sorted.count >= Self.minimumMonths, let first = sorted.first, let last = sorted.last else {
            kilometresPerMonth = nil
            sentence = "no trend: fewer than \(Self.minimumMonths) months with located incidents"
            return
        }
        let slope = Self.leastSquaresSlope(x: sorted.map { Double($0.monthIndex) }, y: sorted.map(\.medianKm))
        kilometresPerMonth = slope
        let span = Self.span(first.monthIndex, last.monthIndex)
        let count = "\(incidents) incident\(incidents == 1 ? "" : "s")"
        let rounded = (abs(slope) * 10).rounded() / 10
        if rounded == 0 {
            sentence = "attacks stayed at the same distance from \(capitalName) (under 0.05 km/month), \(span), \(count)"
        } else {
            let direction = slope < 0 ? "closer to" : "further from"
            sentence = "attacks moved \(String(format: "%.1f", rounded)) km/month \(direction) \(capitalName), \(span), \(count)"
        }
    }

    /// The ordinary least-squares slope of y on x; 0 when all x are equal.
    public static func leastSquaresSlope(x: [Double], y: [Double]) -> Double {
        precondition(x.count == y.count, "leastSquaresSlope: x and y must have the same count")
        guard !x.isEmpty else { return 0 }
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n, meanY = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0
        for i in x.indices {
            sxy += (x[i] - meanX) * (y[i] - meanY)
            sxx += (x[i] - meanX) * (x[i] - meanX)
        }
        return sxx == 0 ? 0 : sxy / sxx
    }

    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `2022-07` for a month index.
    static func label(monthIndex: Int) -> String {
        let year = monthIndex / 12, month = monthIndex % 12 + 1
        return String(year) + (month < 10 ? "-0" : "-") + String(month)
    }

    /// "Jan–Jul 2022", or "Nov 2015–Feb 2016" across years.
    static func span(_ first: Int, _ last: Int) -> String {
        let (y1, m1) = (first / 12, first % 12), (y2, m2) = (last / 12, last % 12)
        if y1 == y2 { return "\(monthNames[m1])–\(monthNames[m2]) \(y2)" }
        return "\(monthNames[m1]) \(y1)–\(monthNames[m2]) \(y2)"
    }
}
