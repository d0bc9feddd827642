import ArgumentParser

/// What `sahel incidents export` writes.
enum IncidentExportFormat: String, ExpressibleByArgument, CaseIterable {
    /// One FeatureCollection (RFC 7946).
    case geojson
    /// One Feature per line (GDAL's GeoJSONSeq).
    case geojsonseq
    /// One JSON object per line, the `sahel extract` contract plus `sources`.
    case jsonl
    /// A header and one row per incident.
    case csv
}
