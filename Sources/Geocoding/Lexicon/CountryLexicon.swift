/// Country names and demonyms as the region's press writes them, in French and English.
///
/// A demonym ("les soldats maliens", "Nigerien troops") is evidence of the country in focus, not a place:
/// it never becomes a mention. Country names are mentions with feature `country`. Written by the team;
/// the adjective forms cover masculine, feminine and plurals, since the text is matched after normalisation.
public enum CountryLexicon {
    struct Entry {
        let country: String
        let names: [String]
        let demonyms: [String]
    }

    /// The French and English names the press uses for a country (ISO 3166-1 alpha-2), for tools that
    /// want the same spellings the geocoder knows.
    public static func names(of country: String) -> [String] {
        entries.first { $0.country == country.uppercased() }?.names ?? []
    }

    static let entries: [Entry] = [
        Entry(country: "ML", names: ["Mali", "République du Mali"],
              demonyms: ["malien", "malienne", "maliens", "maliennes", "Malian", "Malians"]),
        Entry(country: "BF", names: ["Burkina Faso", "Burkina"],
              demonyms: ["burkinabè", "burkinabé", "burkinabe", "burkinabès", "Burkinabes"]),
        Entry(country: "NE", names: ["Niger", "République du Niger"],
              demonyms: ["nigérien", "nigérienne", "nigériens", "nigériennes", "Nigerien", "Nigeriens"]),
        Entry(country: "MR", names: ["Mauritanie", "Mauritania"],
              demonyms: ["mauritanien", "mauritanienne", "mauritaniens", "mauritaniennes", "Mauritanian",
                         "Mauritanians"]),
        Entry(country: "DZ", names: ["Algérie", "Algeria"],
              demonyms: ["algérien", "algérienne", "algériens", "algériennes", "Algerian", "Algerians"]),
        Entry(country: "TD", names: ["Tchad", "Chad"],
              demonyms: ["tchadien", "tchadienne", "tchadiens", "tchadiennes", "Chadian", "Chadians"]),
        Entry(country: "SN", names: ["Sénégal", "Senegal"],
              demonyms: ["sénégalais", "sénégalaise", "sénégalaises", "Senegalese"]),
        Entry(country: "GN", names: ["Guinée", "Guinea", "Guinée-Conakry"],
              demonyms: ["guinéen", "guinéenne", "guinéens", "guinéennes", "Guinean", "Guineans"]),
        Entry(country: "CI", names: ["Côte d'Ivoire", "Ivory Coast"],
              demonyms: ["ivoirien", "ivoirienne", "ivoiriens", "ivoiriennes", "Ivorian", "Ivorians"]),
        Entry(country: "GH", names: ["Ghana"],
              demonyms: ["ghanéen", "ghanéenne", "ghanéens", "ghanéennes", "Ghanaian", "Ghanaians"]),
        Entry(country: "TG", names: ["Togo"], demonyms: ["togolais", "togolaise", "togolaises", "Togolese"]),
        Entry(country: "BJ", names: ["Bénin", "Benin"],
              demonyms: ["béninois", "béninoise", "béninoises", "Beninese"]),
        Entry(country: "NG", names: ["Nigeria", "Nigéria"],
              demonyms: ["nigérian", "nigériane", "nigérians", "nigérianes", "Nigerian", "Nigerians"]),
        Entry(country: "LY", names: ["Libye", "Libya"],
              demonyms: ["libyen", "libyenne", "libyens", "libyennes", "Libyan", "Libyans"]),
        Entry(country: "MA", names: ["Maroc", "Morocco"],
              demonyms: ["marocain", "marocaine", "marocains", "marocaines", "Moroccan", "Moroccans"]),
        Entry(country: "CM", names: ["Cameroun", "Cameroon"],
              demonyms: ["camerounais", "camerounaise", "camerounaises", "Cameroonian", "Cameroonians"]),
        Entry(country: "SD", names: ["Soudan", "Sudan"],
              demonyms: ["soudanais", "soudanaise", "soudanaises", "Sudanese"]),
        Entry(country: "CF", names: ["Centrafrique", "République centrafricaine", "Central African Republic"],
              demonyms: ["centrafricain", "centrafricaine", "centrafricains", "centrafricaines"]),
        Entry(country: "GM", names: ["Gambie", "Gambia"], demonyms: ["gambien", "gambienne", "Gambian"]),
        Entry(country: "GW", names: ["Guinée-Bissau", "Guinea-Bissau"], demonyms: ["bissau-guinéen"]),
        Entry(country: "SL", names: ["Sierra Leone"], demonyms: ["sierra-léonais", "Sierra Leonean"]),
        Entry(country: "LR", names: ["Liberia", "Libéria"], demonyms: ["libérien", "libérienne", "Liberian"]),
        Entry(country: "FR", names: ["France"], demonyms: ["français", "française", "françaises"]),
        Entry(country: "RU", names: ["Russie", "Russia"],
              demonyms: ["russe", "russes", "Russian", "Russians"]),
        Entry(country: "US", names: ["États-Unis", "Etats-Unis", "United States"],
              demonyms: ["américain", "américaine", "américains", "américaines", "American", "Americans"]),
        Entry(country: "GB", names: ["Royaume-Uni", "United Kingdom"], demonyms: ["britannique", "British"]),
        Entry(country: "DE", names: ["Allemagne", "Germany"],
              demonyms: ["allemand", "allemande", "allemands", "allemandes", "German", "Germans"]),
        Entry(country: "NL", names: ["Pays-Bas", "Netherlands"],
              demonyms: ["néerlandais", "néerlandaise", "hollandais", "hollandaise", "Dutch"]),
        Entry(country: "EG", names: ["Égypte", "Egypt"], demonyms: ["égyptien", "égyptienne", "Egyptian"]),
        Entry(country: "TN", names: ["Tunisie", "Tunisia"], demonyms: ["tunisien", "tunisienne", "Tunisian"]),
        Entry(country: "CN", names: ["Chine", "China"], demonyms: ["chinois", "chinoise", "Chinese"]),
        Entry(country: "TR", names: ["Turquie", "Turkey"], demonyms: ["turc", "turque", "turcs", "Turkish"]),
    ]
}
