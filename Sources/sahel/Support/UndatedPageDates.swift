import Incidents

/// The rule for web pages and feed items that state no publication date (and were read without
/// `--published`): their relative dates ("mercredi", "hier", "le 7 octobre") have no anchor, so an incident
/// left without a day of its own is coded date_precision 3 at best, never 1 or 2. Incidents dated by an
/// absolute date in the text ("le 7 octobre 2021") keep theirs.
///
/// Applied here, on the extractor's output, because the incident reader (Sources/Incidents) does not know
/// about pages; its natural home is `DateResolution` there, given the document's `isUndatedPage`.
enum UndatedPageDates {
    static func applied(to incidents: [Incident], undated: Bool) -> [Incident] {
        guard undated else { return incidents }
        return incidents.map { incident in
            guard incident.date == nil else { return incident }
            var coded = incident
            coded.datePrecision = max(coded.datePrecision ?? 3, 3)
            return coded
        }
    }
}
