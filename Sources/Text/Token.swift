/// A piece of text with its place in the original, counted in Unicode scalars (the offsets the output contract
/// promises: `start` inclusive, `end` exclusive).
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Letters, possibly joined by hyphens or inner apostrophes ("Ké-Macina", "N'Tillit").
        case word
        /// Digits, possibly with a decimal point or comma ("37", "12,5").
        case number
        /// Any other single character that is not a space.
        case punctuation
    }

    public let text: String
    public let start: Int
    public let end: Int
    public let kind: Kind

    public init(text: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// Lowercase, with typographic apostrophes straightened ("D’Ansongo" -> "d'ansongo"): the form lexicons of
    /// cue words, victim words and the like compare words in.
    public var lowercasedForm: String {
        // Most words are already lowercase ASCII: return them as they are.
        if text.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) { return text }
        let lower = text.lowercased()
        guard lower.unicodeScalars.contains("\u{2019}") else { return lower }
        return String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }

    /// Starts with an uppercase letter: the strongest cue that a word is a name.
    public var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.value < 0x80 ? first.value >= 0x41 && first.value <= 0x5A : first.properties.isUppercase
    }
}
