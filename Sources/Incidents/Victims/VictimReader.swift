import Geocoding
import Text

/// Reads the figures of dead and wounded in a stretch of tokens, in French and English.
///
/// Shapes read: a number then its outcome ("15 morts", "three killed", "10 à 25 morts" -> the lowest), with a
/// group after it in parentheses or as a word ("3 morts (soldats)", "10 morts (8 soldats, 2 assaillants)",
/// "3 blessés civils"); a number and a group, then the verb at the end of the clause ("au moins 15 soldats
/// maliens et trois civils ont été tués"; "le chauffeur et deux passagers ont été tués" counts the chauffeur);
/// a verb then the number ("tuant 3 soldats", "killing two gendarmes"); and statements of none ("aucune
/// victime", "no casualties").
public struct VictimReader: Sendable {
    public let language: DocumentLanguage

    public init(language: DocumentLanguage) {
        self.language = language
    }

    /// A text prepared once for reading many stretches of it: its tokens, their lowercase forms, its scalars.
    public struct PreparedText: Sendable {
        let tokens: [Token]
        let words: [String]
        let scalars: [Unicode.Scalar]

        public init(tokens: [Token], text: String) {
            self.init(tokens: tokens, scalars: Array(text.unicodeScalars))
        }

        public init(tokens: [Token], scalars: [Unicode.Scalar]) {
            self.tokens = tokens
            words = tokens.map(\.lowercasedForm)
            self.scalars = scalars
        }
    }

    public func statements(in tokens: [Token], range: Range<Int>, text: String) -> [VictimStatement] {
        statements(in: PreparedText(tokens: tokens, text: text), range: range)
    }

