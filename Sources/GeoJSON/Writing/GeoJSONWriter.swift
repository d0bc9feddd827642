import FileOutput
import Foundation

/// Streams features to a file or to standard output without holding the collection in memory.
///
/// Bytes are gathered in a buffer of about 1 MiB and written with write(2). File destinations
/// are written atomically: the bytes go to a temporary file in the same directory
/// (`.NAME.tmp-PID-RANDOM`, mode 0644) that `finish()` renames over the target; if the writer
/// is dropped or `cancel()` is called before `finish()`, the temporary file is removed and the
/// target is untouched. Standard output cannot be taken back: what was flushed stays written.
///
/// After an I/O error (disk full, ...) the temporary file is removed at once and every later
/// call throws the same `GeoJSONWriteError`.
///
/// A writer is used from one thread at a time. For parallel encoding, workers fill their own
/// `JSONBytes` and hand them over with `writeEncoded(_:featureCount:)`.
public final class GeoJSONWriter {
    /// The output layout.
    public let layout: Layout
    /// The encoder used by `write(_:)`.
    public let encoder: FeatureEncoder
    /// Features written so far, by `write(_:)` and `writeEncoded(_:featureCount:)`.
    public private(set) var featureCount = 0

    /// What goes between two features in this writer's layout (see `Layout.featureSeparator`).
    public var featureSeparator: StaticString { layout.featureSeparator }

    /// The buffer is flushed once it holds this many bytes.
    static let bufferCapacity = 1 << 20

    private enum State {
        case open
        case finished
        case cancelled
        case failed(GeoJSONWriteError)
    }

    private let output: OutputFile
    private var buffer: JSONBytes
    private var state = State.open

