import Geocoding
import Text

/// Phrases of a lexicon, looked up by their first word and tried longest first, so "hommes armés non
/// identifiés" wins over "hommes armés" and "attaque cardiaque" over "attaque".
///
/// Phrases are written as text and folded like the document (`FoldedWords`); a match starts and ends on
/// token boundaries. Among phrases of equal length the one listed first wins.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let words: [String]
        /// The phrase's words as written in the lexicon, for case rules.
        let surfaces: [String]
        let value: Value
    }

    private let entriesByFirstWord: [String: [Entry]]

    init(_ phrases: [(phrase: String, value: Value)]) {
        var grouped: [String: [Entry]] = [:]
        for (phrase, value) in phrases {
            let folded = FoldedWords(Tokenizer.tokens(in: phrase))
            guard let first = folded.words.first else { continue }
            grouped[first.key, default: []].append(
                Entry(words: folded.words.map(\.key), surfaces: folded.words.map(\.surface), value: value))
        }
        // A stable sort keeps the listing order among phrases of one length.
        entriesByFirstWord = grouped.mapValues { entries in
            entries.enumerated().sorted { a, b in
                a.element.words.count != b.element.words.count
                    ? a.element.words.count > b.element.words.count : a.offset < b.offset
            }.map(\.element)
        }
    }

    /// The entries matching at word `i`, longest first, each with the end (exclusive) of its words.
    func matches(at i: Int, in words: FoldedWords) -> [(entry: Entry, end: Int)] {
        guard i < words.count, words[i].startsToken, let entries = entriesByFirstWord[words[i].key] else { return [] }
        var found: [(Entry, Int)] = []
        for entry in entries {
            let end = i + entry.words.count
            guard end <= words.count, words[end - 1].endsToken else { continue }
            var same = true
            for k in 1..<entry.words.count where words[i + k].key != entry.words[k] {
                same = false
                break
            }
            if same { found.append((entry, end)) }
        }
        return found
    }

    /// Every match, left to right, the longest accepted one at each place; `accept` can refuse a match
    /// (a case rule) so a shorter one is tried.
    func scan(_ words: FoldedWords,
              accept: (Entry, Range<Int>) -> Bool = { _, _ in true }) -> [(words: Range<Int>, entry: Entry)] {
        var result: [(Range<Int>, Entry)] = []
        var i = 0
        while i < words.count {
            if let hit = matches(at: i, in: words).first(where: { accept($0.entry, i..<$0.end) }) {
                result.append((i..<hit.end, hit.entry))
                i = hit.end
            } else {
                i += 1
            }
        }
        return result
    }
}
