/// One admin unit as a source file gives it, before its code is chosen and its geometry checked.
struct BoundarySourceRow {
    var level: Int
    /// `iso_a2` as written (may be "-99", "-1" or missing).
    var isoA2: String?
    /// ISO 3166-1 alpha-3 of the country (`adm0_a3`), used only when `isoA2` is unusable.
    var countryA3: String?
    var name: String?
    /// FIPS 10-4 admin-1 code (`fips`), level 1 only.
    var fips: String?
    var alternateNames: [String]
    /// Stable identifier within the file (GeoPackage fid, or 1-based feature index), for codes and messages.
    var key: Int64
    /// How to point a user at the row ("countries fid 12", "feature 7").
    var label: String
    var wkb: [UInt8]?

    /// `isoA2` when it is two capital letters (Natural Earth writes "-99" for "no code").
    var validISO: String? {
        guard let iso = isoA2, iso.utf8.count == 2, iso.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
        return iso
    }
}
