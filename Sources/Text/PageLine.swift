/// One line of a document with what the layout rules read of it.
struct PageLine {
    /// The whole line, its newline excluded.
    let range: Range<Int>
    /// The line without its leading and trailing spaces (empty for a blank line).
    let content: Range<Int>
    /// Lowercase, accents removed, leading bullets and brackets dropped, at most `foldedLength` scalars:
    /// the form boilerplate cues are compared in.
    let folded: String
    let words: Int
    /// Ends with ".", "!", "?", "…" or a closing quote after one of them.
    let endsSentence: Bool
    /// Menu separators between items: "|", "•", "·", "›", " / ", " > ", runs of three spaces, "] [".
    let separators: Int

    var isBlank: Bool { content.isEmpty }

    static let foldedLength = 240

    static func lines(of scalars: [Unicode.Scalar]) -> [PageLine] {
        var lines: [PageLine] = []
        var start = 0
        let n = scalars.count
        while start <= n {
            var end = start
            while end < n && scalars[end] != "\n" && scalars[end] != "\r" && scalars[end] != "\u{2028}" { end += 1 }
            lines.append(PageLine(scalars: scalars, range: start..<end))
            if end >= n { break }
            // "\r\n" is one break.
            start = end + 1
            if scalars[end] == "\r" && start < n && scalars[start] == "\n" { start += 1 }
        }
        return lines
    }

    init(scalars: [Unicode.Scalar], range: Range<Int>) {
        self.range = range
        var first = range.lowerBound, last = range.upperBound
        while first < last && Self.isSpace(scalars[first]) { first += 1 }
        while last > first && Self.isSpace(scalars[last - 1]) { last -= 1 }
        content = first..<last
        var words = 0, separators = 0, inWord = false, spaces = 0
        for k in content {
            let c = scalars[k]
            if c.value >= 0x300 && c.value < 0x370 { continue }
            if c.properties.isAlphabetic || (c.value >= 0x30 && c.value <= 0x39) {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
            if c == " " {
                spaces += 1
                if spaces == 3 { separators += 1 }
            } else {
                spaces = 0
            }
            switch c {
            case "|", "\u{2022}", "\u{00B7}", "\u{203A}":
                separators += 1
            case "/", ">":
                if k > content.lowerBound, k + 1 < content.upperBound, scalars[k - 1] == " ", scalars[k + 1] == " " {
                    separators += 1
                }
            case "[":
                if k > content.lowerBound { separators += 1 }
            default: break
            }
        }
        self.words = words
        self.separators = separators
        var end = last
        while end > first && Self.closers.contains(scalars[end - 1]) { end -= 1 }
        endsSentence = end > first && Self.sentenceMarks.contains(scalars[end - 1])
        folded = Self.fold(scalars[content])
    }

    private static let sentenceMarks: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}"]
    private static let closers: Set<Unicode.Scalar> = ["\u{00BB}", "\u{201D}", "\"", ")", "]", " ", "\u{2019}"]
    private static let bullets: Set<Unicode.Scalar> = ["[", "\u{00BB}", "\u{2022}", "-", "*", "\u{203A}", ">", "\u{2013}",
                                                       "\u{2014}", " ", "\u{00B7}", "#"]

    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{00A0}" || c == "\u{202F}" || (c.value >= 0x80 && c.properties.isWhitespace)
    }

    /// Lowercase ASCII letters for Latin letters with accents, the rest lowercased as it is.
    static func fold<S: Collection<Unicode.Scalar>>(_ scalars: S) -> String {
        var view = String.UnicodeScalarView()
        var skipping = true
        var count = 0
        for c in scalars {
            if skipping && bullets.contains(c) { continue }
            skipping = false
            count += 1
            if count > foldedLength { break }
            if c.value < 0x80 {
                view.append(c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(UInt8(c.value + 32)) : c)
                continue
            }
            // Decomposed accents ("e" + U+0301) fold as the composed ones do.
            if c.value >= 0x300 && c.value < 0x370 { continue }
            if c == "\u{2019}" || c == "\u{02BC}" {
                view.append("'")
                continue
            }
            if c == "\u{00A0}" || c == "\u{202F}" {
                view.append(" ")
                continue
            }
            let lower = c.properties.lowercaseMapping
            for l in lower.unicodeScalars { view.append(contentsOf: latinBase[l].map { $0.unicodeScalars } ?? String(l).unicodeScalars) }
        }
        return String(view)
    }
}

/// The base letters of the accented Latin letters of French and of the region's names.
private let latinBase: [Unicode.Scalar: String] = {
    var table: [Unicode.Scalar: String] = [:]
    for (base, letters) in [("a", "àáâãäåā"), ("c", "çč"), ("e", "èéêëēė"), ("i", "ìíîïī"), ("n", "ñ"),
                            ("o", "òóôõöøō"), ("u", "ùúûüū"), ("y", "ýÿ"), ("oe", "œ"), ("ae", "æ"), ("s", "š")] {
        for letter in letters.unicodeScalars { table[letter] = base }
    }
    return table
}()
