extension GeoJSONWriter {
    /// How features are laid out in the output.
    public enum Layout: Sendable {
        /// One RFC 7946 FeatureCollection: `{"type":"FeatureCollection","features":[` ... `]}`,
        /// one feature per line.
        case featureCollection
        /// Newline-delimited GeoJSON: one Feature per line and nothing else (GDAL's
        /// GeoJSONSeq; use the extension `.geojsonl` or `.geojsons` for GDAL to detect it).
        case sequence

        /// What goes between two features: `",\n"` in a collection, `"\n"` in a sequence.
        /// Workers that pre-encode features for `GeoJSONWriter.writeEncoded` put exactly this
        /// between the features of a chunk.
        public var featureSeparator: StaticString {
            switch self {
            case .featureCollection: ",\n"
            case .sequence: "\n"
            }
        }
    }
}
