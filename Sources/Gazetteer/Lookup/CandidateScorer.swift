import Foundation
import Spatial

/// Scores matched places and explains the winners.
///
/// The score is a weighted sum whose terms are scaled so each outweighs the next: match kind (1000 per step),
/// feature rank (100 per step), population (up to ~75, log scale), proximity to the `near` point (up to 40),
/// and 5 for the exact spelling among names equal once normalised.
/// Population and proximity overlap on purpose: a village next to the focus point may beat a distant town of
/// the same rank, but never a capital or a better spelling match.
struct CandidateScorer: Sendable {
    let near: GeoPoint?

    /// Geodesic distance from the `near` point, when there is one.
    func distanceKm(latitude: Double, longitude: Double) -> Double? {
        guard let near, let point = try? GeoPoint(latitude: latitude, longitude: longitude) else {
            return nil
        }
        return Geodesic.wgs84.inverse(from: near, to: point).distance / 1000
    }

    func score(match: MatchKind, rank: FeatureRank, population: Int?, distanceKm: Double?) -> Double {
        var score = match.strength * 1000
        if match == .exact { score += 5 }
        score += Double(FeatureRank.other.rawValue - rank.rawValue) * 100
        if let population, population > 0 {
            score += log10(Double(population) + 1) * 10
        }
        if let distanceKm {
            // 40 points at the spot, 20 at 25 km, 4 at 225 km: decisive locally, a nudge further out.
            score += 40 / (1 + distanceKm / 25)
        }
        return score
    }

    /// Why a candidate ranks where it does, strongest evidence first.
    func reasons(for place: GazetteerPlace, matchedName: String, match: MatchKind, query: String,
                 distanceKm: Double?) -> [String] {
        var reasons: [String] = []
        switch match {
        case .exact: reasons.append("exact spelling")
        case .normalized: reasons.append("same name ignoring accents, case and punctuation (\(matchedName))")
        case .prefix: reasons.append("name starts with \"\(query)\" (\(matchedName))")
        case .fuzzy(let distance): reasons.append("spelling within \(distance) edit\(distance == 1 ? "" : "s") (\(matchedName))")
        }
        if place.featureRank != .populatedPlace && place.featureRank != .other {
            reasons.append(place.featureRank.label)
        }
        if let population = place.population, population > 0 {
            reasons.append("population \(Self.grouped(population))")
        }
        if let distanceKm {
            reasons.append("\(Self.roundedKm(distanceKm)) km from near point")
        }
        if !place.flags.isEmpty {
            reasons.append("flagged: " + place.flags.joined(separator: ", "))
        }
        return reasons
    }

    /// `12000` -> `12,000`, independent of the locale so output is reproducible.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    private static func roundedKm(_ km: Double) -> String {
        km < 10 ? String((km * 10).rounded() / 10) : String(Int(km.rounded()))
    }
}
