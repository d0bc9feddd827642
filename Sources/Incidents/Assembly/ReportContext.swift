import Geocoding

/// Everything read from one report before incidents are assembled, indexed by sentence.
struct ReportContext {
    let text: String
    let scalars: [Unicode.Scalar]
    let language: DocumentLanguage
    let tokens: [Token]
    let places: GeocodedDocument
    /// Scalar ranges of the sentences, in order.
    let sentences: [Range<Int>]
    /// Per sentence: its token range.
    let sentenceTokens: [Range<Int>]
    let triggers: [[EventTrigger]]
    let dates: [[DateMention]]
    let dateWarnings: [String]
    let actors: [[ActorMention]]
    /// Per sentence: indices into `places.places` of the mentions it holds.
    let placeMentions: [[Int]]
    let victims: [[VictimStatement]]

    init(text: String, published: CivilDate?, places: GeocodedDocument) {
        self.text = text
        self.places = places
        language = places.language
        let tokens = Tokenizer.tokens(in: text)
        self.tokens = tokens
        let prepared = VictimReader.PreparedText(tokens: tokens, text: text)
        scalars = prepared.scalars
        let sentences = SentenceSplitter.sentences(in: text)
        self.sentences = sentences
        sentenceTokens = Self.tokenRanges(of: sentences, tokens: tokens)
        let found = DateReader(published: published, language: language).dates(in: text, tokens: tokens)
        dateWarnings = found.warnings
        let triggers = EventTriggerFinder.triggers(in: tokens, language: language)
        let actors = ActorFinder.actors(in: tokens, language: language)
        let reader = VictimReader(language: language)
        func sentence(of offset: Int) -> Int? {
            // Sentences are sorted and disjoint: binary search for the one holding the offset.
            var low = 0, high = sentences.count - 1
            while low <= high {
                let mid = (low + high) / 2
                if offset < sentences[mid].lowerBound { high = mid - 1 } else if offset >= sentences[mid].upperBound { low = mid + 1 } else { return mid }
            }
            return nil
        }
        var byTrigger = [[EventTrigger]](repeating: [], count: sentences.count)
        for trigger in triggers { if let s = sentence(of: trigger.start) { byTrigger[s].append(trigger) } }
        var byDate = [[DateMention]](repeating: [], count: sentences.count)
        for date in found.dates { if let s = sentence(of: date.start) { byDate[s].append(date) } }
        var byActor = [[ActorMention]](repeating: [], count: sentences.count)
        for actor in actors { if let s = sentence(of: actor.start) { byActor[s].append(actor) } }
        var byPlace = [[Int]](repeating: [], count: sentences.count)
        for (k, mention) in places.places.enumerated() { if let s = sentence(of: mention.start) { byPlace[s].append(k) } }
        self.triggers = byTrigger
        self.dates = byDate
        self.actors = byActor
        placeMentions = byPlace
        victims = sentenceTokens.map { reader.statements(in: prepared, range: $0) }
    }

    /// The original text between two scalar offsets.
    func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    private static func tokenRanges(of sentences: [Range<Int>], tokens: [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
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
