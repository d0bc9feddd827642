/// Longitudes of the other settlements of a row's commune (admin-3), or of its cercle (admin-2) when the
/// commune has fewer than three others: a witness for whether a longitude's sign is wrong.
///
/// The polygon test alone is not enough near a region that straddles the meridian: Bamba's villages at
/// -1.5° lie outside Natural Earth's generalised Gao polygon, and +1.5° happens to fall inside it. Their
/// neighbours sit at -1.4°, so the flip is refused; Ménaka's neighbours sit at +2.0°, so its -2.40 is flipped.
struct OCHASiblingLongitudes {
    private var byAdmin3: [String: [Double]] = [:]
    private var byAdmin2: [String: [Double]] = [:]

    init(_ rows: [OCHARow]) {
        for row in rows where row.skipReason == nil {
            if let code = row.admin3Code { byAdmin3[code, default: []].append(row.longitude) }
            if let code = row.admin2Code { byAdmin2[code, default: []].append(row.longitude) }
        }
        for key in byAdmin3.keys { byAdmin3[key]?.sort() }
        for key in byAdmin2.keys { byAdmin2[key]?.sort() }
    }

    /// The median longitude of the row's neighbours (the row itself left out), nil with fewer than three.
    func median(excluding row: OCHARow) -> Double? {
        for group in [row.admin3Code.flatMap { byAdmin3[$0] }, row.admin2Code.flatMap { byAdmin2[$0] }] {
            guard var values = group else { continue }
            if let own = values.firstIndex(of: row.longitude) { values.remove(at: own) }
            guard values.count >= 3 else { continue }
            let mid = values.count / 2
            return values.count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2
        }
        return nil
    }
}
