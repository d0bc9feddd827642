/// Splits text into words, numbers and punctuation, keeping each token's scalar offsets into the original.
///
/// French elision is split off: in "d'Ansongo" and "l’Azawad" the article is a token of its own and the name
/// starts after the apostrophe, so a place's offsets cover the name only. An apostrophe inside a name stays in
/// it: "N'Tillit", "N'Djamena" (an uppercase N or M before the apostrophe and an uppercase letter after it).
public enum Tokenizer {
    public static func tokens(in text: String) -> [Token] {
        tokens(in: Array(text.unicodeScalars))
    }

    /// The same, from the text's scalars (callers that keep them avoid a second copy).
    public static func tokens(in scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if c == " " || c == "\n" || (c.value >= 0x80 || c.value < 0x21) && c.properties.isWhitespace {
                i += 1
                continue
            }
            if isLetter(c) {
                var j = i + 1
                while j < n {
                    if isLetter(scalars[j]) || isMark(scalars[j]) || isDigit(scalars[j]) {
                        j += 1
                    } else if (isHyphen(scalars[j]) || isApostrophe(scalars[j])) && j + 1 < n && isLetter(scalars[j + 1]) {
                        if isApostrophe(scalars[j]) && isElision(scalars[i..<j], next: scalars[j + 1]) { break }
                        j += 2
                    } else {
                        break
                    }
                }
                if j < n && isApostrophe(scalars[j]) && isElision(scalars[i..<j], next: j + 1 < n ? scalars[j + 1] : " ") {
                    // The article with its apostrophe: "d'", "l'", "qu'".
                    tokens.append(token(scalars, i, j + 1, .word))
                    i = j + 1
                    continue
                }
                tokens.append(token(scalars, i, j, .word))
                i = j
            } else if isDigit(c) {
                var j = i + 1
                while j < n {
                    if isDigit(scalars[j]) {
                        j += 1
                    } else if (scalars[j] == "." || scalars[j] == ",") && j + 1 < n && isDigit(scalars[j + 1]) {
                        j += 2
                    } else {
                        break
                    }
                }
                tokens.append(token(scalars, i, j, .number))
                i = j
            } else {
                tokens.append(token(scalars, i, i + 1, .punctuation))
                i += 1
            }
        }
        return tokens
    }

    private static func token(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: Token.Kind) -> Token {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return Token(text: String(view), start: start, end: end, kind: kind)
    }

    /// French articles and pronouns that elide before a vowel or mute h.
    private static let elidable: Set<String> = ["d", "l", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"]

    /// `prefix` + apostrophe is an elided article, not part of a name such as N'Tillit or M'Bera.
    private static func isElision(_ prefix: ArraySlice<Unicode.Scalar>, next: Unicode.Scalar) -> Bool {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: prefix)
        let word = String(view)
        guard elidable.contains(word.lowercased()) else { return false }
        if (word == "N" || word == "M") && next.properties.isUppercase { return false }
        return true
    }

    // ASCII answers without a Unicode property lookup, which dominates tokenizing otherwise.
    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        return c.properties.isAlphabetic
    }
    private static func isMark(_ c: Unicode.Scalar) -> Bool { c.value >= 0x300 && c.properties.generalCategory == .nonspacingMark }
    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    private static func isHyphen(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2010}" || c == "\u{2011}" }
    private static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" || c == "\u{02BC}" }
}