    /// The figures in `range` (token indices) of a prepared text: a report's sentences share one preparation.
    public func statements(in prepared: PreparedText, range: Range<Int>) -> [VictimStatement] {
        let tokens = prepared.tokens, words = prepared.words, scalars = prepared.scalars
        var found: [VictimStatement] = []
        /// Figures waiting for the verb that ends their clause.
        var pending: [(count: Int, group: VictimGroup, approximate: Bool, start: Int, end: Int)] = []
        var i = range.lowerBound

        /// A figure spanning the scalars `start..<end`.
        func statementSpanning(_ outcome: VictimLexicon.Outcome, _ count: Int, _ group: VictimGroup?,
                               _ approximate: Bool, scalars start: Int, _ end: Int) -> VictimStatement {
            VictimStatement(outcome: outcome == .killed ? .killed : .injured, count: count, group: group,
                            isApproximate: approximate, start: start, end: end,
                            text: String(String.UnicodeScalarView(scalars[start..<end])))
        }

        /// A figure spanning the tokens `first...last`.
        func statement(_ outcome: VictimLexicon.Outcome, _ count: Int, _ group: VictimGroup?, _ approximate: Bool,
                       _ first: Int, _ last: Int) -> VictimStatement {
            statementSpanning(outcome, count, group, approximate, scalars: tokens[first].start, tokens[last].end)
        }

        /// The outcome a verb gave its object, and the index up to which the object reached: "killed two police
        /// officers and a farmer" gives the farmer the same outcome.
        var carried: (outcome: VictimLexicon.Outcome, end: Int)?

        /// Adds a verb's object; a coordinated object of the same group adds to the one before ("two teachers
        /// and three students" are five), where separate figures of one group would be conflicting versions.
        func addObject(_ outcome: VictimLexicon.Outcome, _ count: Int, _ group: VictimGroup?, _ approximate: Bool,
                       _ first: Int, _ last: Int) {
            let new = statement(outcome, count, group, approximate, first, last)
            if let carried, carried.end <= first, let previous = found.last, previous.outcome == new.outcome,
               previous.group == group, previous.end <= new.start {
                found[found.count - 1] = statementSpanning(outcome, previous.count + count, group,
                                                   previous.isApproximate || approximate,
                                                   scalars: previous.start, new.end)
            } else {
                found.append(new)
            }
            carried = (outcome, last + 1)
        }

        func outcome(before i: Int) -> VictimLexicon.Outcome? {
            if let outcome = outcomeBefore(i, words) { return outcome }
            guard let carried, i >= 1, VictimLexicon.coordinators.contains(words[i - 1]), carried.end <= i - 1 else { return nil }
            // Only the rest of the object may stand between: its nouns, adjectives and joining words.
            let between = carried.end..<(i - 1)
            return between.allSatisfy({ VictimLexicon.groups[words[$0]] != nil || VictimLexicon.fillers.contains(words[$0])
                || VictimLexicon.coordinators.contains(words[$0]) || isModifier($0, tokens, words) }) ? carried.outcome : nil
        }

        while i < range.upperBound {
            if let none = Self.noVictims(at: i, words: words, limit: range.upperBound) {
                if none.killed { found.append(statement(.killed, 0, nil, false, i, i + none.length - 1)) }
                if none.injured { found.append(statement(.injured, 0, nil, false, i, i + none.length - 1)) }
                i += none.length
                continue
            }
            if let outcome = VictimLexicon.outcomeVerbAfterGroup[words[i]] ?? toDeath(at: i, words, limit: range.upperBound),
               !pending.isEmpty {
                // "a policeman shot and killed a farmer": a verb with victims for object is active, and the
                // figures before it were its agents. "The mayor died of a heart attack" is no one's victim.
                if hasVictimObject(after: i + 1, tokens, words, limit: range.upperBound)
                    || diedNaturally(after: i + 1, words, limit: range.upperBound) {
                    pending.removeAll()
                    i += 1
                    continue
                }
                // One clause's figures add up, even of one group: "le chauffeur et deux passagers" are three.
                var merged: [(count: Int, group: VictimGroup, approximate: Bool, start: Int, end: Int)] = []
                for figure in pending {
                    if let k = merged.firstIndex(where: { $0.group == figure.group }) {
                        merged[k].count += figure.count
                        merged[k].approximate = merged[k].approximate || figure.approximate
                        merged[k].start = min(merged[k].start, figure.start)
                        merged[k].end = max(merged[k].end, figure.end)
                    } else {
                        merged.append(figure)
                    }
                }
                for figure in merged {
                    found.append(statementSpanning(outcome, figure.count, figure.group, figure.approximate,
                                           scalars: figure.start, figure.end))
                }
                pending.removeAll()
                i += 1
                continue
            }
            // "He later succumbed to his injuries", "il a succombé": one more death, the wounded one told before.
            if pending.isEmpty, VictimLexicon.outcomeVerbAfterGroup[words[i]] == .killed,
               let pronoun = ((i - 3)..<i).last(where: { $0 >= range.lowerBound && VictimLexicon.personPronouns.contains(words[$0]) }),
               ((pronoun + 1)..<i).allSatisfy({ VictimLexicon.pronounLinks.contains(words[$0]) }) {
                found.append(statement(.killed, 1, nil, false, pronoun, i))
                i += 1
                continue
            }
            // A clause ends, or its subject turns out to be a speaker ("a resident said five people were killed").
            if (tokens[i].kind == .punctuation && (tokens[i].text == "." || tokens[i].text == ";"))
                || VictimLexicon.speechVerbs.contains(words[i]) {
                pending.removeAll()
            }
            // "le chauffeur et deux passagers", "a Hausa farmer": one person named by an article and a noun.
            if VictimLexicon.articles.contains(words[i]), let noun = onePerson(after: i, tokens, words, limit: range.upperBound) {
                // "qui ont tué au moins un soldat": the verb came first; else wait for it ("le chauffeur ... tués").
                if let outcome = outcome(before: i) {
                    addObject(outcome, 1, noun.group, false, i, noun.index)
                } else {
                    pending.append((1, noun.group, false, tokens[i].start, tokens[noun.index].end))
                }
                i = noun.index + 1
                continue
            }
            guard let number = readNumber(tokens, words, at: i, limit: range.upperBound) else {
                i += 1
                continue
            }
            var j = number.end
            // "10 à 25 morts", "15 ou 17 morts": the lowest of a range or of two versions.
            var count = number.value
            if j + 1 < range.upperBound, VictimLexicon.rangeJoiners.contains(words[j]),
               let second = readNumber(tokens, words, at: j + 1, limit: range.upperBound),
               outcomeOrGroup(after: second.end, tokens, words, limit: range.upperBound) != nil {
                count = min(count, second.value)
                j = second.end
            }
            guard let next = outcomeOrGroup(after: j, tokens, words, limit: range.upperBound) else {
                if let outcome = outcomeBefore(i, words) {
                    found.append(statement(outcome, count, nil, number.approximate, i, j - 1))
                } else if let toll = tollNoun(before: i, words, from: range.lowerBound) {
                    found.append(statement(.killed, count, nil, number.approximate, toll, j - 1))
                }
                i = j
                continue
            }
            switch next.kind {
            case .outcome(let outcome):
                var group: VictimGroup?
                var last = next.index
                // "3 morts (soldats)", "3 blessés civils"
                if next.index + 1 < range.upperBound, let g = VictimLexicon.groups[words[next.index + 1]] {
                    group = g
                    last = next.index + 1
                } else if next.index + 2 < range.upperBound, words[next.index + 1] == "(",
                          let g = VictimLexicon.groups[words[next.index + 2]] {
                    group = g
                }
                // A breakdown in parentheses is read by the loop as figures of its own; the total stands.
                found.append(statement(outcome, count, group, number.approximate, i, last))
                if group != nil && words.indices.contains(next.index + 1) && words[next.index + 1] != "(" {
                    i = last + 1
                } else {
                    i = next.index + 1
                }
                i = breakdown(after: i, outcome: outcome, tokens, words, limit: range.upperBound, into: &found,
                              make: statement)
            case .group(let group):
                if let outcome = outcome(before: i) {
                    addObject(outcome, count, group, number.approximate, i, next.index)
                } else if pending.isEmpty, let after = outcomeAfterGroup(next.index + 1, words, limit: range.upperBound),
                          !hasVictimObject(after: after.verb + 1, tokens, words, limit: range.upperBound) {
                    found.append(statement(after.outcome, count, group, number.approximate, i, next.index))
                } else {
                    pending.append((count, group, number.approximate, tokens[i].start, tokens[next.index].end))
                }
                i = next.index + 1
            }
        }
        return found
    }

