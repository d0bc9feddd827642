import Geocoding

/// Words in a text that report an incident of one kind: "embuscade", "a sauté sur une mine", "abducted".
public struct EventTrigger: Sendable, Equatable {
    /// Indices into the token list the trigger was found in.
    public var tokens: Range<Int>
    /// Unicode-scalar offsets into the document, `end` exclusive.
    public var start: Int
    public var end: Int
    /// The words as written (tokens that were apart joined by one space).
    public var text: String
    /// The ACLED sub-event the words report; for a target-dependent word, as read against its target.
    public var subEventType: SubEventType
    /// For words whose sub-event depends on who was hit ("attaque", "attack", "embuscade", "tués par des
    /// hommes armés"): the reading when the text names no target. Nil for words that name their sub-event.
    public var defaultSubEventType: SubEventType?
    /// A bare "attaque", "attack", "attentat", or a killing verb ("tués", "killed"), that names no tactic:
    /// when the same event names a weapon ("30 roquettes sont tirées", "a drone strike killed ten"), the
    /// weapon says what the attack was.
    public var isGenericAttack: Bool

    public init(tokens: Range<Int>, start: Int, end: Int, text: String, subEventType: SubEventType,
                defaultSubEventType: SubEventType? = nil, isGenericAttack: Bool = false) {
        self.tokens = tokens
        self.start = start
        self.end = end
        self.text = text
        self.subEventType = subEventType
        self.defaultSubEventType = defaultSubEventType
        self.isGenericAttack = isGenericAttack
    }

    public var eventType: EventType { subEventType.eventType }

    /// Whether `EventClassifier` reads the sub-event from the words around the trigger.
    public var dependsOnTarget: Bool { defaultSubEventType != nil }
}
