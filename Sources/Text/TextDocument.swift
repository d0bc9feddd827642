/// One document read once for the whole pipeline: its scalars, tokens, sentences, paragraphs and parts.
///
/// The geocoder and the incident readers share these tokens and sentences, so a place, a trigger and a victim
/// figure always agree on which sentence they are in. Offsets are Unicode-scalar offsets into `text`, as in the
/// output contract.
public struct TextDocument: Sendable {
    public let text: String
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    /// Scalar ranges of the sentences, in order, disjoint.
    public let sentences: [Range<Int>]
    /// Per sentence: the range of its tokens in `tokens`.
    public let sentenceTokens: [Range<Int>]
    /// The document's layout: paragraphs, parts of each sentence, the dateline, quotations.
    public let layout: DocumentLayout

    public init(text: String) {
        let scalars = Array(text.unicodeScalars)
        self.init(text: text, scalars: scalars, tokens: Tokenizer.tokens(in: scalars))
    }

    /// The same, from tokens already made from `scalars`.
    public init(text: String, scalars: [Unicode.Scalar], tokens: [Token]) {
        self.text = text
        self.scalars = scalars
        self.tokens = tokens
        var scan = SentenceScan(scalars: scalars)
        let sentences = scan.run()
        self.sentences = sentences
        sentenceTokens = Self.tokenRanges(of: sentences, tokens: tokens)
        layout = DocumentLayout(scalars: scalars, sentences: sentences)
    }

    /// The sentence holding a scalar offset, by bisection.
    public func sentence(containing offset: Int) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if offset < sentences[mid].lowerBound {
                high = mid - 1
            } else if offset >= sentences[mid].upperBound {
                low = mid + 1
            } else {
                return mid
            }
        }
        return nil
    }

    /// The part of the document a scalar offset lies in (body for offsets between sentences).
    public func part(at offset: Int) -> DocumentPart {
        sentence(containing: offset).map { layout.parts[$0] } ?? .body
    }

    /// The original text between two scalar offsets.
    public func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    private static func tokenRanges(of sentences: [Range<Int>], tokens: [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(sentences.count)
        var t = 0
        for sentence in sentences {
            while t < tokens.count && tokens[t].start < sentence.lowerBound { t += 1 }
            let first = t
            while t < tokens.count && tokens[t].start < sentence.upperBound { t += 1 }
            ranges.append(first..<t)
        }
        return ranges
    }
}

/// Where a sentence stands in an article: the headline, the lead that tells the main event, the body, or the
/// web page around the article (menus, share buttons, "Lire aussi" lists, comments), which is not read.
public enum DocumentPart: String, Sendable, Equatable {
    case title, lead, body, boilerplate
}
