/// One pass of `SentenceSplitter` over a text's scalars: the sentence being read and the quote state.
struct SentenceScan {
    let scalars: [Unicode.Scalar]
    var result: [Range<Int>] = []
    var start: Int? = nil
    /// Inside a straight double quote: the next `"` closes it.
    var straightQuoteOpen = false

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func run() -> [Range<Int>] {
        let n = scalars.count
        var i = 0
        while i < n {
            let c = scalars[i]
            if Self.isNewline(c) {
                i = newline(at: i)
                continue
            }
            if Self.isSpace(c) {
                i += 1
                continue
            }
            if start == nil { start = i }
            if c == "\"" { straightQuoteOpen.toggle() }
            guard Self.isTerminal(c) else {
                i += 1
                continue
            }
            var runEnd = i
            while runEnd < n && Self.isTerminal(scalars[runEnd]) { runEnd += 1 }
            let (end, closedQuote) = closers(after: runEnd)
            if isBoundary(markStart: i, runEnd: runEnd, end: end) {
                if closedQuote { straightQuoteOpen = false }
                close(at: end)
                i = end
            } else {
                i = runEnd
            }
        }
        if start != nil { close(at: trimmedEnd(n)) }
        return result
    }

    // MARK: - Sentence marks

    /// Closing quotes and brackets after the mark, a space allowed before each (French "fin. »").
    private func closers(after runEnd: Int) -> (end: Int, closedQuote: Bool) {
        var end = runEnd
        var quoteOpen = straightQuoteOpen
        var closed = false
        while true {
            var m = end
            while m < scalars.count && Self.isSpace(scalars[m]) { m += 1 }
            guard m < scalars.count else { break }
            let c = scalars[m]
            if c == "\"" && quoteOpen {
                quoteOpen = false
                closed = true
            } else if !Self.closingMarks.contains(c) {
                break
            }
            end = m + 1
        }
        return (end, closed)
    }

    private func isBoundary(markStart: Int, runEnd: Int, end: Int) -> Bool {
        let n = scalars.count
        var next = end
        while next < n && Self.isSpace(scalars[next]) { next += 1 }
        let spaced = next > end || end > runEnd
        let single = runEnd - markStart == 1 && scalars[markStart] == "."
        // "(...)" marks a cut in a quotation, inside a sentence.
        if markStart > 0 && (scalars[markStart - 1] == "(" || scalars[markStart - 1] == "[") { return false }
        let word = single ? wordBefore(markStart) : ""
        if single && SentenceAbbreviations.neverFinal.contains(word.lowercased()) { return false }
        guard next < n else { return true }
        let following = scalars[next]
        if single {
            if SentenceAbbreviations.beforeNumber.contains(word.lowercased()) && Self.isDigit(following) { return false }
            // An initial: one capital letter before the period, a capitalised word after ("J. P. Dupont").
            if word.unicodeScalars.count == 1, let letter = word.unicodeScalars.first, letter.properties.isUppercase,
               following.properties.isUppercase {
                return false
            }
        }
        if Self.isNewline(following) { return true }
        if !spaced {
            // "1.000", "12.05.2020", "www.site.ml" stay whole; "Gao.Le" (a missing space) is still a boundary.
            guard single, following.properties.isUppercase, next + 1 < n, scalars[next + 1].properties.isLowercase,
                  word.unicodeScalars.count >= 3, let last = word.unicodeScalars.last, last.properties.isLowercase
            else { return false }
            return true
        }
        if following.properties.isLowercase { return false }
        if following == "," || following == ";" || following == ":" { return false }
        return true
    }

    /// The word (with inner periods and hyphens) just before the period at `index`: "M", "Gén", "U.S", "J.-C".
    private func wordBefore(_ index: Int) -> String {
        var k = index
        while k > 0 {
            let c = scalars[k - 1]
            // Digits too, so "21st." is not the abbreviation "St.".
            if c.properties.isAlphabetic || Self.isDigit(c) || c == "°" || c == "º" {
                k -= 1
            } else if (c == "." || c == "-") && k - 2 >= 0
                        && (scalars[k - 2].properties.isAlphabetic || scalars[k - 2] == ".") {
                k -= 1
            } else {
                break
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[k..<index])
        return String(view)
    }

    // MARK: - Lines

    /// A line break: a blank line ends the sentence; so does a line without final punctuation (a headline)
    /// when the next line starts like a sentence. Returns where to resume.
    private mutating func newline(at index: Int) -> Int {
        var j = index
        var breaks = 0
        while j < scalars.count && (Self.isSpace(scalars[j]) || Self.isNewline(scalars[j])) {
            if Self.isNewline(scalars[j]) && !(scalars[j] == "\n" && j > 0 && scalars[j - 1] == "\r") { breaks += 1 }
            j += 1
        }
        guard start != nil else { return j }
        let end = trimmedEnd(index)
        if breaks >= 2 || j == scalars.count {
            close(at: end)
            straightQuoteOpen = false
        } else if !lineEndsUnfinished(end) && startsSentence(j) {
            close(at: end)
        }
        return j
    }

    /// Whether the line ending at `end` stops mid-phrase: on a comma or hyphen, on a short lowercase word such
    /// as "de", "à", "the" (a wrapped line, not a headline), or on a period that was not a full stop ("M.").
    private func lineEndsUnfinished(_ end: Int) -> Bool {
        guard end > 0 else { return true }
        let last = scalars[end - 1]
        if Self.isTerminal(last) { return true }
        if Self.closingMarks.contains(last) || last == "\"" { return false }
        if Self.continuingMarks.contains(last) { return true }
        let word = wordBefore(end)
        return word.unicodeScalars.count <= 3 && word == word.lowercased() && !word.isEmpty
    }

    private func startsSentence(_ index: Int) -> Bool {
        guard index < scalars.count else { return true }
        return !scalars[index].properties.isLowercase
    }

    // MARK: - Bookkeeping

    private mutating func close(at end: Int) {
        if let start, end > start { result.append(start..<end) }
        start = nil
    }

    /// `index` moved back over trailing spaces.
    private func trimmedEnd(_ index: Int) -> Int {
        var k = index
        while let start, k > start, Self.isSpace(scalars[k - 1]) || Self.isNewline(scalars[k - 1]) { k -= 1 }
        return k
    }

    private static let closingMarks: Set<Unicode.Scalar> = ["\u{00BB}", "\u{201D}", "\u{203A}", ")", "]"]
    private static let continuingMarks: Set<Unicode.Scalar> = [",", ";", ":", "-", "\u{2013}", "\u{2014}", "(", "\u{00AB}",
                                                               "\u{201C}", "&", "/"]

    private static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "\u{2026}" || c == "\u{203C}" || c == "\u{2047}" || c == "\u{2048}"
            || c == "\u{2049}"
    }
    private static func isNewline(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" || c == "\u{0085}"
    }
    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || (c.value >= 0x80 && c.properties.isWhitespace && !isNewline(c))
    }
    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}
