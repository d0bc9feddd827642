import GeoJSON
import Tabular

/// Encodes annotated rows as JSON lines: one object per row with the kept columns, then `lat` and `lon`
/// (`null` for a row without coordinates), then the added fields. The values are those of the GeoJSON
/// properties (`AnnotatedRowMembers`), so the two formats never disagree.
struct JSONLinesRowEncoder: Sendable {
    let members: AnnotatedRowMembers
    private static let latitudeKey = AnnotatedRowMembers.key("lat")
    private static let longitudeKey = AnnotatedRowMembers.key("lon")

    init(data: AnnotatedPoints) {
        members = AnnotatedRowMembers(data: data)
    }

    func encode(_ rows: Range<Int>) -> JSONBytes {
        var out = JSONBytes(reservingCapacity: rows.count * 200)
        let table = members.data.table
        members.forEachRow(rows) { row, fields, bytes in
            out.appendRaw("{")
            var first = true
            members.appendColumns(fields, in: bytes, first: &first, into: &out)
            // Six decimals (about 0.1 m), as the GeoJSON geometry; NaN (no coordinates) is written as null.
            AnnotatedRowMembers.appendKey(Self.latitudeKey, first: &first, into: &out)
            out.appendNumber(table.latitudes[row], maxFractionDigits: 6)
            AnnotatedRowMembers.appendKey(Self.longitudeKey, first: &first, into: &out)
            out.appendNumber(table.longitudes[row], maxFractionDigits: 6)
            members.appendAddedFields(row, first: &first, into: &out)
            out.appendRaw("}\n")
        }
        return out
    }
}
