import Foundation
import Gazetteer

/// Scores the places a name could be, with the terms kept apart so a winner can say why it won.
///
/// Terms and their scale: the cue ("région de" +1000 for regions; "village de" -1000 for non-settlements),
/// an admin hint next to the name (+700) or elsewhere in the text (+250), feature rank (100 per step; a
/// country 450, a region 50), the country in focus (up to +150), nearness to the other places of the text
/// (up to +150), population (10 per power of ten).
struct CandidateRanker {
    let index: PlaceIndex
    let evidence: DocumentEvidence

    struct Scored {
        let place: Int32
        let score: Double
    }

    /// Candidates best first (ties by index order, so results are reproducible).
    func rank(_ span: NameSpan, spanIndex: Int, withCoherence: Bool) -> [Scored] {
        var none: [String]? = nil
        return span.candidates.map {
            Scored(place: $0, score: evaluate($0, span: span, spanIndex: spanIndex, withCoherence: withCoherence, reasons: &none))
        }
        .sorted { $0.score != $1.score ? $0.score > $1.score : $0.place < $1.place }
    }

    /// Why a candidate scores what it does, strongest terms first; computed for winners only, since the
    /// strings cost more than the arithmetic.
    func reasons(for id: Int32, span: NameSpan, spanIndex: Int, withCoherence: Bool) -> [String] {
        var reasons: [String]? = []
        _ = evaluate(id, span: span, spanIndex: spanIndex, withCoherence: withCoherence, reasons: &reasons)
        return reasons ?? []
    }

    private func evaluate(_ id: Int32, span: NameSpan, spanIndex: Int, withCoherence: Bool,
                          reasons: inout [String]?) -> Double {
        let place = index.places[Int(id)]
        var score = 0.0
        switch place.kind {
        case .country:
            score += 450
            reasons?.append("country")
        case .region:
            // Below any town: a bare "Mopti" is the town; "région de Mopti" (+1000 below) is the region.
            score += 50
            reasons?.append("admin-1 region")
        case .settlement:
            score += Double(FeatureRank.other.rawValue - place.rank.rawValue) * 100
            if place.rank != .populatedPlace && place.rank != .other { reasons?.append(place.rank.label) }
        }
        switch span.cue {
        case .region?:
            if place.kind == .region {
                score += 1000
                reasons?.insert("after \"\(span.cueText ?? "")\"", at: 0)
            }
        case .settlement?:
            if place.kind != .settlement { score -= 1000 }
        case .district?:
            if place.kind == .settlement && place.admin2Key == span.key {
                score += 600
                reasons?.insert("main town of the cercle named after \"\(span.cueText ?? "")\"", at: 0)
            }
        default:
            break
        }
        if let local = evidence.localHints[spanIndex], !local.isDisjoint(with: place.adminKeys) {
            // Every unit that agrees counts: "(Bandiagara, Mopti)" prefers the Boni in both over the one in Mopti only.
            let hits = local.intersection(place.adminKeys)
            score += 700 + 150 * Double(hits.count - 1)
            if let admin2 = place.admin2Key, hits.contains(admin2) { score += 100 }
            reasons?.append("admin hint\(hits.count > 1 ? "s" : "") " + hits.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
                            + " beside the name")
        } else if let hit = evidence.adminHints.first(where: { $0 != span.key && place.adminKeys.contains($0) }) {
            score += 250
            reasons?.append("admin hint \"\(hit)\" in the text")
        }
        let share = evidence.countryShare(place.country)
        if share > 0 {
            score += 150 * share
            reasons?.append("in \(place.country), the country in focus")
        }
        if withCoherence, place.kind != .country,
           let distance = evidence.nearestOtherPoint(to: place.latitude, place.longitude, excluding: spanIndex) {
            score += 150 / (1 + distance / 50)
            if distance < 150 { reasons?.append("\(Int(distance.rounded())) km from another place in the text") }
        }
        if place.population > 0 {
            score += log10(Double(place.population) + 1) * 10
            reasons?.append("population \(place.population)")
        }
        return score
    }

    /// How sure the winner is against the best candidate more than 25 km away (same-spot duplicates from two
    /// sources do not count as rivals): 1 when there is none, 0.5 on a tie.
    func confidence(_ ranked: [Scored]) -> Double {
        guard let best = ranked.first else { return 0 }
        let winner = index.places[Int(best.place)]
        guard let rival = ranked.dropFirst().first(where: { other in
            let p = index.places[Int(other.place)]
            return Haversine.km(winner.latitude, winner.longitude, p.latitude, p.longitude) > 25
        }) else { return 1 }
        return 1 / (1 + exp(-(best.score - rival.score) / 60))
    }
}
