import Foundation
/// Reads the day out of the ways pages and feeds write dates: ISO 8601 (`2021-10-07T08:30:00+00:00`, the
/// day as the publisher wrote it, whatever the offset), RFC 822 (`Thu, 07 Oct 2021 08:30:00 +0000`), dates in
/// a URL path (`/2021/10/07/`), and the date lines readers see ("Publié le jeudi 7 octobre 2021",
/// "Published on October 7, 2021", "07/10/2021").
enum DateText {
    /// An ISO 8601 date or date-time, an RFC 822 date, or a written date.
    static func day(from text: String) -> DayDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let iso = isoDay(trimmed) { return iso }
        return writtenDay(in: trimmed)
    }

    /// `YYYY-MM-DD` (or `YYYY/MM/DD`) at the start of the text.
    static func isoDay(_ text: String) -> DayDate? {
        let b = Array(text.utf8.prefix(10))
        guard b.count == 10, b[4] == b[7], b[4] == UInt8(ascii: "-") || b[4] == UInt8(ascii: "/"),
              let y = number(b[0..<4]), let m = number(b[5..<7]), let d = number(b[8..<10]) else { return nil }
        return DayDate(year: y, month: m, day: d)
    }

    /// `/2021/10/07/` or `/2021-10-07-` in a URL path.
    static func urlDay(_ url: String) -> DayDate? {
        let path: Substring
        if let scheme = url.range(of: "://") {
            let rest = url[scheme.upperBound...]
            path = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        } else {
            path = Substring(url)
        }
        let parts = path.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." })
        guard parts.count >= 3 else { return nil }
        for i in 0..<(parts.count - 2) {
            guard parts[i].count == 4, parts[i + 1].count == 2, parts[i + 2].count == 2,
                  let y = Int(parts[i]), let m = Int(parts[i + 1]), let d = Int(parts[i + 2]),
                  (1990...2100).contains(y) else { continue }
            if let day = DayDate(year: y, month: m, day: d) { return day }
        }
        return nil
    }

    /// The first day written in words or digits: "7 octobre 2021", "1er mai 2020", "October 7, 2021",
    /// "7 Oct 2021", "07/10/2021" (day first, as French and British pages write it), "2021-10-07".
    static func writtenDay(in text: String) -> DayDate? {
        let words = tokens(BoilerplateText.fold(text))
        for i in words.indices {
            let w = words[i]
            if let iso = isoDay(w) { return iso }
            if let numeric = slashDay(w) { return numeric }
            // day month year
            if let d = dayNumber(w), i + 2 < words.count, let m = month(words[i + 1]), let y = year(words[i + 2]) {
                if let date = DayDate(year: y, month: m, day: d) { return date }
            }
            // month day year
            if let m = month(w), i + 2 < words.count, let d = dayNumber(words[i + 1]), let y = year(words[i + 2]) {
                if let date = DayDate(year: y, month: m, day: d) { return date }
            }
        }
        return nil
    }

    /// A date line's day: the text starts with a publication word ("Publié le", "Published on", "Mis en
    /// ligne le", "Posted") and names a day soon after.
    static func dateLineDay(_ text: String) -> DayDate? {
        let folded = BoilerplateText.fold(String(text.prefix(160)))
        let keys = ["publie", "mis en ligne", "published", "posted", "date de publication", "paru le"]
        guard let key = keys.first(where: { folded.hasPrefix($0) || ByteSearch.contains(folded, " " + $0) || ByteSearch.contains(folded, "|" + $0) }),
              let range = folded.range(of: key) else { return nil }
        return writtenDay(in: String(folded[range.upperBound...].prefix(80)))
    }

    private static func tokens(_ folded: String) -> [String] {
        folded.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" || $0 == "\t" || $0 == "(" || $0 == ")" })
            .map { word in
                var w = Substring(word)
                while let last = w.last, last == "." || last == ":" || last == ";" || last == "|" { w = w.dropLast() }
                return String(w)
            }
            .filter { !$0.isEmpty }
    }

    private static func slashDay(_ word: String) -> DayDate? {
        let parts = word.split(whereSeparator: { $0 == "/" || $0 == "." })
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
              parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        return DayDate(year: y, month: m, day: d)
    }

    private static func dayNumber(_ word: String) -> Int? {
        var w = Substring(word)
        for suffix in ["er", "st", "nd", "rd", "th", "e"] where w.hasSuffix(suffix) && w.count > suffix.count {
            w = w.dropLast(suffix.count)
            break
        }
        guard w.count <= 2, let n = Int(w), (1...31).contains(n) else { return nil }
        return n
    }

    private static func year(_ word: String) -> Int? {
        guard word.count == 4, let n = Int(word), (1900...2200).contains(n) else { return nil }
        return n
    }

    static func month(_ word: String) -> Int? {
        months[word] ?? (word.count >= 3 ? months[String(word.prefix(4))] ?? months[String(word.prefix(3))] : nil)
    }

    private static let months: [String: Int] = [
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
        "janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    ]

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for b in bytes {
            guard b >= 0x30, b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }
}
