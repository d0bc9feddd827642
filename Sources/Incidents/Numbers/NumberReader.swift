import Geocoding
import Text

/// Reads the number that starts at a token: digits, French or English words, or an approximate quantity.
///
/// The longest reading wins, so "deux mille soldats" is 2000 and not 2, and "une dizaine" is 10 and not 1.
/// It never reads past what belongs to the number: "trois soldats" consumes one token, "deux et trois" reads 2,
/// and "et" or "and" is consumed only when a number follows. "un", "une", "a" and "one" alone read as 1;
/// whether that was an article is for the caller to say.
public enum NumberReader {
    /// The number written at `tokens[index...]`, or nil when none starts there.
    public static func read(_ tokens: [Token], at index: Int, language: DocumentLanguage) -> NumberReading? {
        guard tokens.indices.contains(index) else { return nil }
        if tokens[index].kind == .number {
            guard let digits = DigitNumberReader.read(tokens, at: index, language: language) else { return nil }
            return NumberReading(value: digits.value, isApproximate: false, tokens: index..<(index + digits.tokenCount))
        }
        guard tokens[index].kind == .word else { return nil }
        let words = NumberWordSequence(tokens, from: index, vocabulary: vocabulary(language), commaPart: language == .en)
        guard !words.words.isEmpty else { return nil }

        var best: NumberReading?
        for (value, end) in readings(words, language) where words.endsAtToken(end) {
            let count = words.tokenCount(upTo: end)
            if count > (best?.tokens.count ?? 0) {
                best = NumberReading(value: value, isApproximate: false, tokens: index..<(index + count))
            }
        }
        // An approximation must be longer to win: "une" alone is the exact 1, "une dizaine" the approximate 10.
        if let approximate = ApproximateQuantities.match(words.words, language: language),
           approximate.tokenCount > (best?.tokens.count ?? 0) {
            best = NumberReading(value: approximate.value, isApproximate: true, tokens: index..<(index + approximate.tokenCount))
        }
        return best
    }

    private static func readings(_ words: NumberWordSequence, _ language: DocumentLanguage) -> [(value: Int, end: Int)] {
        switch language {
        case .fr: FrenchNumberGrammar.readings(words, at: 0)
        case .en: EnglishNumberGrammar.readings(words, at: 0)
        }
    }

    private static func vocabulary(_ language: DocumentLanguage) -> Set<String> {
        switch language {
        case .fr: frenchVocabulary
        case .en: englishVocabulary
        }
    }

    private static let frenchVocabulary = FrenchNumberGrammar.vocabulary.union(ApproximateQuantities.vocabulary(.fr))
    private static let englishVocabulary = EnglishNumberGrammar.vocabulary.union(ApproximateQuantities.vocabulary(.en))
}
