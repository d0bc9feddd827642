/// Matches a source's admin-1 name ("Koulikouro", "Tombouctou") to one of a country's level-1 boundaries
/// by normalised name, trying each boundary's own and other names (woe_label, gn_name "Tombouctou Region"
/// with the generic word dropped), then a small edit distance for long names only: 1 for 5-6 letters, 2
/// from 7 on, and only when a single boundary is that close (short names are too easily confused).
struct OCHAAdmin1Matcher {
    struct Match: Equatable {
        let boundaryIndex: Int
        /// The boundary's spelling to write instead of the source's, when they differ beyond normalisation.
        let repairedSpelling: String?
        let distance: Int
    }

    private struct Candidate {
        let boundaryIndex: Int
        let normalized: [Unicode.Scalar]
        let spelling: String
    }

    private let candidates: [Candidate]

    /// - Parameter names: per boundary, its official name first, then its other names.
    init(names: [[String]]) {
        var candidates: [Candidate] = []
        for (index, spellings) in names.enumerated() {
            for spelling in spellings {
                for variant in Self.variants(of: spelling) {
                    let normalized = NameNormalizer.normalize(variant)
                    guard !normalized.isEmpty else { continue }
                    candidates.append(Candidate(boundaryIndex: index, normalized: Array(normalized.unicodeScalars), spelling: variant))
                }
            }
        }
        self.candidates = candidates
    }

    func match(_ name: String) -> Match? {
        let target = Array(NameNormalizer.normalize(name).unicodeScalars)
        guard !target.isEmpty else { return nil }
        if let exact = candidates.first(where: { $0.normalized == target }) {
            return Match(boundaryIndex: exact.boundaryIndex, repairedSpelling: nil, distance: 0)
        }
        let allowed = target.count >= 7 ? 2 : (target.count >= 5 ? 1 : 0)
        guard allowed > 0 else { return nil }
        var best: (distance: Int, candidate: Candidate)?
        var tiedBoundaries = Set<Int>()
        for candidate in candidates {
            let d = Self.editDistance(target, candidate.normalized, limit: allowed)
            guard d <= allowed else { continue }
            if best == nil || d < best?.distance ?? Int.max {
                best = (d, candidate)
                tiedBoundaries = [candidate.boundaryIndex]
            } else if d == best?.distance {
                tiedBoundaries.insert(candidate.boundaryIndex)
            }
        }
        guard let best, tiedBoundaries.count == 1 else { return nil }
        return Match(boundaryIndex: best.candidate.boundaryIndex, repairedSpelling: best.candidate.spelling, distance: best.distance)
    }

    /// The spelling itself, and without a generic word: "Tombouctou Region" also gives "Tombouctou".
    private static func variants(of spelling: String) -> [String] {
        var result = [spelling]
        let words = spelling.split(separator: " ")
        let generic: Set<String> = ["region", "région", "province", "state", "district"]
        if words.count > 1, let last = words.last, generic.contains(last.lowercased()) {
            result.append(words.dropLast().joined(separator: " "))
        }
        return result
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once every path exceeds `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
