import Geocoding
import Text

/// Codes one event from the triggers found in its text: ACLED's event type and sub-event type.
///
/// When tactics co-occur the codebook's priority decides: Battles, then Explosions/Remote violence, then
/// Violence against civilians, Protests, Riots, Strategic developments ("une embuscade suivie d'une
/// explosion" is a battle). A bare "attaque" is not a tactic: next to rockets or a mine it is their attack. Within one type the more specific sub-event wins: a suicide bomb over a remote
/// explosive, a territory taken over a plain clash, a protest met with force over a peaceful one. Two
/// readings of the whole event: a protest that turns to riot is a riot, and a protest dispersed ("gaz
/// lacrymogène", "dispersés", "tear gas") is a protest with intervention.
public enum EventClassifier {
    /// The event's type and sub-event type, or nil when there is no trigger. `triggers` index into `tokens`.
    public static func classify(triggers: [EventTrigger], tokens: [Token],
                                language: DocumentLanguage) -> (EventType, SubEventType)? {
        guard !triggers.isEmpty else { return nil }
        return classify(triggers: triggers, tokens: tokens, words: FoldedWords(tokens), language: language)
    }

    /// The same, with the document's words already folded (a report folds them once for all its incidents).
    static func classify(triggers: [EventTrigger], tokens: [Token], words: FoldedWords,
                         language: DocumentLanguage) -> (EventType, SubEventType)? {
        guard !triggers.isEmpty else { return nil }
        // A bare "attaque" names no tactic: with a weapon in the same event, the weapon says what it was.
        var triggers = triggers
        if triggers.contains(where: { $0.eventType == .explosionsRemoteViolence && !$0.isGenericAttack }) {
            triggers.removeAll { $0.isGenericAttack }
        }
        let reader = triggers.contains(where: \.dependsOnTarget)
            ? AttackTargetReader(words: words, tokens: tokens, language: language) : nil
        var types = triggers.map { trigger in reader.map { subEventType(of: trigger, reader: $0) } ?? trigger.subEventType }
        let near = words.window(around: triggers.map(\.tokens), reach: 15)
        if types.contains(where: { $0.eventType == .riots }) {
            types.removeAll { $0.eventType == .protests }
        } else if types.contains(where: { $0.eventType == .protests }),
                  types.contains(.lootingPropertyDestruction) || near.contains(where: violentDemonstrators.contains) {
            // Demonstrators who burn, vandalise, throw stones or barricade roads riot (ACLED's Violent demonstration).
            types = types.map { $0.eventType == .protests ? .violentDemonstration : $0 }
        } else if types.contains(.peacefulProtest) && mentionsIntervention(words) {
            types = types.map { $0 == .peacefulProtest ? .protestWithIntervention : $0 }
        }
        guard var best = types.min(by: { rank($0) < rank($1) }) else { return nil }
        // Protesters who storm or attack with no armed man about are rioting (ACLED's Violent demonstration).
        if best == .attack || best == .armedClash, types.contains(where: { $0.eventType == .protests }),
           !namesArmedSide(near: triggers, reader: reader ?? AttackTargetReader(words: words, tokens: tokens, language: language)) {
            best = .violentDemonstration
        }
        // Armed men off duty or unarmed when hit are coded as civilians (ACLED: an Attack, not a clash).
        if best == .armedClash, namesUnarmedVictims(near) {
            best = types.filter { $0.eventType != .battles }.min { rank($0) < rank($1) } ?? .attack
        }
        return (best.eventType, best)
    }

    /// Whether soldiers, police or an armed group are named within 15 tokens of a trigger.
    private static func namesArmedSide(near triggers: [EventTrigger], reader: AttackTargetReader) -> Bool {
        let spans = triggers.map(\.tokens).filter { !$0.isEmpty }.map { max(0, $0.lowerBound - 15)..<($0.upperBound + 15) }
        return reader.spans.contains { span in
            (span.side == .military || span.side == .armedNonState)
                && spans.contains { $0.contains(reader.words[span.words.lowerBound].token) }
        }
    }

    /// Words of demonstrators' violence (folded): damage, stones, barricades, burning tyres.
    private static let violentDemonstrators: Set<String> = [
        "vandalized", "vandalised", "vandalism", "vandalizing", "barricaded", "barricade", "barricades", "stones",
        "rocks", "tires", "tyres", "saccage", "saccages", "saccagee", "vandalise", "vandalises", "barricadee",
        "barricadees", "pierres", "pneus", "caillasse", "caillasses", "caillassage",
    ]

    /// Whether the words make the soldiers or militiamen hit unarmed: "an off-duty soldier", "(assumed
    /// unarmed)", "désarmés", "en permission", "on leave".
    private static func namesUnarmedVictims(_ keys: [String]) -> Bool {
        keys.indices.contains { k in
            let key = keys[k], previous = k > 0 ? keys[k - 1] : ""
            return ["unarmed", "desarme", "desarmes"].contains(key) || (previous == "off" && key == "duty")
                || (previous == "en" && key == "permission") || (previous == "on" && key == "leave")
        }
    }

    /// A toll told with no event word is coded by who died: armed men of either side (soldiers, VDP,
    /// assailants) died fighting, an Armed clash; anyone else, an Attack on civilians.
    public static func subEventType(ofToll killed: VictimStatement) -> SubEventType {
        switch killed.group {
        case .soldiers, .gendarmes, .police, .peacekeepers, .militia, .assailants: .armedClash
        case .civilians, .unspecified, nil: .attack
        }
    }

    /// One trigger's sub-event: a target-dependent word ("attaque", "attack", "embuscade") read against the
    /// words around it in `tokens`, any other as found.
    public static func subEventType(of trigger: EventTrigger, tokens: [Token], language: DocumentLanguage) -> SubEventType {
        guard trigger.dependsOnTarget else { return trigger.subEventType }
        return subEventType(of: trigger, reader: AttackTargetReader(tokens: tokens, language: language))
    }

    private static func subEventType(of trigger: EventTrigger, reader: AttackTargetReader) -> SubEventType {
        guard let fallback = trigger.defaultSubEventType else { return trigger.subEventType }
        // Tokens outside the list give an empty range: the trigger keeps its own reading.
        let first = reader.words.firstWord(ofToken: trigger.tokens.lowerBound)
        let end = reader.words.firstWord(ofToken: trigger.tokens.upperBound)
        guard first < end else { return trigger.subEventType }
        return reader.subEventType(triggerWords: first..<end, fallback: fallback)
    }

    /// Lower is stronger: the event type's priority, then the sub-event's rank within it.
    static func rank(_ type: SubEventType) -> (Int, Int) {
        (type.eventType.priority, withinTypeOrder.firstIndex(of: type) ?? withinTypeOrder.count)
    }

    private static let withinTypeOrder: [SubEventType] = [
        .nonStateActorOvertakesTerritory, .governmentRegainsTerritory, .armedClash,
        .suicideBomb, .airDroneStrike, .shellingArtilleryMissile, .remoteExplosiveLandmineIED, .grenade,
        .attack, .sexualViolence, .abductionForcedDisappearance,
        .protestWithIntervention, .peacefulProtest,
        .violentDemonstration, .mobViolence,
        .lootingPropertyDestruction, .arrests, .other,
    ]

    private static let interventionWords: Set<String> = ["lacrymogene", "lacrymogenes", "disperse", "dispersee",
                                                         "disperses", "dispersees", "dispersent", "dispersed",
                                                         "dispersing", "tear"]

    private static func mentionsIntervention(_ words: FoldedWords) -> Bool {
        words.words.contains { interventionWords.contains($0.key) }
    }
}
