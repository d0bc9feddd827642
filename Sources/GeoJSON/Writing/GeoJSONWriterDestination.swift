import Foundation

extension GeoJSONWriter {
    /// Where the writer puts its bytes.
    public enum Destination: Sendable {
        /// A file, written atomically (temporary file + rename on `finish()`).
        case file(URL)
        /// The process's standard output (file descriptor 1), written as it goes.
        case standardOutput
    }
}
