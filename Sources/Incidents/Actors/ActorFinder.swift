import Geocoding
import Text

/// Finds the armed actors a text names, longest name first ("forces armées maliennes" before "forces"),
/// each under its one name (`ActorLexicon`).
public enum ActorFinder {
    public static func actors(in tokens: [Token], language: DocumentLanguage) -> [ActorMention] {
        actors(in: tokens, words: FoldedWords(tokens), language: language)
    }

    /// The distinct names, in the order of their first mention.
    public static func names(in tokens: [Token], language: DocumentLanguage) -> [String] {
        var seen = Set<String>()
        return actors(in: tokens, language: language).map(\.name).filter { seen.insert($0).inserted }
    }

    static func actors(in tokens: [Token], words: FoldedWords, language: DocumentLanguage) -> [ActorMention] {
        ActorLexicon.table(for: language).scan(words) { entry, range in
            accepts(entry, range, words)
        }.map { match in
            let range = words.tokenRange(match.words)
            return ActorMention(tokens: range, start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end,
                                text: TokenSpan.text(tokens[range]), name: match.entry.value.name,
                                kind: match.entry.value.kind)
        }
    }

    private static let quotes: Set<String> = ["\"", "\u{00AB}", "\u{00BB}", "\u{201C}", "\u{201D}", "'", "\u{2019}"]

    private static func accepts(_ entry: PhraseTable<ActorLexicon.Entry>.Entry, _ range: Range<Int>,
                                _ words: FoldedWords) -> Bool {
        switch entry.value.rule {
        case .any: break
        case .capitalized:
            guard words[range.lowerBound].surface.unicodeScalars.first?.properties.isUppercase == true else { return false }
        case .exact:
            for (k, index) in range.enumerated()
            where FoldedWords.accentless(words[index].surface) != FoldedWords.accentless(entry.surfaces[k]) {
                return false
            }
        }
        if entry.value.adjectival {
            // "attaque terroriste", "attaque « terroriste »": the word qualifies the act.
            var before = range.lowerBound - 1
            while before >= 0 && quotes.contains(words[before].key) { before -= 1 }
            if ActorLexicon.eventNouns.contains(words.key(before)) { return false }
        }
        return true
    }
}
