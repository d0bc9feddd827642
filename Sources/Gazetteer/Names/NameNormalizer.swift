import Foundation

/// The form names are compared in: compatibility-decomposed, accents stripped, case-folded, apostrophes
/// dropped, hyphens, underscores and runs of spaces turned into one space.
/// `Ségou`, `SEGOU` and `Segou` meet at `segou`; `Ké-Macina` and `Ke Macina` at `ke macina`;
/// `N'Tillit` and `Ntillit` at `ntillit`.
public enum NameNormalizer {
    public static func normalize(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        let source = name.utf8.allSatisfy { $0 < 0x80 } ? name : name.decomposedStringWithCompatibilityMapping
        for scalar in source.unicodeScalars {
            // ASCII fast path: no Unicode property lookups for the letters and digits of most names.
            if scalar.value < 0x80, (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
                || (scalar.value >= 0x41 && scalar.value <= 0x5A) {
                if pendingSpace {
                    out.append(" ")
                    pendingSpace = false
                }
                out.append(scalar.value <= 0x5A && scalar.value >= 0x41 ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar)
                continue
            }
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if apostrophes.contains(scalar) { continue }
            if separators.contains(scalar) || scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            if scalar.isASCII {
                let v = scalar.value
                out.append((v >= 65 && v <= 90) ? Unicode.Scalar(v + 32) ?? scalar : scalar)
            } else {
                out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "\u{0060}", "\u{00B4}"]
    private static let separators: Set<Unicode.Scalar> = ["-", "_", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", ".", ","]
}
