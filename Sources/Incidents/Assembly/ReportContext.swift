import Geocoding
import Text

/// Everything read from one report before incidents are assembled, indexed by sentence.
struct ReportContext {
    /// The report read once: tokens, sentences, parts, dateline; the geocoder read the same.
    let document: TextDocument
    var text: String { document.text }
    var scalars: [Unicode.Scalar] { document.scalars }
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
    let published: CivilDate?
    /// Places where the news came from or went (dateline, sources, evacuations, visits).
    let reporting: ReportingPlaces
    /// Per sentence: whether its toll is an update or a superseded first figure.
    let tollRevisions: [TollRevision?]
    /// The report's main place among the event places: the geocoder's focus unless it is a reporting place.
    let eventFocus: Int?
    /// The document's words folded once, for the event classifier of every incident (the target reader and the
    /// look-arounds read them).
    let foldedWords: FoldedWords

    init(document: TextDocument, published: CivilDate?, places: GeocodedDocument) {
        self.document = document
        self.published = published
        let text = document.text
        self.places = places
        language = places.language
        let tokens = document.tokens
        self.tokens = tokens
        foldedWords = FoldedWords(tokens)
        let prepared = VictimReader.PreparedText(tokens: tokens, scalars: document.scalars)
        let sentences = document.sentences
        self.sentences = sentences
        sentenceTokens = document.sentenceTokens
        let found = DateReader(published: published, language: language).dates(in: text, tokens: tokens)
        dateWarnings = found.warnings
        let triggers = EventTriggerFinder.triggers(in: tokens, language: language)
        let actors = ActorFinder.actors(in: tokens, language: language)
        let reader = VictimReader(language: language)
        // Web boilerplate (menus, "Lire aussi" titles, comments) is not the report: nothing is read there.
        let parts = document.layout.parts
        func sentence(of offset: Int) -> Int? {
            document.sentence(containing: offset).flatMap { parts[$0] == .boilerplate ? nil : $0 }
        }
        var byTrigger = [[EventTrigger]](repeating: [], count: sentences.count)
        for trigger in triggers { if let s = sentence(of: trigger.start) { byTrigger[s].append(trigger) } }
        var byDate = [[DateMention]](repeating: [], count: sentences.count)
        // The dateline's date is the report's, not the event's.
        for date in found.dates where !document.layout.isInDateline(date.start) {
            if let s = sentence(of: date.start) { byDate[s].append(date) }
        }
        for s in byDate.indices { byDate[s] = SpeechFrame.eventDates(byDate[s], in: tokens[document.sentenceTokens[s]]) }
        var byActor = [[ActorMention]](repeating: [], count: sentences.count)
        for actor in actors { if let s = sentence(of: actor.start) { byActor[s].append(actor) } }
        var byPlace = [[Int]](repeating: [], count: sentences.count)
        for (k, mention) in places.places.enumerated() { if let s = sentence(of: mention.start) { byPlace[s].append(k) } }
        self.triggers = byTrigger
        self.dates = byDate
        self.actors = byActor
        placeMentions = byPlace
        let reporting = ReportingPlaces(document: document, places: places.places, triggers: triggers)
        self.reporting = reporting
        tollRevisions = document.sentenceTokens.map { TollRevision.reading(FoldedWords(Array(tokens[$0]))) }
        if let focus = places.focus.mainPlace, !reporting.isReportingPlace(focus) {
            eventFocus = focus
        } else {
            let candidates = places.places.indices.filter { !reporting.isReportingPlace($0) }
            eventFocus = Geocoder.focus(of: candidates.map { places.places[$0] }).mainPlace.map { candidates[$0] }
        }
        let ranges = document.sentenceTokens
        victims = ranges.indices.map { s in
            parts[s] == .boilerplate ? [] : reader.statements(in: prepared, range: ranges[s])
        }
    }

    /// What sentence `s` says of the event its triggers name (`MentionClassifier`).
    func mentionClass(of s: Int, triggers: [EventTrigger]) -> MentionClassifier.Reading {
        let range = sentenceTokens[s]
        return MentionClassifier.classify(words: FoldedWords(Array(tokens[range])), tokenOffset: range.lowerBound,
                                          triggers: triggers, dates: dates[s], hasVictims: !victims[s].isEmpty,
                                          published: published, language: language)
    }

    /// The original text between two scalar offsets.
    func text(_ range: Range<Int>) -> String { document.text(range) }
}
