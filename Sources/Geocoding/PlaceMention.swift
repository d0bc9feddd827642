import Text
/// One place named in a document, resolved: the evidence (surface text and scalar offsets), the answer
/// (gazetteer place, coordinates, admin units), and how sure we are.
public struct PlaceMention: Sendable, Equatable {
    /// What the mention does in its sentence.
    public enum Role: String, Sendable, Codable {
        /// Where something is said to be or happen.
        case place
        /// An admin unit given to tell a place apart: "Boni (cercle de Douentza)", "(Douentza, Mopti)".
        case adminHint = "admin_hint"
        /// A place used to locate another: "à 40 km de Ménaka", "entre Gossi et Gao".
        case anchor
    }

    public let surface: String
    public let start: Int
    public let end: Int
    /// The gazetteer's name for the answer (for a relative location, "40 km E of Ménaka").
    public let name: String
    public let latitude: Double
    public let longitude: Double
    public let country: String
    public let admin1: String?
    public let admin2: String?
    /// `national_capital`, `admin1_capital`, ..., `populated_place`, `admin1` (a region), `country`, or
    /// `relative` (an offset or a point between two places).
    public let feature: String
    /// ACLED geo-precision: 1 the place itself, 2 near it or a small area, 3 a region; nil for a country.
    public let precision: Int?
    /// 0...1: recognition (is it a place?) times resolution (is it this one?).
    public let score: Double
    public let gazetteerID: Int64?
    public let role: Role
    /// The cue before the name ("à", "près de", "région de"), when there is one.
    public let cue: PlaceCue?
    /// In parentheses right after another name, telling it apart or locating it: "Doro (entre Gossi et Gao)".
    public let aside: Bool
    public let relative: RelativeLocation?
    /// Why this answer, strongest evidence first.
    public let reasons: [String]
}

extension PlaceMention {
    /// The same mention with its offsets moved by `delta` scalars (a section of a longer text).
    func shifted(by delta: Int) -> PlaceMention {
        guard delta != 0 else { return self }
        return PlaceMention(surface: surface, start: start + delta, end: end + delta, name: name, latitude: latitude,
                            longitude: longitude, country: country, admin1: admin1, admin2: admin2, feature: feature,
                            precision: precision, score: score, gazetteerID: gazetteerID, role: role, cue: cue,
                            aside: aside, relative: relative, reasons: reasons)
    }
}

/// A location given relative to named places.
public struct RelativeLocation: Sendable, Equatable {
    public struct Anchor: Sendable, Equatable {
        public let name: String
        public let latitude: Double
        public let longitude: Double
        public let gazetteerID: Int64?
    }

    /// The phrase as written: "à 37 km au nord-est d'Andéranboukane", "entre Gossi et Gao".
    public let phrase: String
    public let anchors: [Anchor]
    public let offsetKm: Double?
    public let bearing: Double?
    /// How far the true spot may be from the point given (half the distance for "between").
    public let uncertaintyKm: Double?
}

/// What a document is about, geographically.
public struct DocumentFocus: Sendable, Equatable {
    public let country: String?
    public let admin1: String?
    /// Index into `GeocodedDocument.places` of the main place, when there is one.
    public let mainPlace: Int?
}

/// The result for one document.
public struct GeocodedDocument: Sendable, Equatable {
    public let language: DocumentLanguage
    public let places: [PlaceMention]
    public let focus: DocumentFocus
}
