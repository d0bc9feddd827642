import Foundation
import Gazetteer

/// A normalised name in the forms spelling comparison needs.
struct NameForms: Sendable {
    let name: String
    /// Without its spaces.
    let compact: String
    let transliteration: String
    /// Their lengths in scalars (a String counts them in linear time).
    let compactLength: Int16
    let transliterationLength: Int16

    init(_ name: String) {
        self.name = name
        compact = name.contains(" ") ? SpellingVariants.compactKey(name) : name
        transliteration = TransliterationKey.key(name)
        compactLength = Int16(clamping: compact.unicodeScalars.count)
        transliterationLength = Int16(clamping: transliteration.unicodeScalars.count)
    }
}

/// The region's settlements by admin unit and by grid cell, with each one's indexed names: what the geocoder
/// needs to list the places inside "(cercle de Bourem)" or within 45 km of Gao, and to compare their names
/// with a spelling the index does not hold.
struct SettlementAreas: Sendable {
    /// Normalised admin name (a region polygon's names, the gazetteer's admin-1/2/3) -> settlements.
    private var byUnit: [String: [Int32]] = [:]
    /// Grid cell of `cellDegrees` -> settlements.
    private var byCell: [Int32: [Int32]] = [:]
    /// Transliteration key -> settlements with a name of that key: a whole region is looked up, not scanned.
    private var byTransliteration: [String: [Int32]] = [:]
    /// A word of four letters or more of a name of several words -> settlements: "semembougou" finds
    /// Semembougou Peulh without a scan.
    private var byWord: [Substring: [Int32]] = [:]
    /// Place slot -> its normalised names with their transliteration keys, made once at load (a query compares
    /// its spelling with thousands of them).
    private(set) var names: [[NameForms]]

    static let cellDegrees = 0.5

    init(placeCount: Int) {
        names = Array(repeating: [], count: placeCount)
    }

    mutating func add(_ slot: Int32, _ place: IndexedPlace) {
        for key in place.adminKeys { byUnit[key, default: []].append(slot) }
        byCell[Self.cell(place.latitude, place.longitude), default: []].append(slot)
    }

    mutating func addName(_ forms: NameForms, of slot: Int32) {
        let key = forms.name
        guard names[Int(slot)].last?.name != key else { return }
        names[Int(slot)].append(forms)
        if byTransliteration[forms.transliteration]?.last != slot { byTransliteration[forms.transliteration, default: []].append(slot) }
        if key.contains(" ") {
            for word in key.split(separator: " ") where word.count >= 4 && byWord[word]?.last != slot {
                byWord[word, default: []].append(slot)
            }
        }
    }

    /// Settlements with a name of several words, one of which is `word`.
    func settlements(withWord word: Substring) -> [Int32] { byWord[word] ?? [] }

    /// Settlements with a name of this transliteration key.
    func settlements(transliteratedAs key: String) -> [Int32] { byTransliteration[key] ?? [] }

    /// Settlements whose admin names include `unit` (normalised).
    func settlements(inUnit unit: String) -> [Int32] { byUnit[unit] ?? [] }

    /// Whether any settlement carries `unit` as an admin name: the unit can be checked by name.
    func knowsUnit(_ unit: String) -> Bool { byUnit[unit] != nil }

    /// Settlements in the grid cells that cover `km` around a point (a superset: callers check the distance).
    func settlements(around latitude: Double, _ longitude: Double, km: Double) -> [Int32] {
        let dLat = km / 111.0
        let dLon = km / max(1, 111.0 * cos(latitude * .pi / 180))
        let step = Self.cellDegrees
        var found: [Int32] = []
        var lat = ((latitude - dLat) / step).rounded(.down) * step
        while lat <= latitude + dLat {
            var lon = ((longitude - dLon) / step).rounded(.down) * step
            while lon <= longitude + dLon {
                found += byCell[Self.cell(lat + step / 2, lon + step / 2)] ?? []
                lon += step
            }
            lat += step
        }
        return found
    }

    private static func cell(_ latitude: Double, _ longitude: Double) -> Int32 {
        let row = Int32(max(-400, min(400, (latitude / cellDegrees).rounded(.down))))
        let column = Int32(max(-800, min(800, (longitude / cellDegrees).rounded(.down))))
        return (row + 400) * 2000 + (column + 800)
    }
}
