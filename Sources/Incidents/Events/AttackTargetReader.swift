import Gazetteer
import Geocoding
import Text

/// Reads who a generic attack hit from the words around it, the way ACLED tells a battle from violence
/// against civilians: "attaque contre le camp" is a Battle (Armed clash), "attaque de la foire" an Attack on
/// civilians.
///
/// Where to look depends on the trigger's grammar. After a noun, the target follows "contre"/"against"/"on"
/// when there is one, else the words after the noun, where an armed group is the attacker ("attaque de
/// djihadistes", "attaques terroristes") and is skipped. After an active verb the object follows ("ont attaqué
/// le village"); before a passive one the subject precedes ("le camp a été attaqué"). The attacker after
/// "par"/"by" is never the target. When those words name no one, any soldier or civilian in the sentence
/// decides, soldiers first (a fight with the army is a battle whoever else died).
struct AttackTargetReader {
    let words: FoldedWords
    let language: DocumentLanguage
    /// Target words and armed actors, in text order, as word ranges.
    let spans: [(words: Range<Int>, side: TargetSide, fromActor: Bool)]

    init(tokens: [Token], language: DocumentLanguage) {
        self.init(words: FoldedWords(tokens), tokens: tokens, language: language)
    }

    init(words: FoldedWords, tokens: [Token], language: DocumentLanguage) {
        self.words = words
        self.language = language
        var spans = AttackTargetLexicon.targets.scan(words).map { (words: $0.words, side: $0.entry.value, fromActor: false) }
        var covered = Set(spans.flatMap { Array($0.words) })
        for mention in ActorFinder.actors(in: tokens, words: words, language: language) {
            let first = words.firstWord(ofToken: mention.tokens.lowerBound)
            let end = words.firstWord(ofToken: mention.tokens.upperBound)
            guard first < end, !(first..<end).contains(where: { covered.contains($0) }) else { continue }
            spans.append((first..<end, mention.kind.isStateOrForeign ? .military : .armedNonState, true))
            covered.formUnion(first..<end)
        }
        self.spans = spans.sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    /// The sub-event of a target-dependent trigger covering `triggerWords`, or `fallback` when nothing tells.
    func subEventType(triggerWords: Range<Int>, fallback: SubEventType) -> SubEventType {
        switch side(triggerWords: triggerWords) {
        case .military?, .armedNonState?: .armedClash
        case .civilian?: .attack
        case .protesters?: .protestWithIntervention
        case nil: fallback
        }
    }

    func side(triggerWords: Range<Int>) -> TargetSide? {
        let grammar = self.grammar(triggerWords)
        let found: TargetSide?
        switch grammar {
        case .passive: found = sideBefore(triggerWords.lowerBound)
        case .active: found = sideAfter(triggerWords.upperBound, skippingArmedGroups: false)
        case .noun:
            if let preposition = objectPreposition(after: triggerWords.upperBound) {
                found = sideAfter(preposition + 1, skippingArmedGroups: false)
            } else {
                found = sideAfter(triggerWords.upperBound, skippingArmedGroups: true)
            }
        }
        if let found { return found }
        // Anyone named in the sentence: soldiers first.
        let named = spans.filter { !$0.fromActor && $0.side != .armedNonState }
        if named.contains(where: { $0.side == .military }) { return .military }
        return named.contains(where: { $0.side == .civilian }) ? .civilian : named.first?.side
    }

    // MARK: - Grammar

    enum Grammar { case noun, active, passive }

    private static let nounOrVerb: Set<String> = ["attaque", "attaques", "attack", "attacks", "raid", "raids",
                                                  "assault", "assaults", "ambush", "embuscade"]
    private static let activeAuxiliaries: Set<String> = ["a", "ont", "avait", "avaient", "aurait", "auraient",
                                                         "ayant", "has", "have", "had"]

    func grammar(_ trigger: Range<Int>) -> Grammar {
        guard let lastIndex = trigger.last else { return .noun }
        let last = words[lastIndex].surface.lowercased()
        let previous = words.key(trigger.lowerBound - 1)
        let next = words.key(trigger.upperBound)
        // "attaqué par", "attack by", "killed by": the attacker follows, the target came before.
        if next == "par" || next == "by" { return .passive }
        let participle = ["é", "ée", "és", "ées"].contains(where: { last.hasSuffix($0) })
            || (language == .en && last.hasSuffix("ed"))
        if participle {
            if AttackTargetLexicon.passiveAuxiliaries.contains(previous) { return .passive }
            if language == .en || trigger.count > 1 || Self.activeAuxiliaries.contains(previous) { return .active }
            // "le camp attaqué mardi": a participle alone qualifies the noun before it.
            return .passive
        }
        if last.hasSuffix("ent") || last.hasSuffix("er") || last.hasSuffix("ing") { return .active }
        if Self.nounOrVerb.contains(NameNormalizer.normalize(last)) {
            let before = trigger.lowerBound - 1
            guard before >= 0, words[before].surface.unicodeScalars.first?.properties.isAlphabetic == true,
                  !AttackTargetLexicon.determiners.contains(previous) else { return .noun }
            return .active
        }
        return .noun
    }

    // MARK: - Looking around

    /// Words that end the search for a target.
    private func isStop(_ k: Int) -> Bool {
        let key = words[k].key
        return TriggerContext.sentenceMarks.contains(key) || AttackTargetLexicon.agentMarkers.contains(key)
    }

    private func objectPreposition(after start: Int) -> Int? {
        let prepositions = AttackTargetLexicon.objectPrepositions[language] ?? []
        var k = start
        while k < words.count && k < start + 8 && !isStop(k) {
            if prepositions.contains(words[k].key) { return k }
            k += 1
        }
        return nil
    }

    private func sideAfter(_ start: Int, skippingArmedGroups: Bool) -> TargetSide? {
        var limit = min(words.count, start + 12)
        if let stop = (start..<limit).first(where: isStop) { limit = stop }
        for span in spans where span.words.lowerBound >= start && span.words.lowerBound < limit {
            if skippingArmedGroups && span.side == .armedNonState { continue }
            return span.side
        }
        return nil
    }

    private func sideBefore(_ end: Int) -> TargetSide? {
        var from = max(0, end - 12)
        if let stop = (from..<end).last(where: { TriggerContext.sentenceMarks.contains(words[$0].key) }) { from = stop + 1 }
        return spans.last { $0.words.lowerBound >= from && $0.words.upperBound <= end }?.side
    }
}