    /// Opens the destination (for a file: creates the temporary file) and starts the layout.
    ///
    /// - Parameter bbox: the collection's `bbox`, written in the header; a sequence has no
    ///   place for one and ignores it.
    /// - Throws: `GeoJSONWriteError` naming the path, e.g. when its directory does not exist.
    public init(destination: Destination, layout: Layout, bbox: [Double]? = nil, encoder: FeatureEncoder = FeatureEncoder()) throws {
        self.layout = layout
        self.encoder = encoder
        switch destination {
        case .file(let url):
            guard url.isFileURL else {
                throw GeoJSONWriteError(path: url.absoluteString, message: "not a file URL")
            }
            output = try GeoJSONWriteError.converting { () throws(OutputError) in try OutputFile(.file(path: url.path)) }
        case .standardOutput:
            output = try GeoJSONWriteError.converting { () throws(OutputError) in try OutputFile(.standardOutput) }
        }
        buffer = JSONBytes(reservingCapacity: Self.bufferCapacity + Self.bufferCapacity / 8)
        if layout == .featureCollection {
            buffer.appendRaw(#"{"type":"FeatureCollection","#)
            if let bbox {
                buffer.appendRaw(#""bbox":"#)
                encoder.appendBBox(bbox, into: &buffer)
                buffer.appendRaw(",")
            }
            buffer.appendRaw(#""features":["#)
            buffer.appendRaw("\n")
        }
    }

    // Dropping the writer before finish() drops `output`, whose deinit removes the temporary file.

    /// Encodes and writes one feature.
    public func write(_ feature: Feature) throws {
        try checkOpen()
        if featureCount > 0 { buffer.appendRaw(featureSeparator) }
        encoder.encode(feature, into: &buffer)
        featureCount += 1
        if buffer.count >= Self.bufferCapacity { try flush() }
    }

    /// Writes features encoded elsewhere, typically by a worker thread.
    ///
    /// Contract: `encoded` holds exactly `featureCount` complete Feature objects separated by
    /// this writer's `featureSeparator` (",\n" for a collection, "\n" for a sequence), with no
    /// separator before the first or after the last; the writer adds the separators between
    /// chunks itself. Each Feature must be on one line (`FeatureEncoder` output always is).
    /// An empty buffer with a count of 0 does nothing. The buffer is only read, so a worker
    /// can `removeAll(keepingCapacity: true)` and reuse it afterwards.
    ///
    /// ```swift
    /// var chunk = JSONBytes(reservingCapacity: 4 << 20)
    /// for (i, row) in rows.enumerated() {            // on a worker
    ///     if i > 0 { chunk.appendRaw(separator) }     // separator = layout.featureSeparator
    ///     encoder.beginPointFeature(longitude: row.lon, latitude: row.lat, into: &chunk)
    ///     ...
    ///     encoder.endFeature(into: &chunk)
    /// }
    /// try writer.writeEncoded(chunk, featureCount: rows.count)   // on the writing thread
    /// ```
    ///
    /// - Throws: `GeoJSONWriteError` for I/O failures, and when the buffer visibly breaks the
    ///   contract (does not start with `{` and end with `}`, or a count of 0 with bytes);
    ///   nothing is written then.
    public func writeEncoded(_ encoded: JSONBytes, featureCount count: Int) throws {
        try checkOpen()
        guard count > 0 else {
            guard encoded.bytes.isEmpty else {
                throw GeoJSONWriteError(path: output.displayPath, message: "writeEncoded: featureCount is \(count) but the buffer holds \(encoded.count) bytes")
            }
            return
        }
        guard encoded.bytes.first == ASCII.openBrace, encoded.bytes.last == ASCII.closeBrace else {
            throw GeoJSONWriteError(path: output.displayPath, message: "writeEncoded: the buffer must hold complete Feature objects separated by featureSeparator, starting with '{' and ending with '}'")
        }
        if featureCount > 0 { buffer.appendRaw(featureSeparator) }
        featureCount += count
        // A big chunk goes straight out rather than through a copy into the buffer.
        if encoded.count >= Self.bufferCapacity / 4 {
            try flush()
            try guarded { () throws(OutputError) in try output.write(encoded.bytes) }
        } else {
            buffer.appendRaw(encoded.bytes)
            if buffer.count >= Self.bufferCapacity { try flush() }
        }
    }

    /// Closes the layout (`]}` for a collection), writes what is buffered, and for a file
    /// flushes it to disk and renames it over the target. Calling it again does nothing.
    ///
    /// - Throws: `GeoJSONWriteError`, also when the writer was cancelled or failed earlier.
    public func finish() throws {
        switch state {
        case .finished: return
        case .cancelled: throw GeoJSONWriteError(path: output.displayPath, message: "the writer was cancelled")
        case .failed(let error): throw error
        case .open: break
        }
        switch layout {
        case .featureCollection: buffer.appendRaw("\n]}\n")
        case .sequence: if featureCount > 0 { buffer.appendRaw("\n") }
        }
        try flush()
        try guarded { () throws(OutputError) in try output.finish() }
        state = .finished
    }

    /// Abandons the output: a file destination's temporary file is removed and the target
    /// left as it was; for standard output, buffered bytes are dropped.
    public func cancel() {
        guard case .open = state else { return }
        output.cancel()
        buffer.removeAll(keepingCapacity: false)
        state = .cancelled
    }

    // MARK: - Output

    private func checkOpen() throws(GeoJSONWriteError) {
        switch state {
        case .open: return
        case .finished: throw GeoJSONWriteError(path: output.displayPath, message: "the writer is already finished")
        case .cancelled: throw GeoJSONWriteError(path: output.displayPath, message: "the writer was cancelled")
        case .failed(let error): throw error
        }
    }

    private func flush() throws(GeoJSONWriteError) {
        guard !buffer.bytes.isEmpty else { return }
        try guarded { () throws(OutputError) in try output.write(buffer.bytes) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Runs an I/O step; on failure (`OutputFile` has already removed the temporary file) remembers the error.
    private func guarded(_ step: () throws(OutputError) -> Void) throws(GeoJSONWriteError) {
        do {
            try step()
        } catch {
            let failure = GeoJSONWriteError(error)
            state = .failed(failure)
            throw failure
        }
    }
}
