import Gazetteer
import Text

/// Finds the place names in a document: the longest run of words whose normalised form is a name in the
/// index, kept when case and context say it is a name and not a word.
///
/// Rules, in order: a name starts and ends with a capitalised word (inner words may be "de", "d'", "el");
/// a word after a title ("le général Gamou") is a person; a name after "fleuve" or before "River" is water;
/// an ordinary word that is also a place ("Camp", "Mission", "Dire") needs a cue such as "village de";
/// a capitalised word at a sentence start needs not to be an ordinary word; a name glued to another
/// capitalised word that is not a place ("Amadou Koufa", "Katiba Macina") is part of a person's or group's
/// name unless a cue introduces it; short all-capital words are acronyms ("AMA", "CMA").
struct ToponymRecognizer {
    let index: PlaceIndex
    let language: DocumentLanguage

    /// Demonyms found ("soldats maliens"): country evidence, not mentions.
    struct Result {
        var spans: [NameSpan] = []
        var demonymCountries: [String] = []
    }

    func recognize(_ context: TokenContext) -> Result {
        var result = Result()
        var i = 0
        let maxWords = index.maxNameWords
        while i < context.count {
            guard context.isWord(i) else {
                i += 1
                continue
            }
            if let country = index.country(ofDemonym: context.cueForms[i]) {
                result.demonymCountries.append(country)
                i += 1
                continue
            }
            guard context.tokens[i].isCapitalized else {
                i += 1
                continue
            }
            if let span = longestName(at: i, maxWords: maxWords, context) {
                // "Bambara Moudé": a known first word glued to an unknown capitalised one may be a misspelt
                // two-word name ("Bambara Maoudé") rather than the one-word place.
                let longer = span.tokens.count == 1 ? nearMissPair(span, context) : nil
                result.spans.append(longer ?? span)
                i = (longer ?? span).tokens.upperBound
            } else {
                // "Gossi-Gao" (a road), "Mopti-Sévaré": each part on its own; but a misspelt hyphenated name
                // ("Gourma-Rarhous") is that name before it is its one known half.
                let parts = hyphenatedParts(at: i, context) ?? []
                if parts.count >= 2 {
                    result.spans.append(contentsOf: parts)
                } else if let span = nearMissName(at: i, context) ?? unknownNameBeforeUnit(at: i, context) {
                    result.spans.append(span)
                    i = span.tokens.upperBound - 1
                } else {
                    result.spans.append(contentsOf: parts)
                }
                i += 1
            }
        }
        return result
    }

    // MARK: - Matching

    private func longestName(at i: Int, maxWords: Int, _ context: TokenContext) -> NameSpan? {
        var length = min(maxWords + 2, context.count - i)
        while length >= 1 {
            defer { length -= 1 }
            let range = i..<(i + length)
            guard let last = range.last, context.isWord(last), context.tokens[last].isCapitalized || length == 1 else {
                continue
            }
            guard range.allSatisfy({ context.isWord($0) }),
                  range.dropFirst().dropLast().allSatisfy({ context.tokens[$0].isCapitalized || Self.connectors.contains(context.cueForms[$0]) }),
                  let key = key(range, context), let candidates = index.candidates(key) else { continue }
            if let span = accept(range, key: key, candidates: candidates, context) { return span }
        }
        return nil
    }

    /// The normalised form of a run of tokens, joined as the normaliser would join the original spelling:
    /// an elided article sticks to the next word ("Côte d'Ivoire" -> "cote divoire").
    private func key(_ range: Range<Int>, _ context: TokenContext) -> String? {
        if range.count == 1 { return context.key(range.lowerBound) }
        var key = ""
        for k in range {
            if k > range.lowerBound && !context.isElision(k - 1) { key += " " }
            key += context.key(k)
        }
        return key
    }

