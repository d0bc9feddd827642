import Text

/// The frame of reported speech: "the army said in a statement on Monday evening that a strike on Sunday had
/// killed eight". A date between the reporting verb and "that"/"que" is the day of the statement; the event's
/// day is the one in the reported clause.
enum SpeechFrame {
    /// `dates` without those that date only the statement, when the reported clause gives a date of its own.
    static func eventDates(_ dates: [DateMention], in tokens: ArraySlice<Token>) -> [DateMention] {
        guard dates.count > 1 else { return dates }
        let words = FoldedWords(Array(tokens))
        var frames: [Range<Int>] = []
        var verb: Int?
        for k in 0..<words.count {
            let key = words[k].key
            if MentionClassifier.reportingVerbs.contains(key) {
                verb = k
            } else if let start = verb, ["that", "que", "qu"].contains(key) {
                let first = tokens[tokens.startIndex + words[start].token].start
                let last = tokens[tokens.startIndex + words[k].token].start
                frames.append(first..<last)
                verb = nil
            }
        }
        guard !frames.isEmpty else { return dates }
        let frame = { (date: DateMention) in frames.first { $0.contains(date.start) } }
        // Only a frame followed by a date of the clause gives way: "said on Monday that seven were killed" keeps
        // Monday as the best day the sentence has.
        return dates.filter { date in
            guard let statement = frame(date) else { return true }
            return !dates.contains { $0.start >= statement.upperBound && frame($0) == nil }
        }
    }
}
