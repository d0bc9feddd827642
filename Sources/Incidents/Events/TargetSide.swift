/// Who a generic attack hit, as far as the words around it tell: ACLED codes an attack on soldiers or an
/// armed group as a battle and an attack on civilians as violence against civilians.
enum TargetSide: Sendable, Equatable {
    /// State or foreign forces and their places: "camp", "soldats", "patrol", "gendarmerie".
    case military
    /// An armed group that is not the state: "djihadistes", "rebelles", "gunmen". After "attaque de" such
    /// words usually name the attacker, not the target.
    case armedNonState
    /// People and places without arms: "civils", "village", "foire", "bus".
    case civilian
    /// Demonstrators: force used on them is a protest met with intervention ("ouvre le feu sur des
    /// manifestants"), ACLED's coding under Protests rather than an attack on civilians.
    case protesters
}
