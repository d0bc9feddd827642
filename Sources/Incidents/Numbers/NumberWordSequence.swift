import Gazetteer
import Geocoding
import Text

/// The words from one token onwards, normalised and split at their hyphens, so that "quatre-vingt-dix",
/// "Quatre-Vingt-Dix" and "quatre vingt dix" reach the grammars as the same parts.
///
/// Collection stops at the first token with a part outside the language's vocabulary: no reading can consume
/// half a token ("deux-roues" is not 2), so nothing past such a token can belong to a number.
struct NumberWordSequence {
    /// Accent-free lowercase parts: "zéro" → "zero", "Soixante-Dix" → "soixante", "dix".
    private(set) var parts: [String] = []
    /// For each part, the index (counted from the first token read) of the token it came from.
    private(set) var tokenOfPart: [Int] = []
    /// Each token read, normalised whole, for phrases matched token by token ("une dizaine").
    private(set) var words: [String] = []

    /// Enough for the longest number we read: 999 999 999 without hyphens ("neuf cent quatre vingt dix neuf
    /// millions neuf cent ...") is 20 tokens.
    private static let maximumTokens = 24

    /// `commaPart`: whether a comma token joins the sequence as the part ",", for English "one thousand, one hundred".
    init(_ tokens: [Token], from start: Int, vocabulary: Set<String>, commaPart: Bool) {
        var index = start
        while index < tokens.count, words.count < Self.maximumTokens {
            let token = tokens[index]
            if token.kind == .punctuation, commaPart, token.text == "," {
                append([","], word: ",")
            } else if token.kind == .word {
                let word = NameNormalizer.normalize(token.text)
                let split = word.split(separator: " ").map(String.init)
                guard !split.isEmpty, split.allSatisfy(vocabulary.contains) else { break }
                append(split, word: word)
            } else {
                break
            }
            index += 1
        }
        // A trailing comma belongs to the sentence, not to the number.
        while words.last == "," { removeLastToken() }
    }

    func part(_ index: Int) -> String? { index >= 0 && index < parts.count ? parts[index] : nil }

    /// Whether a reading of the parts before `end` stops where a token stops.
    func endsAtToken(_ end: Int) -> Bool {
        end > 0 && end <= parts.count && (end == parts.count || tokenOfPart[end] != tokenOfPart[end - 1])
    }

    /// How many tokens a reading of the parts before `end` consumes.
    func tokenCount(upTo end: Int) -> Int { end > 0 ? tokenOfPart[end - 1] + 1 : 0 }

    private mutating func append(_ split: [String], word: String) {
        parts.append(contentsOf: split)
        tokenOfPart.append(contentsOf: repeatElement(words.count, count: split.count))
        words.append(word)
    }

    private mutating func removeLastToken() {
        let last = words.count - 1
        while tokenOfPart.last == last {
            tokenOfPart.removeLast()
            parts.removeLast()
        }
        words.removeLast()
    }
}
