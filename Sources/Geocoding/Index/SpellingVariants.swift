import Gazetteer

/// Near-miss spellings of indexed names ("Intillit" for N'Tillit, "Ouenkoro" for Ouonkoro), found without
/// scanning every name: each name of six letters or more is filed under each of its one-letter deletions,
/// and a word is looked up by itself and by its own deletions (the symmetric-deletion method). Two spellings
/// meet when they differ by one insertion, deletion or substitution, or by a swap; the bounded edit distance
/// then confirms it (1 edit from six letters, 2 from ten).
struct SpellingVariants: Sendable {
    private var byDeletion: [String: [String]] = [:]
    private(set) var names: Set<String> = []

    static let shortestName = 6

    mutating func add(_ key: String) {
        let compact = Self.compact(key)
        guard compact.unicodeScalars.count >= Self.shortestName, names.insert(key).inserted else { return }
        for variant in Self.deletions(compact) {
            byDeletion[variant, default: []].append(key)
        }
    }

    /// Index names within the tolerated distance of `word` (normalised), the closest first.
    func matches(_ word: String) -> [(key: String, distance: Int)] {
        let compact = Self.compact(word)
        let scalars = Array(compact.unicodeScalars)
        let tolerance = EditDistance.tolerance(forLetters: scalars.count)
        guard tolerance > 0 else { return [] }
        var keys = Set<String>()
        for probe in [compact] + Self.deletions(compact) {
            if names.contains(probe) { keys.insert(probe) }
            if let filed = byDeletion[probe] { keys.formUnion(filed) }
        }
        var found: [(String, Int)] = []
        for key in keys {
            if let d = EditDistance.distance(scalars, Array(Self.compact(key).unicodeScalars), limit: tolerance), d > 0 {
                found.append((key, d))
            }
        }
        return found.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    }

    /// The name without its spaces: "Tin Habou" and "Tinhabou" are one spelling apart by spacing only.
    static func compact(_ key: String) -> String {
        key.contains(" ") ? String(key.unicodeScalars.filter { $0 != " " }.map(Character.init)) : key
    }

    private static func deletions(_ word: String) -> [String] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count > 1 else { return [] }
        return (0..<scalars.count).map { i in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<i])
            view.append(contentsOf: scalars[(i + 1)...])
            return String(view)
        }
    }
}
