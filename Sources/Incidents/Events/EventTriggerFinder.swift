import Geocoding
import Text

/// Finds the words that report incidents in a run of tokens (a sentence, usually) and reads each as an
/// ACLED sub-event.
///
/// Steps: the longest lexicon phrase at each place; phrases that report nothing ("attaque cardiaque") are
/// dropped with whatever they cover; a generic attack next to its weapon becomes that weapon's event
/// ("attaque à la roquette" is shelling, "rocket attack" too); negated or hypothetical words go ("aucune
/// attaque", "risque d'attaques", "attentat déjoué"), and so do weapons found or defused and hostages freed;
/// a killing counts only when an armed agent did it ("tués par des hommes armés", "gunmen killed");
/// a generic attack is read against its target (`AttackTargetReader`).
public enum EventTriggerFinder {
    public static func triggers(in tokens: [Token], language: DocumentLanguage) -> [EventTrigger] {
        let words = FoldedWords(tokens)
        let raw = EventTriggerLexicon.table(for: language).scan(words)
            .map { (words: $0.words, reading: $0.entry.value) }
            .filter { $0.reading != .notAnEvent }
        guard !raw.isEmpty else { return [] }
        let reader = AttackTargetReader(words: words, tokens: tokens, language: language)
        var found: [(words: Range<Int>, reading: TriggerReading)] = []
        for candidate in merged(raw, words) where stands(candidate.words, candidate.reading, words, language, reader) {
            found.append(candidate)
        }
        return found.map { candidate in
            let tokenRange = words.tokenRange(candidate.words)
            let sub: SubEventType
            let fallback: SubEventType?
            let byCrowd = hasCrowdAgent(candidate.words, words)
            switch candidate.reading {
            case .event(let type), .device(let type):
                sub = type
                fallback = nil
            case .attack where byCrowd, .genericAttack where byCrowd, .killing where byCrowd:
                // "beaten to death by villagers", "villagers killed two thieves": ACLED's mob violence.
                sub = .mobViolence
                fallback = nil
            case .attack(let type):
                sub = reader.subEventType(triggerWords: candidate.words, fallback: type)
                fallback = type
            case .genericAttack, .killing, .notAnEvent:
                sub = reader.subEventType(triggerWords: candidate.words, fallback: .attack)
                fallback = .attack
            }
            return EventTrigger(tokens: tokenRange, start: tokens[tokenRange.lowerBound].start,
                                end: tokens[tokenRange.upperBound - 1].end,
                                text: TokenSpan.text(tokens[tokenRange]), subEventType: sub,
                                defaultSubEventType: fallback,
                                isGenericAttack: candidate.reading == .genericAttack || candidate.reading == .killing)
        }
    }

    // MARK: - Weapons of generic attacks

    /// Words allowed between a generic attack and its weapon: "attaque à la roquette", "attack with a drone".
    private static let weaponLinks: Set<String> = ["a", "au", "aux", "la", "le", "l", "les", "de", "d", "du", "des",
                                                   "par", "un", "une", "with", "using", "an", "the", "en"]

    private static func isWeapon(_ reading: TriggerReading) -> SubEventType? {
        switch reading {
        case .device(let type): type
        case .event(let type) where type.eventType == .explosionsRemoteViolence: type
        default: nil
        }
    }

    /// A generic attack ("attaque", "attack", "attentat") joined to the weapon right before or after it, so
    /// the trigger's words show the whole tactic.
    private static func merged(_ raw: [(words: Range<Int>, reading: TriggerReading)],
                               _ words: FoldedWords) -> [(words: Range<Int>, reading: TriggerReading)] {
        var result: [(words: Range<Int>, reading: TriggerReading)] = []
        var i = 0
        while i < raw.count {
            let current = raw[i]
            if current.reading == .genericAttack, i + 1 < raw.count, let weapon = isWeapon(raw[i + 1].reading),
               raw[i + 1].words.lowerBound - current.words.upperBound <= 3,
               (current.words.upperBound..<raw[i + 1].words.lowerBound).allSatisfy({ weaponLinks.contains(words[$0].key) }) {
                result.append((current.words.lowerBound..<raw[i + 1].words.upperBound, .event(weapon)))
                i += 2
                continue
            }
            if let weapon = isWeapon(current.reading), i + 1 < raw.count, raw[i + 1].reading == .genericAttack,
               raw[i + 1].words.lowerBound == current.words.upperBound {
                result.append((current.words.lowerBound..<raw[i + 1].words.upperBound, .event(weapon)))
                i += 2
                continue
            }
            result.append(current)
            i += 1
        }
        return result
    }

    // MARK: - Context

