import Incidents
/// How a proximity report groups incidents in time.
public enum PeriodGranularity: String, Sendable, CaseIterable {
    /// ISO 8601 weeks, labelled `2022-W30`.
    case week
    /// Calendar months, labelled `2022-07`.
    case month

    /// The label of the period holding `day`; labels sort in time order as strings.
    public func label(of day: CivilDate) -> String {
        switch self {
        case .week: return day.weekLabel
        case .month: return day.monthLabel
        }
    }
}
