/// Levenshtein distance (insertions, deletions, substitutions) between two strings of Unicode scalars,
/// bounded: it stops as soon as the distance is known to exceed `limit`, which makes scanning thousands of
/// index entries for near-misses cheap.
public enum EditDistance {
    /// The distance, or nil when it is greater than `limit`.
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            let ai = a[i - 1]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (ai == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            // Every later row is at least this row's minimum, so the bound is already exceeded.
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        let result = previous[b.count]
        return result <= limit ? result : nil
    }

    /// How many edits a query of `letters` letters may be from a name: none under 6 letters (too many short
    /// names lie one edit apart), 1 from 6, 2 from 10.
    public static func tolerance(forLetters letters: Int) -> Int {
        letters >= 10 ? 2 : letters >= 6 ? 1 : 0
    }
}