    // MARK: - Pieces

    private enum Next {
        case outcome(VictimLexicon.Outcome)
        case group(VictimGroup)
    }

    /// The outcome or group word after a number, skipping adjectives and auxiliaries ("soldats maliens",
    /// "one truck driver").
    private func outcomeOrGroup(after j: Int, _ tokens: [Token], _ words: [String], limit: Int) -> (kind: Next, index: Int)? {
        var k = j
        var skipped = 0
        while k < limit && skipped <= 2 {
            if let outcome = VictimLexicon.outcomeAfterNumber[words[k]] { return (.outcome(outcome), k) }
            if let group = VictimLexicon.groups[words[k]] { return (.group(group), k) }
            guard VictimLexicon.fillers.contains(words[k]) || isModifier(k, tokens, words) else { return nil }
            k += 1
            skipped += 1
        }
        return nil
    }

    /// The noun of one person after the article at `i`, across at most two adjectives ("a male civilian",
    /// "a Hausa farmer", "un jeune berger").
    private func onePerson(after i: Int, _ tokens: [Token], _ words: [String], limit: Int) -> (index: Int, group: VictimGroup)? {
        var k = i + 1
        while k < limit && k - i <= 3 {
            if VictimLexicon.onePerson.contains(words[k]), let group = VictimLexicon.groups[words[k]] { return (k, group) }
            guard isModifier(k, tokens, words) else { return nil }
            k += 1
        }
        return nil
    }

    /// An adjective of a person: one of the lexicon's, or, in English, a capitalised word inside the sentence
    /// (nationalities and communities: "a Hausa farmer", "two Lobi farmers").
    private func isModifier(_ k: Int, _ tokens: [Token], _ words: [String]) -> Bool {
        if VictimLexicon.personModifiers.contains(words[k]) { return true }
        return language == .en && k > 0 && tokens[k].kind == .word && tokens[k].isCapitalized
            && tokens[k - 1].kind == .word
    }

    /// "beaten to death", "battus à mort": the outcome of the verb at `i` with the words of a death after it.
    private func toDeath(at i: Int, _ words: [String], limit: Int) -> VictimLexicon.Outcome? {
        guard VictimLexicon.toDeathVerbs.contains(words[i]) else { return nil }
        for phrase in VictimLexicon.toDeathWords where i + phrase.count < limit {
            if Array(words[(i + 1)...(i + phrase.count)]) == phrase { return .killed }
        }
        return nil
    }

    /// "3 soldats tués", "two soldiers killed": the participle right after the group, and its index.
    private func outcomeAfterGroup(_ k: Int, _ words: [String], limit: Int) -> (outcome: VictimLexicon.Outcome, verb: Int)? {
        var k = k
        while k < limit, VictimLexicon.fillers.contains(words[k]) || VictimLexicon.groups[words[k]] != nil {
            k += 1
            if k - 1 >= limit { return nil }
        }
        guard k < limit, let outcome = VictimLexicon.outcomeVerbAfterGroup[words[k]] else { return nil }
        return (outcome, k)
    }

    /// Whether a natural cause follows a death at `k`, before the clause ends: "died of a heart attack", "in
    /// a road accident", "décédé de maladie".
    private func diedNaturally(after k: Int, _ words: [String], limit: Int) -> Bool {
        var k = k
        let end = min(limit, k + 6)
        while k < end, ![".", ";", ","].contains(words[k]) {
            if VictimLexicon.naturalCauses.contains(words[k]) { return true }
            k += 1
        }
        return false
    }

