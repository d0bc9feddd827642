import Sites
import Tabular

/// A point table with what `annotate` computed for each row: everything the writers need, immutable and
/// shareable with the threads that encode it.
struct AnnotatedPoints: Sendable {
    let table: PointTable
    let fields: [AddedField]
    /// Metres; NaN for a row without coordinates.
    let distances: [Double]
    /// Degrees clockwise from north, 0..<360; empty unless `bearing_deg` is among the fields.
    let bearings: [Double]
    /// Index into `ringRadii`, or -1.
    let rings: [Int32]
    let ringRadii: [Double]
    /// Index into `regionNames`, or -1. Empty when no regions were given.
    let regions: [Int32]
    let regionNames: [String]
    /// The nearest site and route of each row; empty without `--sites` and `--routes`.
    let sites: [SiteAnnotation]

    var count: Int { table.count }

    /// The header index of every column kept as a property: all but the coordinates.
    var propertyColumns: [Int] {
        table.header.indices.filter { $0 != table.columns.latitude && $0 != table.columns.longitude }
    }

    /// "50" for a whole number of km, "12.5" otherwise.
    static func ringLabel(_ radius: Double) -> String {
        radius == radius.rounded() && abs(radius) < 1e15 ? String(Int64(radius)) : String(radius)
    }
}
