/// What sort of armed actor a name stands for, in the broad classes ACLED's actor types draw on.
public enum ActorKind: String, Sendable, Codable, CaseIterable {
    /// A state's army, gendarmerie, police or guard: FAMa, FDS, FAN.
    case stateForces
    /// Foreign and international forces: MINUSMA, Barkhane, Takuba, Wagner, G5 Sahel.
    case foreignForces
    /// Armed movements with a political claim on territory: MNLA, CMA, HCUA.
    case rebelGroup
    /// Jihadist groups, named or generic: JNIM, Islamic State Sahel, "djihadistes".
    case jihadistGroup
    /// Community and pro-government militias: GATIA, Dan Na Ambassagou, VDP, Koglweogo.
    case militia
    /// Gunmen the report does not name.
    case unidentified

    /// Forces of a state or sent by one: attacking them is a battle in ACLED's terms.
    public var isStateOrForeign: Bool { self == .stateForces || self == .foreignForces }
}
