import Text
/// What the words just before a name say about it.
public enum PlaceCue: String, Sendable, Codable {
    /// "à", "in", "at", "vers": the name is where something happened.
    case locative
    /// "près de", "near", "outskirts of", "aux portes de": somewhere around the place (precision 2).
    case proximity
    /// "village de", "commune de", "town of": a settlement, not a region of the same name.
    case settlement
    /// "cercle de", "district of": an admin-2 unit, named after its main town.
    case district
    /// "région de", "province du", "region of": an admin-1 unit (precision 3).
    case region
}

/// The phrases that introduce place names, in French and English, as lowercase words in text order
/// (apostrophes straightened). Written by the team from the region's press usage.
enum PlaceCueLexicon {
    static let phrases: [(words: [String], cue: PlaceCue)] = {
        var list: [([String], PlaceCue)] = []
        func add(_ cue: PlaceCue, _ texts: [String]) {
            for text in texts { list.append((words(text), cue)) }
        }
        add(.locative, ["à", "au", "en", "vers", "dans", "sur", "depuis", "jusqu'à", "in", "at", "into",
                        "from", "to", "towards", "toward", "à destination de", "en provenance de"])
        add(.proximity, ["près de", "près d'", "non loin de", "non loin d'", "aux environs de", "aux environs d'",
                         "dans les environs de", "dans les environs d'", "aux alentours de", "aux alentours d'",
                         "aux portes de", "aux portes d'", "à proximité de", "à proximité d'", "à la sortie de",
                         "à la sortie d'", "à l'entrée de", "à l'entrée d'", "en périphérie de", "autour de",
                         "autour d'", "near", "outside", "outskirts of", "on the outskirts of", "close to",
                         "in the vicinity of", "around", "nearby", "in the area of", "dans la zone de", "dans la zone d'"])
        add(.settlement, ["village de", "village d'", "localité de", "localité d'", "commune de", "commune d'",
                          "ville de", "ville d'", "camp de", "camp d'", "quartier de", "hameau de", "hameau d'",
                          "village of", "town of", "city of", "locality of", "commune of", "camp of",
                          "villages de", "localités de", "garnison de", "garnison d'", "caserne de", "caserne d'",
                          "base de", "base d'", "poste de", "poste d'", "camp militaire de", "camp militaire d'",
                          "brigade de", "brigade d'", "commissariat de", "commissariat d'", "marché de", "marché d'",
                          "foire de", "foire d'", "mosquée de", "mosquée d'", "mairie de", "mairie d'",
                          "sous-préfecture de", "sous-préfecture d'", "gendarmerie de", "gendarmerie d'", "garrison of", "market of", "garrison in"])
        add(.district, ["cercle de", "cercle d'", "préfecture de", "département de", "département d'",
                        "district of", "circle of", "cercle of", "cercle"])
        add(.region, ["région de", "région d'", "region de", "region d'", "province de", "province du",
                      "province des", "province de la", "province d'", "region of", "province of", "régions de",
                      "wilaya de", "state of", "région du"])
        return list.sorted { $0.0.count > $1.0.count }
    }()

    /// The words of an admin unit's cue ("cercle de", "commune of", "province du"), as the cue text starts.
    static let unitWords = ["commune", "cercle", "département", "préfecture", "district", "circle", "région",
                            "region", "province"]

    /// Words between a cue and the name that do not change it: "aux portes de la capitale Bamako".
    static let appositions: [[String]] = [["la", "capitale"], ["the", "capital"], ["capitale"], ["capital"],
                                          ["la", "ville"], ["la", "localité"], ["le", "village"], ["the", "town"]]

    /// Longest first, so "près de" wins over "de".
    static let longestPhrase = phrases.map(\.words.count).max() ?? 1

    /// Words that introduce a person, not a place: "le général Gamou", "President Goïta".
    static let personTitles: Set<String> = [
        "général", "general", "colonel", "commandant", "capitaine", "lieutenant", "sergent", "adjudant",
        "président", "president", "ministre", "minister", "premier", "m.", "mme", "mr", "mrs", "ms", "monsieur",
        "madame", "imam", "cheikh", "sheikh", "docteur", "dr", "maire", "mayor", "chef", "émir", "emir",
        "porte-parole", "spokesman", "journaliste", "ambassadeur", "ambassador", "gouverneur", "governor",
    ]

    /// Words after which a name is a river or a lake, not a settlement: "le fleuve Niger", "the Niger River".
    static let waterBefore: Set<String> = ["fleuve", "rivière", "river", "lac", "lake", "mare", "delta", "boucle",
                                           "bend", "bassin", "basin", "vallée", "valley", "oued"]
    static let waterAfter: Set<String> = ["river", "lake", "delta", "basin", "valley"]

    private static func words(_ text: String) -> [String] {
        Tokenizer.tokens(in: text).map { cueForm($0.text) }
    }

    /// Lowercase with straight apostrophes: the form cue phrases are compared in.
    static func cueForm(_ text: String) -> String {
        Token(text: text, start: 0, end: 0, kind: .word).lowercasedForm
    }

    /// The phrases grouped by their last word, longest first: a cue is looked up by the word before a name.
    static let phrasesByLastWord: [String: [(words: [String], cue: PlaceCue)]] =
        Dictionary(grouping: phrases, by: { $0.words.last ?? "" })
}