    /// Whether a candidate reports an incident once its neighbours are read.
    private static func stands(_ range: Range<Int>, _ reading: TriggerReading, _ words: FoldedWords,
                               _ language: DocumentLanguage, _ reader: AttackTargetReader) -> Bool {
        if TriggerContext.before(range.lowerBound, within: 2, in: words, TriggerContext.negations[language] ?? []) {
            return false
        }
        if TriggerContext.before(range.lowerBound, within: 5, in: words, TriggerContext.hypotheses[language] ?? [],
                                 stopAtComma: true)
            || TriggerContext.after(range.upperBound, within: 2, in: words, TriggerContext.foiled) {
            return false
        }
        switch reading {
        case .device:
            return !TriggerContext.before(range.lowerBound, within: 10, in: words, TriggerContext.madeSafe)
                && !TriggerContext.after(range.upperBound, within: 10, in: words, TriggerContext.madeSafe)
        case .event(.lootingPropertyDestruction) where destroys.contains(words.key(range.lowerBound)):
            // "destroyed an IED" made a weapon safe; it destroyed no one's property. "Le véhicule a été entièrement
            // détruit", "was destroyed": the damage of the event told, not an act of its own.
            let passive = ((range.lowerBound - 2)..<range.lowerBound).contains {
                AttackTargetLexicon.passiveAuxiliaries.contains(words.key($0))
            }
            return !passive && !((range.upperBound)..<(range.upperBound + 4)).contains { weapons.contains(words.key($0)) }
        case .event(.abductionForcedDisappearance):
            return !TriggerContext.before(range.lowerBound, within: 3, in: words, TriggerContext.releases)
        case .killing:
            return hasArmedAgent(range, words, reader) || hasCrowdAgent(range, words)
        default:
            return true
        }
    }

    private static let destroys: Set<String> = ["destroyed", "destroying", "detruit", "detruite", "detruits",
                                                "detruites", "detruisent"]
    private static let weapons: Set<String> = ["ied", "ieds", "mine", "mines", "landmine", "landmines", "explosive",
                                               "explosives", "device", "devices", "bomb", "bombs", "engin", "engins",
                                               "eei", "ammunition", "munitions", "weapons", "armes", "explosif",
                                               "explosifs"]

    private static let activeAuxiliaries: Set<String> = ["a", "ont", "avait", "avaient", "aurait", "auraient", "has",
                                                         "have", "had"]

    /// "tués par des hommes armés" (the agent within four words after "par"), "des hommes armés ont tué",
    /// "gunmen killed" (the agent ending within five words before the verb, no comma or sentence mark between).
    private static func hasArmedAgent(_ range: Range<Int>, _ words: FoldedWords, _ reader: AttackTargetReader) -> Bool {
        let armed = reader.spans.filter { ($0.side == .military || $0.side == .armedNonState) && !isPlace($0.words, words) }
        let next = words.key(range.upperBound)
        if next == "par" || next == "by" {
            let from = range.upperBound + 1
            return armed.contains { $0.words.lowerBound >= from && $0.words.lowerBound <= from + 3 }
        }
        var verbStart = range.lowerBound
        let previous = words.key(verbStart - 1)
        if AttackTargetLexicon.passiveAuxiliaries.contains(previous) { return false }
        if activeAuxiliaries.contains(previous) {
            verbStart -= 1
        } else if range.count == 1, let last = range.last, isFrenchParticiple(words[last].surface) {
            // A French participle with no auxiliary ("15 soldats tués") describes victims, not an act.
            return false
        }
        var from = max(0, verbStart - 5)
        if let mark = (from..<verbStart).last(where: { TriggerContext.sentenceMarks.contains(words[$0].key) || words[$0].key == "," }) {
            from = mark + 1
        }
        return armed.contains { $0.words.upperBound > from && $0.words.upperBound <= verbStart }
    }

    /// Unarmed crowds as the ones who did it: "lynched by a mob", "tués par des villageois", "angry
    /// residents beat", the way `hasArmedAgent` finds armed ones.
    private static func hasCrowdAgent(_ range: Range<Int>, _ words: FoldedWords) -> Bool {
        let next = words.key(range.upperBound)
        if next == "par" || next == "by" {
            var k = range.upperBound + 1
            while AttackTargetLexicon.determiners.contains(words.key(k)) || crowdAdjectives.contains(words.key(k)) { k += 1 }
            return crowdWords.contains(words.key(k))
        }
        // The subject of an active verb with an object: "villagers killed a suspected thief", "des villageois
        // ont tué deux voleurs" ("two villagers killed in an attack" are victims).
        var k = range.lowerBound - 1
        if activeAuxiliaries.contains(words.key(k)) { k -= 1 }
        let object = words.key(range.upperBound)
        return crowdWords.contains(words.key(k))
            && (objectStarts.contains(object) || object.first?.isNumber == true)
    }

    /// Words that open a verb's object: articles and small numbers.
    private static let objectStarts: Set<String> = ["a", "an", "the", "un", "une", "le", "la", "l", "les", "des",
                                                    "two", "three", "four", "five", "six", "several", "deux", "trois",
                                                    "quatre", "cinq", "plusieurs"]

    private static let crowdWords: Set<String> = ["villagers", "residents", "locals", "mob", "mobs", "crowd", "crowds",
                                                  "youths", "inhabitants", "villageois", "habitants", "foule",
                                                  "population", "populations", "riverains"]
    private static let crowdAdjectives: Set<String> = ["angry", "local", "furious", "enraged", "furieux", "en",
                                                       "colere", "locaux"]

    private static func isFrenchParticiple(_ surface: String) -> Bool {
        let lower = surface.lowercased()
        return ["é", "ée", "és", "ées", "u", "ue", "us", "ues"].contains { lower.hasSuffix($0) }
            && !["tue", "tues"].contains(lower)
    }

    /// Military places ("camp", "base") are targets, never killers.
    private static let places: Set<String> = ["camp", "camps", "base", "bases", "poste", "postes", "position",
                                              "positions", "garnison", "caserne", "checkpoint", "check", "post",
                                              "outpost", "barracks", "commissariat", "brigade"]

    private static func isPlace(_ span: Range<Int>, _ words: FoldedWords) -> Bool {
        places.contains(words[span.lowerBound].key)
    }
}