    /// Whether victims follow at `k` as a verb's object ("killed a farmer", "ont tué deux civils", "killed at
    /// least three villagers", "killed civilians"); "killed the same day" has none.
    private func hasVictimObject(after k: Int, _ tokens: [Token], _ words: [String], limit: Int) -> Bool {
        var k = k
        if k + 1 < limit, (words[k] == "at" && words[k + 1] == "least") || (words[k] == "au" && words[k + 1] == "moins") {
            k += 2
        }
        guard k < limit else { return false }
        if VictimLexicon.groups[words[k]] != nil { return true }
        if VictimLexicon.articles.contains(words[k]), onePerson(after: k, tokens, words, limit: limit) != nil { return true }
        if let number = readNumber(tokens, words, at: k, limit: limit),
           case .group = outcomeOrGroup(after: number.end, tokens, words, limit: limit)?.kind {
            return true
        }
        return false
    }

    /// "tuant 3", "la mort de 3", "killing two" (with "au moins" / "at least" between).
    private func outcomeBefore(_ i: Int, _ words: [String]) -> VictimLexicon.Outcome? {
        var end = i
        while end >= 2 && ((words[end - 2] == "au" && words[end - 1] == "moins") || (words[end - 2] == "at" && words[end - 1] == "least")) {
            end -= 2
        }
        if end >= 1 && ["environ", "about", "some", "around"].contains(words[end - 1]) { end -= 1 }
        for (phrase, outcome) in VictimLexicon.outcomeBeforeNumber where end - phrase.count >= 0 {
            if Array(words[(end - phrase.count)..<end]) == phrase { return outcome }
        }
        return nil
    }

    /// "le bilan s'est alourdi à 12", "the death toll rose to 15": a toll with no noun after its number counts
    /// the dead. Only verbs and links of a toll may stand between the noun and the number, so "le bilan de
    /// l'attaque du 12 mars" reads no figure. Returns the index of the noun.
    private func tollNoun(before i: Int, _ words: [String], from lower: Int) -> Int? {
        var k = i - 1
        while k >= lower && i - k <= 6 {
            if VictimLexicon.tollNouns.contains(words[k]) {
                // "revising an earlier toll of nine": a figure the sentence itself replaces.
                let superseded = (k > lower && VictimLexicon.earlierToll.contains(words[k - 1]))
                    || (k + 1 < i && VictimLexicon.earlierToll.contains(words[k + 1]))
                return superseded ? nil : k
            }
            guard VictimLexicon.tollLinks.contains(words[k]) else { return nil }
            k -= 1
        }
        return nil
    }

    /// "(8 soldats, 2 assaillants)" after a total: each figure of the breakdown, by group.
    private func breakdown(after i: Int, outcome: VictimLexicon.Outcome, _ tokens: [Token], _ words: [String], limit: Int,
                           into found: inout [VictimStatement],
                           make: (VictimLexicon.Outcome, Int, VictimGroup?, Bool, Int, Int) -> VictimStatement) -> Int {
        guard i < limit, words[i] == "(" else { return i }
        var k = i + 1
        while k < limit && words[k] != ")" {
            if let number = readNumber(tokens, words, at: k, limit: limit) {
                var g = number.end
                while g < limit && words[g] != ")" && words[g] != "," && VictimLexicon.groups[words[g]] == nil
                    && readNumber(tokens, words, at: g, limit: limit) == nil { g += 1 }
                if g < limit, let group = VictimLexicon.groups[words[g]] {
                    found.append(make(outcome, number.value, group, number.approximate, k, g))
                    k = g + 1
                    continue
                }
                k = number.end
                continue
            }
            k += 1
        }
        return min(k + 1, limit)
    }

    private func readNumber(_ tokens: [Token], _ words: [String], at i: Int, limit: Int)
        -> (value: Int, approximate: Bool, end: Int)? {
        guard i < limit, let reading = NumberReader.read(tokens, at: i, language: language),
              reading.tokens.upperBound <= limit else { return nil }
        // "un"/"une"/"a" alone is an article unless a victim word follows right after.
        if reading.tokens.count == 1, ["un", "une", "a", "an"].contains(words[i]), !reading.isApproximate {
            let next = reading.tokens.upperBound
            guard next < limit, VictimLexicon.outcomeAfterNumber[words[next]] != nil
                || VictimLexicon.groups[words[next]] != nil else { return nil }
        }
        return (reading.value, reading.isApproximate, reading.tokens.upperBound)
    }

    private static func noVictims(at i: Int, words: [String], limit: Int) -> (killed: Bool, injured: Bool, length: Int)? {
        for entry in VictimLexicon.noVictims where i + entry.words.count <= limit {
            if Array(words[i..<(i + entry.words.count)]) == entry.words {
                return (entry.killed, entry.injured, entry.words.count)
            }
        }
        return nil
    }
}
