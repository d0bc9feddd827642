import Foundation
import Gazetteer
import Geocoding
import Text

/// The words of a token list in the form the lexicons compare them: `NameNormalizer`'s (accents, case and
/// apostrophes gone), with a hyphenated token split into its parts, so "Al-Qaïda" meets "Al Qaïda" and
/// "attentat-suicide" meets "attentat suicide". Each word remembers its token, so a match can be held to
/// whole tokens ("lance-roquettes" is not "roquettes").
struct FoldedWords {
    struct Word {
        /// The compared form: "attaque" for "attaqué", "d" for "d'", "," for a comma.
        let key: String
        /// The word as written, accents and case kept (case rules for acronyms look at it).
        let surface: String
        let token: Int
        let startsToken: Bool
        let endsToken: Bool
    }

    let words: [Word]

    init(_ tokens: [Token]) {
        var words: [Word] = []
        words.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            let parts = token.kind == .word ? Self.hyphenParts(token.text) : [token.text]
            for (k, part) in parts.enumerated() {
                let key = token.kind == .word ? NameNormalizer.normalize(part) : part
                words.append(Word(key: key.isEmpty ? part : key, surface: part, token: index,
                                  startsToken: k == 0, endsToken: k == parts.count - 1))
            }
        }
        self.words = words
    }

    var count: Int { words.count }
    subscript(_ i: Int) -> Word { words[i] }

    /// The key of word `i`, or "" outside the list: look-arounds need no bounds checks.
    func key(_ i: Int) -> String { i >= 0 && i < words.count ? words[i].key : "" }

    /// The index of the first word of token `token` (words are in token order).
    func firstWord(ofToken token: Int) -> Int {
        var low = 0
        var high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words[mid].token < token { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The keys of the words within `reach` tokens of any of `tokenRanges`, in text order, each word once.
    func window(around tokenRanges: [Range<Int>], reach: Int) -> [String] {
        let spans = tokenRanges.filter { !$0.isEmpty }.map { max(0, $0.lowerBound - reach)..<($0.upperBound + reach) }
        return words.filter { word in spans.contains { $0.contains(word.token) } }.map(\.key)
    }

    /// The token range a run of words covers.
    func tokenRange(_ range: Range<Int>) -> Range<Int> {
        guard let first = range.first, let last = range.last else { return 0..<0 }
        return words[first].token..<(words[last].token + 1)
    }

    /// The word's letters with accents dropped and case kept: "FAMa" stays "FAMa", "Ménaka" becomes "Menaka".
    static func accentless(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            view.append(scalar)
        }
        return String(view)
    }

    private static func hyphenParts(_ text: String) -> [String] {
        guard text.unicodeScalars.contains(where: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }) else {
            return [text]
        }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }).map(String.init)
        return parts.isEmpty ? [text] : parts
    }
}
