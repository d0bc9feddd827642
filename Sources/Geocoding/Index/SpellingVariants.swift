import Gazetteer

/// Near-miss spellings of indexed names ("Intillit" for N'Tillit, "Ouenkoro" for Ouonkoro), found without
/// scanning every name: each name of six letters or more is filed under a hash of itself and of each of its
/// one-letter deletions, and a word is probed the same way (the symmetric-deletion method). Two spellings
/// meet when they differ by one insertion, deletion or substitution, or by a swap; the bounded edit distance
/// then confirms each candidate (1 edit from six letters, 2 from ten), so a hash collision costs a comparison,
/// never a wrong answer. Hashes instead of strings keep loading the index fast (no string per deletion).
struct SpellingVariants: Sendable {
    private var names: [String] = []
    private var compactNames: [[Unicode.Scalar]] = []
    /// Hash of a whole name, or of a name minus one letter -> names.
    private var byHash: [UInt64: [Int32]] = [:]

    static let shortestName = 6

    mutating func add(_ key: String) {
        let compact = Self.compact(key)
        guard compact.count >= Self.shortestName else { return }
        let slot = Int32(names.count)
        names.append(key)
        compactNames.append(compact)
        Self.forEachProbe(compact) { hash in
            if byHash[hash]?.last != slot { byHash[hash, default: []].append(slot) }
        }
    }

    /// Index names within the tolerated distance of `word` (normalised), the closest first.
    func matches(_ word: String) -> [(key: String, distance: Int)] {
        let compact = Self.compact(word)
        let tolerance = EditDistance.tolerance(forLetters: compact.count)
        guard tolerance > 0 else { return [] }
        var seen = Set<Int32>()
        var found: [(String, Int)] = []
        Self.forEachProbe(compact) { hash in
            for slot in byHash[hash] ?? [] where seen.insert(slot).inserted {
                if let d = EditDistance.distance(compact, compactNames[Int(slot)], limit: tolerance), d > 0 {
                    found.append((names[Int(slot)], d))
                }
            }
        }
        return found.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    }

    /// The name's letters without spaces: "Tin Habou" and "Tinhabou" differ by spacing only.
    static func compact(_ key: String) -> [Unicode.Scalar] {
        key.unicodeScalars.filter { $0 != " " }
    }

    /// The name closed up without its spaces, as an index key.
    static func compactKey(_ key: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: compact(key))
        return String(view)
    }

    /// FNV-1a of the whole word, then of the word without each of its letters in turn.
    private static func forEachProbe(_ scalars: [Unicode.Scalar], _ body: (UInt64) -> Void) {
        body(hash(scalars, skipping: -1))
        for i in scalars.indices { body(hash(scalars, skipping: i)) }
    }

    private static func hash(_ scalars: [Unicode.Scalar], skipping skipped: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for (i, scalar) in scalars.enumerated() where i != skipped {
            h = (h ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
