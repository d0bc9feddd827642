/// One key for the spellings French and English writers give the same Mande, Fulfulde, Songhay or Tamasheq
/// name: "Wouro Mody" and "Ouro Modi", "Tchirozérine" and "Chirozerine", "Djibo" and "Jibo", "Rharous" and
/// "Rarous" meet. Rules, applied to a normalised name (`NameNormalizer`) with its spaces closed up:
/// tch/ch/sh -> c, dj -> j, kh -> k, gh -> g, rh -> r, ph -> f, qu/q/ck -> k, c before a, o, u -> k,
/// gu before e, i -> g, ou/oo/w -> u, y -> i, then doubled letters made single and a final e dropped.
/// The key is loose on purpose: it is only compared with names inside a unit or radius the text states.
public enum TransliterationKey {
    public static func key(_ normalized: String) -> String {
        let s = Array(normalized.unicodeScalars.filter { $0 != " " })
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }
        while i < s.count {
            let c = s[i], next = at(i + 1)
            switch (c, next) {
            case ("t", "c") where at(i + 2) == "h":
                out.append("c"); i += 3; continue
            case ("c", "h"), ("s", "h"):
                out.append("c"); i += 2; continue
            case ("d", "j"):
                out.append("j"); i += 2; continue
            case ("k", "h"), ("c", "k"):
                out.append("k"); i += 2; continue
            case ("q", "u"):
                out.append("k"); i += 2; continue
            case ("g", "h"):
                out.append("g"); i += 2; continue
            case ("r", "h"):
                out.append("r"); i += 2; continue
            case ("p", "h"):
                out.append("f"); i += 2; continue
            case ("g", "u") where at(i + 2) == "e" || at(i + 2) == "i":
                out.append("g"); i += 2; continue
            case ("o", "u"), ("o", "o"):
                out.append("u"); i += 2; continue
            default:
                break
            }
            switch c {
            case "q": out.append("k")
            case "c" where next == "a" || next == "o" || next == "u" || next == nil: out.append("k")
            case "w": out.append("u")
            case "y": out.append("i")
            default: out.append(c)
            }
            i += 1
        }
        var collapsed: [Unicode.Scalar] = []
        collapsed.reserveCapacity(out.count)
        for scalar in out where collapsed.last != scalar { collapsed.append(scalar) }
        if collapsed.count > 3, collapsed.last == "e" { collapsed.removeLast() }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: collapsed)
        return String(view)
    }
}
