/// How far an incident is from a capital, which the analysis stage works out after extraction: written as
/// `capital`, `distance_km` and `bearing_deg`, all null when it has not run (or the incident is unlocated).
struct CapitalDistance: Sendable, Equatable {
    /// The capital's name, e.g. "Bamako".
    var capital: String
    /// Geodesic distance from the capital, kilometres.
    var kilometres: Double
    /// Initial bearing from the capital to the incident, degrees clockwise from north.
    var bearing: Double
}
