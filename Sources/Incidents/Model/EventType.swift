/// ACLED event types, in the codebook's priority order when tactics co-occur in one event.
public enum EventType: String, Sendable, Codable, CaseIterable, Comparable {
    case battles = "Battles"
    case explosionsRemoteViolence = "Explosions/Remote violence"
    case violenceAgainstCivilians = "Violence against civilians"
    case protests = "Protests"
    case riots = "Riots"
    case strategicDevelopments = "Strategic developments"

    /// Lower is stronger: a battle outranks an explosion, which outranks violence against civilians.
    public var priority: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }

    public static func < (a: EventType, b: EventType) -> Bool { a.priority < b.priority }
}

/// ACLED sub-event types, each under its event type.
public enum SubEventType: String, Sendable, Codable, CaseIterable {
    case armedClash = "Armed clash"
    case governmentRegainsTerritory = "Government regains territory"
    case nonStateActorOvertakesTerritory = "Non-state actor overtakes territory"
    case suicideBomb = "Suicide bomb"
    case airDroneStrike = "Air/drone strike"
    case shellingArtilleryMissile = "Shelling/artillery/missile attack"
    case remoteExplosiveLandmineIED = "Remote explosive/landmine/IED"
    case grenade = "Grenade"
    case attack = "Attack"
    case abductionForcedDisappearance = "Abduction/forced disappearance"
    case sexualViolence = "Sexual violence"
    case peacefulProtest = "Peaceful protest"
    case protestWithIntervention = "Protest with intervention"
    case violentDemonstration = "Violent demonstration"
    case mobViolence = "Mob violence"
    case lootingPropertyDestruction = "Looting/property destruction"
    case arrests = "Arrests"
    case other = "Other"

    public var eventType: EventType {
        switch self {
        case .armedClash, .governmentRegainsTerritory, .nonStateActorOvertakesTerritory: .battles
        case .suicideBomb, .airDroneStrike, .shellingArtilleryMissile, .remoteExplosiveLandmineIED, .grenade:
            .explosionsRemoteViolence
        case .attack, .abductionForcedDisappearance, .sexualViolence: .violenceAgainstCivilians
        case .peacefulProtest, .protestWithIntervention: .protests
        case .violentDemonstration, .mobViolence: .riots
        case .lootingPropertyDestruction, .arrests, .other: .strategicDevelopments
        }
    }
}

/// Who was killed or injured, as reports group victims.
public enum VictimGroup: String, Sendable, Codable, CaseIterable {
    case soldiers, gendarmes, police, peacekeepers, civilians, assailants, unspecified
    /// Pro-government militias and self-defence groups (VDP, Koglweogo, Dozo).
    case militia
}
