import Foundation

/// What the whole document says that helps choose between places of the same name: the countries it is
/// about, the admin units it names, and (after a first pass) where its other places are.
struct DocumentEvidence {
    /// Country -> weight of the evidence for it (country names and demonyms 2, unambiguous places 1).
    var countryWeights: [String: Double] = [:]
    /// Normalised admin names the text gives anywhere: "cercle de Douentza", "région de Ségou", "(Mopti)".
    var adminHints: Set<String> = []
    /// Per span, the admin names in the parentheses right after it: "Boni (Douentza, Mopti)".
    var localHints: [Int: Set<String>] = [:]
    /// Points chosen in the first pass, per span (settlements and regions only).
    var chosenPoints: [Int: (latitude: Double, longitude: Double)] = [:]
    /// Each span's normalised name: a name told again is no evidence for itself.
    var spanKeys: [String] = []

    var totalCountryWeight: Double { countryWeights.values.reduce(0, +) }

    /// Share of the country evidence that points at `country` (0...1).
    func countryShare(_ country: String) -> Double {
        let total = totalCountryWeight
        return total > 0 ? (countryWeights[country] ?? 0) / total : 0
    }

    /// How many names before and after a span count as its neighbours: the places of the same passage, not of a
    /// whole book (which would also make ranking quadratic in the length of the text).
    static let coherenceWindow = 12

    /// Distance in km to the nearest point chosen for another span among its neighbours in the text.
    func nearestOtherPoint(to latitude: Double, _ longitude: Double, excluding span: Int) -> Double? {
        var best: Double?
        let key = span < spanKeys.count ? spanKeys[span] : nil
        for other in max(0, span - Self.coherenceWindow)...(span + Self.coherenceWindow) where other != span {
            guard let point = chosenPoints[other], other >= spanKeys.count || spanKeys[other] != key else { continue }
            let d = Haversine.km(latitude, longitude, point.latitude, point.longitude)
            if best.map({ d < $0 }) ?? true { best = d }
        }
        return best
    }
}

/// Great-circle distance on the mean Earth radius: ranking needs an ordering, not millimetres, and it is
/// called for every candidate against every other place.
public enum Haversine {
    public static func km(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = 6371.0088
        let p1 = lat1 * .pi / 180, p2 = lat2 * .pi / 180
        let dp = p2 - p1, dl = (lon2 - lon1) * .pi / 180
        let a = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * r * asin(min(1, sqrt(a)))
    }
}
