import Text
/// A fixed date phrase ("avant-hier", "la semaine dernière", "the next day") and what it says.
struct DatePhrase: Sendable {
    /// Token forms, as `DateTokens` writes them.
    let words: [String]
    let reading: DateMatch.Reading
    /// Words that, right after the phrase, give it another sense ("la veille des élections").
    let notBefore: Set<String>

    init(_ words: [String], _ reading: DateMatch.Reading, notBefore: Set<String> = []) {
        self.words = words
        self.reading = reading
        self.notBefore = notBefore
    }
}
