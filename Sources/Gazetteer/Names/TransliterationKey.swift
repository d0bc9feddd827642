/// One key for the spellings French and English writers give the same Mande, Fulfulde, Songhay or Tamasheq
/// name: "Wouro Mody" and "Ouro Modi", "Tchirozérine" and "Chirozerine", "Djibo" and "Jibo", "Rharous" and
/// "Rarous" meet. Rules, applied to a normalised name (`NameNormalizer`) with its spaces closed up:
/// tch/ch/sh -> c, dj -> j, kh -> k, gh -> g, rh -> r, ph -> f, qu/q/ck -> k, c before a, o, u -> k,
/// gu before e, i -> g, ou/oo/w -> u, y -> i, then doubled letters made single and a final e dropped.
/// The key is loose on purpose: it is only compared with names inside a unit or radius the text states.
public enum TransliterationKey {
    public static func key(_ normalized: String) -> String {
        // Normalised names are ASCII but for a few letters without decomposition (ø, ß): those pass unchanged.
        var input: [UInt32] = []
        input.reserveCapacity(normalized.utf8.count)
        for scalar in normalized.unicodeScalars where scalar != " " { input.append(scalar.value) }
        var out: [UInt32] = []
        out.reserveCapacity(input.count)
        let a: UInt32 = 0x61, c: UInt32 = 0x63, d: UInt32 = 0x64, e: UInt32 = 0x65, f: UInt32 = 0x66, g: UInt32 = 0x67,
            h: UInt32 = 0x68, i: UInt32 = 0x69, j: UInt32 = 0x6A, k: UInt32 = 0x6B, o: UInt32 = 0x6F, p: UInt32 = 0x70,
            q: UInt32 = 0x71, r: UInt32 = 0x72, s: UInt32 = 0x73, t: UInt32 = 0x74, u: UInt32 = 0x75, w: UInt32 = 0x77,
            y: UInt32 = 0x79
        var n = 0
        let count = input.count
        while n < count {
            let x = input[n]
            let next: UInt32 = n + 1 < count ? input[n + 1] : 0
            let after: UInt32 = n + 2 < count ? input[n + 2] : 0
            var emitted: UInt32 = x
            var width = 1
            switch x {
            case t where next == c && after == h: emitted = c; width = 3
            case c where next == h: emitted = c; width = 2
            case s where next == h: emitted = c; width = 2
            case d where next == j: emitted = j; width = 2
            case k where next == h: emitted = k; width = 2
            case c where next == k: emitted = k; width = 2
            case q where next == u: emitted = k; width = 2
            case g where next == h: emitted = g; width = 2
            case r where next == h: emitted = r; width = 2
            case p where next == h: emitted = f; width = 2
            case g where next == u && (after == e || after == i): emitted = g; width = 2
            case o where next == u || next == o: emitted = u; width = 2
            case q: emitted = k
            case c where next == a || next == o || next == u || next == 0: emitted = k
            case w: emitted = u
            case y: emitted = i
            default: break
            }
            // Doubled letters, as written or as made by the rules, are one.
            if out.last != emitted { out.append(emitted) }
            n += width
        }
        if out.count > 3, out.last == e { out.removeLast() }
        var view = String.UnicodeScalarView()
        for value in out { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
        return String(view)
    }
}
