import Foundation
import Gazetteer

/// The region's settlements by admin unit and by grid cell, with each one's indexed names: what the geocoder
/// needs to list the places inside "(cercle de Bourem)" or within 45 km of Gao, and to compare their names
/// with a spelling the index does not hold.
struct SettlementAreas: Sendable {
    /// Normalised admin name (a region polygon's names, the gazetteer's admin-1/2/3) -> settlements.
    private var byUnit: [String: [Int32]] = [:]
    /// Grid cell of `cellDegrees` -> settlements.
    private var byCell: [Int32: [Int32]] = [:]
    /// Place slot -> its normalised names (empty for regions and countries).
    private(set) var names: [[String]]

    static let cellDegrees = 0.5

    init(placeCount: Int) {
        names = Array(repeating: [], count: placeCount)
    }

    mutating func add(_ slot: Int32, _ place: IndexedPlace) {
        for key in place.adminKeys { byUnit[key, default: []].append(slot) }
        byCell[Self.cell(place.latitude, place.longitude), default: []].append(slot)
    }

    mutating func addName(_ key: String, of slot: Int32) {
        if names[Int(slot)].last != key { names[Int(slot)].append(key) }
    }

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
