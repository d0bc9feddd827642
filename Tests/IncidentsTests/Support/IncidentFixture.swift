import Foundation
import Gazetteer
import Geocoding
import Incidents
import GazetteerTestSupport
import TestSupport
import Text

/// The extractor the tests share, over the default gazetteer with the OCHA Mali settlements, loaded once.
enum IncidentFixture {
    static let seed = TestPaths.shared.appendingPathComponent("data/seed/mali-2022-07-29.fr.txt")

    static let extractor: Result<IncidentExtractor, Error> = Result {
        IncidentExtractor(geocoder: Geocoder(index: try PlaceIndex.load(from: try OCHAGazetteer.store.get())))
    }

    /// Whether a location's name is the expected place's: gazetteers spell with or without accents ("Léré",
    /// "Lere") and with or without a qualifier ("18 km W of Fada N'gourma"), so either may contain the other.
    static func isNamed(_ name: String?, _ place: String) -> Bool {
        let fold = { (text: String) in text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) }
        let name = fold(name ?? ""), wanted = fold(place)
        return !name.isEmpty && (name.contains(wanted) || wanted.contains(name))
    }

    static func extract(_ text: String, published: String? = "2022-07-29", language: DocumentLanguage? = nil) throws -> [Incident] {
        let date = published.flatMap { text -> CivilDate? in
            let parts = text.split(separator: "-").compactMap { Int($0) }
            return parts.count == 3 ? CivilDate(year: parts[0], month: parts[1], day: parts[2]) : nil
        }
        return try extractor.get().extract(id: "doc", text: text, published: date, language: language).incidents
    }
}
