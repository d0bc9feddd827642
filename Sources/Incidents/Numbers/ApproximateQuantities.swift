import Geocoding
import Text

/// Words for a quantity the writer did not count, at the value ACLED codes them with: "plusieurs" and
/// "several" are 3, "des dizaines" and "dozens" 12, "des centaines" and "hundreds" 100, "une dizaine" 10,
/// "une quinzaine" 15, "une vingtaine" 20. The other "-aine" words follow "une dizaine" (their own number);
/// "thousands" and "des milliers" follow "hundreds" (the round number), so that "plusieurs milliers" does not
/// read as "plusieurs", 3.
///
/// Phrases are matched token by token on normalised words; "de" / "of" after them is left to the caller.
enum ApproximateQuantities {
    /// What the words that give no number at all ("plusieurs", "quelques", "several", "a few") are coded.
    static let vagueValue = 3

    /// The longest phrase starting at the first word, with its value and its length in tokens.
    static func match(_ words: [String], language: DocumentLanguage) -> (value: Int, tokenCount: Int)? {
        var best: (value: Int, tokenCount: Int)?
        for (phrase, value) in phrases(language) where phrase.count <= words.count && phrase.count > (best?.tokenCount ?? 0) {
            if zip(phrase, words).allSatisfy(==) { best = (value, phrase.count) }
        }
        return best
    }

    /// Every word that can appear in a phrase, so that the word sequence does not stop before it.
    static func vocabulary(_ language: DocumentLanguage) -> Set<String> {
        Set(phrases(language).flatMap(\.phrase))
    }

    private static func phrases(_ language: DocumentLanguage) -> [(phrase: [String], value: Int)] {
        switch language {
        case .fr: french
        case .en: english
        }
    }

    private static let french: [(phrase: [String], value: Int)] = {
        var all: [(phrase: [String], value: Int)] = [
            (["plusieurs"], vagueValue), (["quelques"], vagueValue),
            (["une", "dizaine"], 10), (["une", "douzaine"], 12), (["une", "quinzaine"], 15),
            (["une", "vingtaine"], 20), (["une", "trentaine"], 30), (["une", "quarantaine"], 40),
            (["une", "cinquantaine"], 50), (["une", "soixantaine"], 60), (["une", "centaine"], 100),
            (["un", "millier"], 1000),
        ]
        // "des dizaines", "plusieurs dizaines", "quelques dizaines": dozens, whatever the determiner.
        for determiner in ["des", "plusieurs", "quelques"] {
            all.append(([determiner, "dizaines"], 12))
            all.append(([determiner, "centaines"], 100))
            all.append(([determiner, "milliers"], 1000))
        }
        return all
    }()

    private static let english: [(phrase: [String], value: Int)] = [
        (["several"], vagueValue), (["a", "few"], vagueValue),
        (["a", "dozen"], 12), (["dozens"], 12), (["several", "dozen"], 12), (["a", "few", "dozen"], 12),
        (["hundreds"], 100), (["several", "hundred"], 100), (["a", "few", "hundred"], 100),
        (["thousands"], 1000), (["several", "thousand"], 1000), (["a", "few", "thousand"], 1000),
    ]
}
