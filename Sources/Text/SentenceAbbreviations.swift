/// Words written with a final period that is not a full stop, in French and English press usage.
/// Compared lowercased, with their inner periods and hyphens ("u.s", "j.-c").
enum SentenceAbbreviations {
    /// Always followed by more of the sentence: titles before a name, "av. J.-C.", "e.g.".
    static let neverFinal: Set<String> = [
        // Titles and ranks.
        "m", "mme", "mmes", "mlle", "mlles", "mgr", "dr", "pr", "prof", "st", "ste", "gén", "gen",
        "col", "cdt", "cmdt", "capt", "cne", "lt", "lieut", "sgt", "adj", "gouv", "sen", "rep", "gov", "mr", "mrs",
        "ms", "messrs", "hon", "rev", "maj", "brig",
        // Dates and references.
        "av", "apr", "j.-c", "j-c", "cf", "env", "approx", "ca", "vs", "e.g", "i.e", "u.s", "u.n", "u.k",
        "n.b", "réf", "ref", "tél", "tel", "cie", "ets", "bd",
    ]

    /// Not final when a number follows: "janv. 2020", "Jan. 5", "No. 3", "p. 12", "art. 4".
    static let beforeNumber: Set<String> = [
        "janv", "jan", "févr", "fév", "fevr", "fev", "feb", "mar", "avr", "juil", "jul", "jun", "aug", "sept",
        "sep", "oct", "nov", "déc", "dec", "no", "nos", "n", "nº", "n°", "p", "pp", "art", "vol", "ch", "fig",
    ]
}
