/// The languages the toolkit reads.
public enum DocumentLanguage: String, Sendable, Codable, CaseIterable {
    case fr, en
}

/// Tells French from English by counting each language's commonest function words: reports are long enough
/// that a few dozen words settle it, and no model has to be shipped.
public enum LanguageDetector {
    /// The language, and how sure: the share of the function words seen that belong to it (0.5 ... 1).
    /// Text with none of them is taken as French, the usual language of the region's press, with 0.5.
    public static func detect(_ text: String) -> (language: DocumentLanguage, confidence: Double) {
        detect(lowercasedWords: Tokenizer.tokens(in: text).lazy.filter { $0.kind == .word }.map { $0.text.lowercased() })
    }

    /// The same, from words already lowercased (the geocoder has them at hand).
    public static func detect<Words: Sequence<String>>(lowercasedWords words: Words) -> (language: DocumentLanguage, confidence: Double) {
        var french = 0
        var english = 0
        for lower in words {
            if frenchWords.contains(lower) { french += 1 }
            if englishWords.contains(lower) { english += 1 }
        }
        let total = french + english
        guard total > 0 else { return (.fr, 0.5) }
        return french >= english
            ? (.fr, Double(french) / Double(total))
            : (.en, Double(english) / Double(total))
    }

    // Words that are frequent in one language and rare or absent in the other (no "a", "on", "plus").
    static let frenchWords: Set<String> = [
        "le", "la", "les", "des", "du", "de", "et", "est", "dans", "une", "un", "au", "aux", "sur", "par", "pour",
        "qui", "que", "ont", "été", "ces", "cette", "selon", "avec", "lors", "près", "entre", "contre", "leur",
        "mais", "ou", "où", "il", "elle", "ils", "sont", "mercredi", "vendredi", "hier", "armée", "attaque",
    ]
    static let englishWords: Set<String> = [
        "the", "of", "and", "in", "is", "was", "were", "by", "with", "from", "that", "this", "which", "near",
        "between", "against", "their", "they", "it", "its", "been", "have", "has", "killed", "attacked",
        "wednesday", "friday", "yesterday", "army", "attack", "according", "said",
    ]
}
