import GeoJSON
import Tabular

/// Encodes annotated rows as GeoJSON Point features straight from the CSV bytes: the geometry from the
/// coordinates, the properties from `AnnotatedRowMembers`.
struct GeoJSONRowEncoder: Sendable {
    let members: AnnotatedRowMembers
    let separator: StaticString
    private let encoder = FeatureEncoder(coordinateDecimals: 6)

    init(data: AnnotatedPoints, separator: StaticString) {
        members = AnnotatedRowMembers(data: data)
        self.separator = separator
    }

    func encode(_ rows: Range<Int>) -> JSONBytes {
        var out = JSONBytes(reservingCapacity: rows.count * 200)
        let table = members.data.table
        members.forEachRow(rows) { row, fields, bytes in
            if row != rows.lowerBound { out.appendRaw(separator) }
            let lat = table.latitudes[row]
            let lon = table.longitudes[row]
            if lat.isNaN {
                encoder.beginNullGeometryFeature(into: &out)
            } else {
                encoder.beginPointFeature(longitude: lon, latitude: lat, into: &out)
            }
            var first = true
            members.appendColumns(fields, in: bytes, first: &first, into: &out)
            members.appendAddedFields(row, first: &first, into: &out)
            encoder.endFeature(into: &out)
        }
        return out
    }
}