    private func hyphenatedParts(at i: Int, _ context: TokenContext) -> [NameSpan]? {
        let token = context.tokens[i]
        let scalars = Array(token.text.unicodeScalars)
        guard scalars.contains("-") else { return nil }
        var parts: [NameSpan] = []
        var start = 0
        for k in 0...scalars.count where k == scalars.count || scalars[k] == "-" {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<k])
            let word = String(view)
            let key = NameNormalizer.normalize(word)
            if let first = word.unicodeScalars.first, first.properties.isUppercase,
               !StopWords.isStopWord(word.lowercased()), key.unicodeScalars.count >= 3,
               let candidates = index.candidates(key) {
                let cue = cueBefore(i, context)
                parts.append(NameSpan(
                    tokens: i..<(i + 1), start: token.start + start, end: token.start + k, surface: word, key: key,
                    candidates: candidates, cue: cue?.cue, cueStart: cue?.start, cueText: cue?.text,
                    sentence: context.sentence[i], parentheses: context.parentheses[i], recognition: 0.7))
            }
            start = k + 1
        }
        // One known half ("l'axe Teherdge-Tombouctou") still names a place, when the word is not a name itself.
        return parts.isEmpty ? nil : parts
    }

    /// An unknown word right after a cue ("vers Intillit", "village de Issey") taken for the indexed name one
    /// or two edits away. Without a cue a misspelling is too weak a signal: most unknown capitalised words are
    /// people and organisations.
    private func nearMissName(at i: Int, _ context: TokenContext) -> NameSpan? {
        guard let cue = cueBefore(i, context) else { return nil }
        let key = context.normalized[i]
        let token = context.tokens[i]
        guard !StopWords.isStopWord(context.cueForms[i]), !StopWords.personalNames.contains(key),
              !StopWords.groups.contains(key), !Self.isAcronym(token.text),
              let match = index.nearMiss(key) else { return nil }
        var span = NameSpan(tokens: i..<(i + 1), start: token.start, end: token.end, surface: token.text, key: key,
                            candidates: match.candidates, cue: cue.cue, cueStart: cue.start, cueText: cue.text,
                            sentence: context.sentence[i], parentheses: context.parentheses[i],
                            recognition: match.distance == 1 ? 0.7 : 0.6)
        span.nearMiss = (match.key, match.distance)
        return span
    }

    /// An unknown word the text itself locates: "Tankoualou (Foutouri, Komandjari)", "Intachdayte, à 85 km de
    /// Kidal", "Sambani, dans la commune de Soumpi". It gets no candidates of its own; the geocoder looks for a
    /// looser spelling inside that unit or radius, and else codes it to the unit.
    private func unknownNameBeforeUnit(at i: Int, _ context: TokenContext) -> NameSpan? {
        let token = context.tokens[i]
        let key = context.normalized[i]
        // A cue before it too ("village of", "à", "in"): a capitalised word of a headline followed by a place in
        // parentheses ("Investigation (Nairobi)") is not a place.
        guard let cue = cueBefore(i, context), cue.cue == .locative || cue.cue == .settlement || cue.cue == .proximity,
              key.unicodeScalars.count >= 3, !StopWords.isStopWord(context.cueForms[i]),
              !StopWords.personalNames.contains(key), !StopWords.groups.contains(key), !Self.isAcronym(token.text)
        else { return nil }
        // Up to four capitalised words, the unit or offset right after the last: "Gourel Haire (cercle de Nioro)".
        var longest = i
        while longest + 1 < min(context.count, i + 4), context.isWord(longest + 1), context.tokens[longest + 1].isCapitalized {
            longest += 1
        }
        guard let last = stride(from: longest, through: i, by: -1).first(where: { locatedByWhatFollows($0, context) })
        else { return nil }
        let range = i..<(last + 1)
        let end = context.tokens[last].end
        let spanKey = range.map { context.key($0) }.joined(separator: " ")
        // No candidates of its own: it resolves only through a looser spelling inside the constraint, or to the unit.
        return NameSpan(tokens: range, start: token.start, end: end, surface: context.text(token.start, end),
                        key: spanKey, candidates: [], cue: cue.cue, cueStart: cue.start, cueText: cue.text,
                        sentence: context.sentence[i], parentheses: context.parentheses[i], recognition: 0.6)
    }

    /// "(Known", "(50 km", ", cercle de", ", dans la commune de", ", à 30 km", "à 30 km": a unit or an offset
    /// follows the word.
    private func locatedByWhatFollows(_ i: Int, _ context: TokenContext) -> Bool {
        var p = i + 1
        guard p < context.count else { return false }
        if context.tokens[p].text == "(" {
            p += 1
            guard p < context.count else { return false }
            if context.tokens[p].kind == .number || TextConstraintReader.unitCues.contains(context.cueForms[p]) { return true }
            return context.isWord(p) && context.tokens[p].isCapitalized && index.candidates(context.key(p)) != nil
        }
        if context.tokens[p].text == "," { p += 1 }
        let window = (p..<min(context.count, p + 4)).filter { context.sentence[$0] == context.sentence[i] }
        if let first = window.first, ["à", "a", "at", "some", "about"].contains(context.cueForms[first]) || context.tokens[first].kind == .number {
            return window.contains { context.tokens[$0].kind == .number }
                && window.contains { RelativePhraseReader.units[context.cueForms[$0]] != nil }
        }
        return p > i + 1 && window.contains { TextConstraintReader.unitCues.contains(context.cueForms[$0]) }
    }

    private func nearMissPair(_ span: NameSpan, _ context: TokenContext) -> NameSpan? {
        let next = span.tokens.upperBound
        guard context.isWord(next), context.tokens[next].isCapitalized, index.candidates(context.normalized[next]) == nil,
              !StopWords.isStopWord(context.cueForms[next]) else { return nil }
        let key = span.key + " " + context.normalized[next]
        let end = context.tokens[next].end
        guard let match = index.nearMiss(key) else {
            // "Wouro Mody (cercle de Mopti)": a unit follows, inside which the two words may be a looser spelling
            // of one name ("Ouro Modi"); the first word's places stand if none is found.
            guard span.cue != nil, locatedByWhatFollows(next, context) else { return nil }
            var pair = NameSpan(tokens: span.tokens.lowerBound..<(next + 1), start: span.start, end: end,
                                surface: context.text(span.start, end), key: key, candidates: span.candidates,
                                cue: span.cue, cueStart: span.cueStart, cueText: span.cueText, sentence: span.sentence,
                                parentheses: span.parentheses, recognition: span.recognition)
            pair.triesLooserSpellingFirst = true
            return pair
        }
        var pair = NameSpan(tokens: span.tokens.lowerBound..<(next + 1), start: span.start, end: end,
                            surface: context.text(span.start, end), key: key, candidates: match.candidates,
                            cue: span.cue, cueStart: span.cueStart, cueText: span.cueText, sentence: span.sentence,
                            parentheses: span.parentheses, recognition: span.recognition)
        pair.nearMiss = (match.key, match.distance)
        return pair
    }

    // MARK: - Context rules

    private func accept(_ range: Range<Int>, key: String, candidates: [Int32], _ context: TokenContext) -> NameSpan? {
        let first = range.lowerBound
        let before = first - 1
        let after = range.upperBound
        // English puts the unit after the name: "in the Mopti region", "Soum province".
        let unitAfter = after < context.count && ["region", "province"].contains(context.cueForms[after])
        let cue = unitAfter ? (PlaceCue.region, first, context.tokens[after].text) : cueBefore(first, context)
        let word = context.tokens[first].text
        let single = range.count == 1
        if before >= 0, context.isWord(before), PlaceCueLexicon.personTitles.contains(context.cueForms[before]) {
            return nil
        }
        if isWater(range, context) { return nil }
        if (cue == nil || unitAfter) && namesGroupBranch(first, context) { return nil }
        // "à 23 km de Baye", "14 km from Diarra": after a distance only a place can follow, even one whose name is
        // also a word or a family name.
        // ("à 1 km du camp": "du", "des" bring a common noun.)
        let afterDistance = before >= 0 && ["de", "d'", "of", "from"].contains(context.cueForms[before])
            && RelativePhraseReader.phrase(before: first, context)?.distanceKm != nil
        let strongCue = afterDistance || (cue.map { $0.cue == .settlement || $0.cue == .region || $0.cue == .district } ?? false)
        if single && !strongCue {
            if StopWords.isStopWord(context.cueForms[first]) { return nil }
            if (StopWords.personalNames.contains(key) || StopWords.groups.contains(key)) && cue == nil { return nil }
            if Self.isAcronym(word) && cue == nil { return nil }
            if cue == nil && gluedToOtherName(range, context) { return nil }
            if cue == nil && insideOrganisationName(first, context) { return nil }
        }
        let countryOrRegion = candidates.contains { index.places[Int($0)].kind != .settlement }
        var recognition = 0.6
        if cue != nil { recognition += 0.3 }
        if !single || countryOrRegion { recognition += 0.1 }
        if context.startsSentence[first] && cue == nil { recognition -= 0.1 }
        let start = context.tokens[first].start
        let end = context.tokens[range.upperBound - 1].end
        return NameSpan(tokens: range, start: start, end: end, surface: context.text(start, end), key: key,
                        candidates: candidates, cue: cue?.cue, cueStart: cue?.start, cueText: cue?.text,
                        sentence: context.sentence[first], parentheses: context.parentheses[first],
                        recognition: min(1, recognition))
    }

    /// The longest cue phrase ending just before token `i`.
    func cueBefore(_ i: Int, _ context: TokenContext) -> (cue: PlaceCue, start: Int, text: String)? {
        guard i > 0 else { return nil }
        for (words, cue) in PlaceCueLexicon.phrasesByLastWord[context.cueForms[i - 1]] ?? [] {
            let start = i - words.count
            guard start >= 0 else { continue }
            var matches = true
            for (k, word) in words.enumerated() where context.cueForms[start + k] != word {
                matches = false
                break
            }
            if matches {
                let text = context.text(context.tokens[start].start, context.tokens[i - 1].end)
                return (cue, start, text)
            }
        }
        for words in PlaceCueLexicon.appositions {
            let start = i - words.count
            guard start > 0, words.indices.allSatisfy({ context.cueForms[start + $0] == words[$0] }) else { continue }
            if let outer = cueBefore(start, context) { return outer }
        }
        return nil
    }

    private func isWater(_ range: Range<Int>, _ context: TokenContext) -> Bool {
        let before = range.lowerBound - 1
        if before >= 0 && PlaceCueLexicon.waterBefore.contains(context.cueForms[before]) { return true }
        // "le delta intérieur du Niger", "la boucle du Niger"
        if before >= 2 && ["du", "de"].contains(context.cueForms[before])
            && (PlaceCueLexicon.waterBefore.contains(context.cueForms[before - 1])
                || PlaceCueLexicon.waterBefore.contains(context.cueForms[before - 2])) { return true }
        let after = range.upperBound
        return after < context.count && PlaceCueLexicon.waterAfter.contains(context.cueForms[after])
    }

    /// A capitalised neighbour that is not itself a place, with no punctuation between: part of a longer name.
    private func gluedToOtherName(_ range: Range<Int>, _ context: TokenContext) -> Bool {
        for neighbour in [range.lowerBound - 1, range.upperBound] {
            guard context.isWord(neighbour), context.tokens[neighbour].isCapitalized,
                  !context.startsSentence[neighbour] || neighbour == range.upperBound else { continue }
            let key = context.normalized[neighbour]
            if index.candidates(key) == nil && !StopWords.isStopWord(context.cueForms[neighbour])
                && index.country(ofDemonym: key) == nil {
                return true
            }
        }
        return false
    }

    /// "le Front de Libération du Macina", "Mouvement pour l'Unicité et le Jihad": a name after "du"/"de"
    /// that follows a capitalised word which is not a place names an organisation, not where it acted.
    /// "IS Sahel", "EI Sahel", "Islamic State Sahel Province": the region qualifies the group's name.
    private func namesGroupBranch(_ i: Int, _ context: TokenContext) -> Bool {
        guard context.isWord(i - 1) else { return false }
        let previous = context.tokens[i - 1]
        return Self.groupAcronyms.contains(previous.text)
            || (previous.isCapitalized && ["state", "etat"].contains(context.normalized[i - 1]))
    }

    private func insideOrganisationName(_ i: Int, _ context: TokenContext) -> Bool {
        let article = i - 1, head = i - 2
        guard context.isWord(head), ["du", "de", "des", "d'"].contains(context.cueForms[article]),
              context.tokens[head].isCapitalized else { return false }
        return Self.organisationNouns.contains(context.normalized[head])
    }

    /// The Islamic State's initials in English and French, which take a region in its branches' names.
    static let groupAcronyms: Set<String> = ["IS", "EI", "ISIS", "ISIL", "EIIL"]

    /// Capitalised nouns that head the names of armed groups, movements and missions.
    static let organisationNouns: Set<String> = [
        "front", "liberation", "mouvement", "movement", "forces", "force", "groupe", "group", "coordination",
        "plateforme", "conseil", "council", "alliance", "union", "mission", "katiba", "unicite", "jihad", "defense",
        "salut", "sauvegarde", "brigade", "brigades", "ansar", "emirat", "etat", "state", "armee", "army",
    ]

    /// "AMA", "CMA", "FAMa", "MINUSMA": short words of capitals (a final lowercase letter allowed, as in FAMa)
    /// name organisations, not places. Headlines in capitals are longer words or come with cues.
    static func isAcronym(_ word: String) -> Bool {
        let letters = Array(word.unicodeScalars.filter { $0.properties.isAlphabetic })
        guard letters.count >= 2 && letters.count <= 7 else { return false }
        let capitals = letters.count(where: { $0.properties.isUppercase })
        return capitals == letters.count || (capitals >= 2 && capitals == letters.count - 1 && !(letters.last?.properties.isUppercase ?? true))
    }

    /// Lowercase words allowed inside a multi-word name ("Côte d'Ivoire", "Bourem Sidi Amar", "Hassi el Abiod").
    static let connectors: Set<String> = ["de", "d'", "du", "des", "la", "le", "el", "al", "et", "sur", "of", "the"]
}
