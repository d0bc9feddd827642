import Analysis
import FileOutput
import Foundation
import GeoJSON
import Incidents
import Store

/// One incident to write, with what is known beside it: its capital distance (and, from `sahel analyze`,
/// its surroundings), and the reports a store merged into it.
struct IncidentRecord {
    var incident: Incident
    var annotation: IncidentAnnotation?
    var sources: [String]?
    /// The report's address and title (a web page's or feed item's), when it has them.
    var url: String? = nil
    var title: String? = nil
}

/// Where exported incidents go, a page at a time: lines or CSV rows through an atomic `OutputFile`, Features
/// through the GeoJSON writer. Nothing but the current page is held in memory.
final class IncidentExportSink {
    /// Incidents encoded for this sink, not yet written.
    struct EncodedIncidents: Sendable {
        var bytes: JSONBytes
        var count: Int
    }

    private let target: RecordOutput
    private let encoding: IncidentEncoding

    /// - Parameter fields: what to write (`--fields`); nil for every field of the contract (and of
    ///   `sahel analyze` when `surroundings`).
    /// - Parameter documents: whether records carry their report's `url` and `title` (extract, analyze).
    /// - Parameter protected: the site and route fields written by default (`--sites`, `--routes`).
    init(format: IncidentExportFormat, output: String?, surroundings: Bool = false, documents: Bool = false,
         fields: IncidentFieldSet? = nil, protected: [IncidentField] = []) throws {
        let chosen = fields ?? .all(surroundings: surroundings, documents: documents, protected: protected)
        encoding = IncidentEncoding(fields: chosen.written(as: format),
                                    surroundings: surroundings)
        let layout: RecordOutput.Layout
        switch format {
        case .jsonl: layout = .lines
        case .csv: layout = .csv(header: encoding.csvHeader)
        case .geojson: layout = .featureCollection
        case .geojsonseq: layout = .featureSequence
        }
        target = try RecordOutput(layout, output: output)
    }

    /// The store columns the written fields need (see `IncidentStore.forEachPage(reading:)`).
    var projection: IncidentProjection { encoding.fields.projection }

    /// Encodes and writes one page of merged incidents, each with its sources.
    func write(_ page: [StoredIncident]) throws {
        try write(encoded(page))
    }

    /// Encodes and writes incidents in order, each with its distance to the capital and sources when known.
    func write(_ records: [IncidentRecord]) throws {
        try write(encoded(records))
    }

    /// A page of merged incidents as `write(_:)` would write it: encoding needs no state of the sink's, so it
    /// may run on another thread than the writing.
    func encoded(_ page: [StoredIncident]) -> EncodedIncidents {
        encoded(page.map { IncidentRecord(incident: $0.incident, annotation: nil, sources: $0.sources) })
    }

    func encoded(_ records: [IncidentRecord]) -> EncodedIncidents {
        var bytes = JSONBytes(reservingCapacity: 768 * records.count)
        switch target {
        case .lines:
            for r in records { encoding.appendLine(r, into: &bytes) }
        case .csv:
            for r in records { encoding.appendCSVRow(r, into: &bytes) }
        case .features(let writer):
            let separator = writer.featureSeparator
            for (i, r) in records.enumerated() {
                if i > 0 { bytes.appendRaw(separator) }
                encoding.appendFeature(r, into: &bytes)
            }
        }
        return EncodedIncidents(bytes: bytes, count: records.count)
    }

    /// Writes what `encoded` made, in the order given.
    func write(_ encoded: EncodedIncidents) throws {
        guard encoded.count > 0 else { return }
        switch target {
        case .lines(let file), .csv(let file): try file.write(encoded.bytes.bytes)
        case .features(let writer): try writer.writeEncoded(encoded.bytes, featureCount: encoded.count)
        }
    }

    /// Writes Features after the incidents (a GeoJSON target only; other formats have no place for them).
    func write(features: [Feature]) throws {
        guard case .features(let writer) = target else { return }
        for feature in features { try writer.write(feature) }
    }

    func finish() throws {
        try target.finish()
    }

    /// Removes a temporary output file; the target is left as it was.
    func cancel() {
        target.cancel()
    }
}
