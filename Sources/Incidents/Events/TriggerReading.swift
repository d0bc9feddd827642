/// What a lexicon phrase says about an incident, before its context is looked at.
enum TriggerReading: Sendable, Equatable {
    /// The words name a happening of this sub-event: "explosion", "enlèvement", "affrontements".
    case event(SubEventType)
    /// The words name a weapon: an incident of this sub-event unless the device was found or defused, and the
    /// means of a generic attack next to it ("attaque à la roquette").
    case device(SubEventType)
    /// An attack by gunfire or assault whose sub-event depends on the target: Battles against soldiers,
    /// Violence against civilians against villagers; `default` when the text names neither.
    case attack(default: SubEventType)
    /// A bare "attaque", "attack", "attentat": read against its target like `attack(default: .attack)`, but it
    /// names no tactic, so a weapon named in the same event says what the attack was.
    case genericAttack
    /// A killing verb ("tués", "killed"): an attack only when an armed agent did it ("tués par des hommes
    /// armés", "gunmen killed").
    case killing
    /// A phrase that contains a trigger word but reports no incident: "attaque cardiaque", "mine d'or",
    /// "l'arrêté" (a decree).
    case notAnEvent
}
