import Gazetteer
import Geocoding
import GazetteerTestSupport
import Text

/// The geocoder the tests share, over the default gazetteer with the OCHA Mali settlements, loaded once.
enum GeocodingFixture {
    static let geocoder: Result<Geocoder, Error> = Result {
        Geocoder(index: try PlaceIndex.load(from: try OCHAGazetteer.store.get()))
    }

    static func geocode(_ text: String, language: DocumentLanguage? = nil) throws -> GeocodedDocument {
        try geocoder.get().geocode(text, language: language)
    }
}
