/// One row of a GeoPackage feature table: its id, the attributes asked for, and its geometry blob.
struct GeoPackageFeature: Sendable {
    let fid: Int64
    /// Requested attributes that are present and not NULL, keyed by the name the caller asked for.
    let attributes: [String: String]
    /// The raw blob (`GP` header + WKB); nil when the geometry column is NULL.
    let blob: [UInt8]?

    /// The attribute, trimmed, or nil when absent or blank.
    func text(_ name: String) -> String? {
        guard let value = attributes[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }
}
