import Gazetteer
import Text

/// The tokens of one document with what recognition needs to know about each: its normalised and cue forms,
/// the sentence and parenthesised group it belongs to, whether it starts a sentence.
struct TokenContext {
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    /// `NameNormalizer.normalize` of each capitalised word ("" for others, which `key(_:)` normalises on
    /// demand): only capitalised words start names, and normalising every word of prose is half the work.
    let normalized: [String]
    /// Lowercase with straight apostrophes.
    let cueForms: [String]
    let sentence: [Int]
    let parentheses: [Int?]
    let startsSentence: [Bool]

    init(text: String) {
        let scalars = Array(text.unicodeScalars)
        self.init(scalars: scalars, tokens: Tokenizer.tokens(in: scalars), sentenceTokens: nil)
    }

    /// The tokens and sentences of a document already read: a name and a trigger agree on their sentence.
    init(document: TextDocument) {
        self.init(scalars: document.scalars, tokens: document.tokens, sentenceTokens: document.sentenceTokens)
    }

    /// `sentenceTokens`: each sentence's token range; nil splits sentences at ".", "!", "?", ";" and "…".
    private init(scalars: [Unicode.Scalar], tokens: [Token], sentenceTokens: [Range<Int>]?) {
        self.scalars = scalars
        self.tokens = tokens
        var normalized: [String] = []
        var cueForms: [String] = []
        var sentence: [Int] = []
        var parentheses: [Int?] = []
        var startsSentence: [Bool] = []
        normalized.reserveCapacity(tokens.count)
        var currentSentence = 0
        var group: Int? = nil
        var groups = 0
        var atStart = true
        for token in tokens {
            if token.kind == .word {
                normalized.append(token.isCapitalized ? NameNormalizer.normalize(token.text) : "")
                cueForms.append(token.lowercasedForm)
            } else {
                normalized.append("")
                cueForms.append(token.text)
            }
            if token.text == "(" || token.text == "[" {
                group = groups
                groups += 1
            }
            sentence.append(currentSentence)
            if let sentenceTokens {
                // The document's sentences, where it has them (tokens between sentences join the one before).
                while currentSentence + 1 < sentenceTokens.count && sentence.count > sentenceTokens[currentSentence + 1].lowerBound {
                    currentSentence += 1
                }
                sentence[sentence.count - 1] = currentSentence
            }
            parentheses.append(group)
            startsSentence.append(atStart && token.kind == .word)
            if token.kind == .word || token.kind == .number { atStart = false }
            switch token.text {
            case ")", "]": group = nil
            case ".", "!", "?", ";", "\u{2026}":
                if sentenceTokens == nil { currentSentence += 1 }
                atStart = true
            case ":", "\u{00AB}", "\"", "\u{201C}", "\u{2014}", "\u{2013}", "-", "*", "\u{2022}":
                atStart = true
            default: break
            }
        }
        self.normalized = normalized
        self.cueForms = cueForms
        self.sentence = sentence
        self.parentheses = parentheses
        self.startsSentence = startsSentence
    }

    var count: Int { tokens.count }

    /// The normalised form of any word token.
    func key(_ i: Int) -> String {
        normalized[i].isEmpty && tokens[i].kind == .word ? NameNormalizer.normalize(tokens[i].text) : normalized[i]
    }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    /// The original text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// An elided article or preposition ("d'", "l'"), which joins the next word without a space.
    func isElision(_ i: Int) -> Bool {
        guard isWord(i), let last = tokens[i].text.unicodeScalars.last else { return false }
        return last == "'" || last == "\u{2019}" || last == "\u{02BC}"
    }
}
