import Geocoding
import Text

/// Finds the dates of a report, in order, and turns each into a day with ACLED's date precision.
///
/// Absolute dates carry their own year; weekdays, "hier", "la semaine dernière" and days without a year are
/// read against the publication date (see `DateResolver` for the rules); "la veille", "le lendemain" and
/// "the same day" are left for the assembler, which knows the incident they follow. Without a publication
/// date the relative ones come back with their anchor and no day, so the caller can leave the date null.
public struct DateReader: Sendable {
    public let published: CivilDate?
    public let language: DocumentLanguage
    private let resolver: DateResolver
    private let relative: RelativeDatePattern
    private let numeric: NumericDatePattern
    private let calendar: CalendarDatePattern

    public init(published: CivilDate?, language: DocumentLanguage) {
        self.published = published
        self.language = language
        let lexicon = DateLexicon.forLanguage(language)
        self.resolver = DateResolver(published: published)
        self.calendar = CalendarDatePattern(lexicon: lexicon)
        self.relative = RelativeDatePattern(lexicon: lexicon, calendar: calendar)
        self.numeric = NumericDatePattern(monthFirstWhenForced: language == .en)
    }

    /// Dates in the text in order, with warnings for impossible ones (which are left out) and for weekdays
    /// that disagree with their date (which are kept). `tokens` are `Tokenizer.tokens(in: text)`.
    public func dates(in text: String, tokens: [Token]) -> (dates: [DateMention], warnings: [String]) {
        let view = DateTokens(tokens: tokens)
        let scalars = Array(text.unicodeScalars)
        var dates: [DateMention] = []
        var warnings: [String] = []
        var i = 0
        while i < view.count {
            guard let match = relative.match(at: i, in: view) ?? numeric.match(at: i, in: view)
                ?? calendar.match(at: i, in: view)
            else {
                i += 1
                continue
            }
            let start = tokens[match.first].start
            let end = tokens[match.last].end
            // Offsets from another text would not slice this one: take what lies inside it.
            let surface = start <= end && end <= scalars.count ? String(String.UnicodeScalarView(scalars[start..<end])) : ""
            let (outcome, warning) = resolver.resolve(match.reading, text: surface)
            if let warning { warnings.append(warning) }
            if let outcome {
                // "Around 6 October 2021", "vers le 6 octobre": a day given as approximate is known within a week.
                let approximate = outcome.precision == 1 && Self.isApproximate(before: match.first, tokens)
                dates.append(DateMention(start: start, end: end, text: surface, date: outcome.date,
                                         precision: approximate ? 2 : outcome.precision, anchor: outcome.anchor))
            }
            i = match.last + 1
        }
        return (dates, warnings)
    }

    /// Words before a day that make it approximate: "around 6 October", "vers le 6 octobre".
    private static let approximateDayMarkers: Set<String> = ["around", "about", "circa", "approximately", "vers"]

    private static func isApproximate(before first: Int, _ tokens: [Token]) -> Bool {
        var k = first - 1
        if k >= 0, ["le", "the", "on"].contains(tokens[k].lowercasedForm) { k -= 1 }
        return k >= 0 && approximateDayMarkers.contains(tokens[k].lowercasedForm)
    }

    /// The same, tokenizing the text here.
    public func dates(in text: String) -> (dates: [DateMention], warnings: [String]) {
        dates(in: text, tokens: Tokenizer.tokens(in: text))
    }
}
