import Gazetteer
import Geocoding
import Text

/// The tokens of a text with the form date words are compared in: accents stripped, lowercase, apostrophes
/// dropped and hyphens turned into spaces, so "Février", "fevrier" and "FÉVRIER" meet, "aujourd'hui" is
/// "aujourdhui" and "week-end" is "week end".
struct DateTokens {
    let tokens: [Token]
    let forms: [String]

    init(tokens: [Token]) {
        self.tokens = tokens
        self.forms = tokens.map { $0.kind == .word ? NameNormalizer.normalize($0.text) : $0.text }
    }

    var count: Int { tokens.count }

    /// The form of token `i`, or nil past either end (patterns look ahead without bounds checks of their own).
    func form(_ i: Int) -> String? {
        i >= 0 && i < forms.count ? forms[i] : nil
    }

    func isWord(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word
    }

    /// A plain run of `digits` digits (no decimal point), as a day, month or year is written.
    func integer(_ i: Int, digits: ClosedRange<Int>) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return nil }
        return Self.integer(tokens[i].text, digits: digits)
    }

    static func integer(_ text: String, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(text.utf8.count), text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }

    /// Token `j` starts where token `i` ends: "1er", "14/02", "sept." are written without spaces.
    func touching(_ i: Int, _ j: Int) -> Bool {
        i >= 0 && j < tokens.count && i < j && tokens[i].end == tokens[j].start
    }

    /// Tokens `i...` spell `words` (forms), and the index after them.
    func matches(_ words: [String], at i: Int) -> Int? {
        guard i >= 0, i + words.count <= forms.count else { return nil }
        for (k, word) in words.enumerated() where forms[i + k] != word || tokens[i + k].kind != .word {
            return nil
        }
        return i + words.count
    }
}
