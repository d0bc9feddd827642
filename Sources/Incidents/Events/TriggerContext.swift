import Geocoding
import Text

/// The words around a trigger that undo it: a negation ("aucune attaque"), a hypothesis ("risque
/// d'attaques", "plan to attack"), a device found rather than fired ("engin explosif neutralisé"), a hostage
/// freed rather than taken. Cheap look-arounds within a few words, never across a sentence mark.
enum TriggerContext {
    static let negations: [DocumentLanguage: Set<String>] = [
        .fr: ["aucun", "aucune", "pas", "jamais", "sans", "nul", "nulle", "ni", "ne", "n"],
        .en: ["no", "not", "never", "without", "nor", "didnt", "wasnt", "werent", "hasnt", "havent", "hadnt"],
    ]

    static let hypotheses: [DocumentLanguage: Set<String>] = [
        .fr: ["risque", "risques", "menace", "menaces", "crainte", "craintes", "craindre", "planifier", "planifie",
              "planifient", "preparer", "preparaient", "prevenir", "prevention", "eviter", "lutte", "lutter",
              "luttent", "projet", "projets", "projetaient"],
        .en: ["risk", "risks", "threat", "threats", "fear", "fears", "feared", "plan", "plans", "planned",
              "planning", "plot", "plotting", "prevent", "preventing", "prevention", "avert", "counter"],
    ]

    /// After the trigger: the act did not happen ("attentat déjoué", "foiled attack").
    static let foiled: Set<String> = ["dejoue", "dejouee", "dejoues", "dejouees", "foiled", "thwarted", "averted"]

    /// Near a weapon word: it was found, seized or made safe, not fired.
    static let madeSafe: Set<String> = [
        "neutralise", "neutralisee", "neutralises", "neutralisees", "neutralisent", "desamorce", "desamorcee",
        "desamorces", "desamorcees", "demine", "demines", "deminage", "deminee", "decouvert", "decouverte",
        "decouverts", "decouvertes", "saisi", "saisie", "saisis", "saisies", "recupere", "recuperes",
        "recuperee", "recuperees", "defused", "defuse", "disarmed", "neutralized", "neutralised", "discovered",
        "seized", "recovered", "cache", "caches", "destroyed", "detruit", "detruits", "detruite", "detruites",
    ]

    /// Before an abduction word: the hostage was freed ("libère un otage", "released hostages").
    static let releases: Set<String> = ["libere", "liberee", "liberes", "liberees", "liberent", "liberer",
                                        "liberation", "relache", "relachee", "relaches", "relachees", "released",
                                        "freed", "release", "rescued", "sauves"]

    /// Marks that end the look-around (quotes and commas do not, apostrophes are words).
    static let sentenceMarks: Set<String> = [".", ";", "!", "?", "\u{2026}", ":", "(", ")"]

    /// Whether a key in `set` is among the `count` words before word `index`, stopping at a sentence mark
    /// (and at a comma when `stopAtComma`).
    static func before(_ index: Int, within count: Int, in words: FoldedWords, _ set: Set<String>,
                       stopAtComma: Bool = false) -> Bool {
        var k = index - 1
        var seen = 0
        while k >= 0 && seen < count {
            let key = words[k].key
            if sentenceMarks.contains(key) || (stopAtComma && key == ",") { return false }
            if set.contains(key) { return true }
            if key != "," && key != "\u{00AB}" && key != "\u{00BB}" && key != "\"" { seen += 1 }
            k -= 1
        }
        return false
    }

    /// The same after word `index` (exclusive end of the trigger).
    static func after(_ index: Int, within count: Int, in words: FoldedWords, _ set: Set<String>) -> Bool {
        var k = index
        var seen = 0
        while k < words.count && seen < count {
            let key = words[k].key
            if sentenceMarks.contains(key) { return false }
            if set.contains(key) { return true }
            if key != "," && key != "\u{00AB}" && key != "\u{00BB}" && key != "\"" { seen += 1 }
            k += 1
        }
        return false
    }
}
