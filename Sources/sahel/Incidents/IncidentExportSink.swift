import Analysis
import FileOutput
import Foundation
import GeoJSON
import Incidents

/// One incident to write, with what is known beside it: its capital distance (and, from `sahel analyze`,
/// its surroundings), and the reports a store merged into it.
struct IncidentRecord {
    var incident: Incident
    var annotation: IncidentAnnotation?
    var sources: [String]?
}

/// Where exported incidents go, a page at a time: lines or CSV rows through an atomic `OutputFile`, Features
/// through the GeoJSON writer. Nothing but the current page is held in memory.
final class IncidentExportSink {
    private enum Target {
        case lines(OutputFile)
        case csv(OutputFile)
        case features(GeoJSONWriter)
    }

    private let target: Target
    private let encoder = FeatureEncoder(coordinateDecimals: 6)
    /// Whether records carry `sahel analyze`'s members (ring, region, nearest settlement, compass phrase).
    private let surroundings: Bool

    init(format: IncidentExportFormat, output: String?, surroundings: Bool = false) throws {
        self.surroundings = surroundings
        let file: OutputFile.Destination = output.map { .file(path: $0) } ?? .standardOutput
        switch format {
        case .jsonl:
            target = .lines(try OutputFile(file))
        case .csv:
            let sink = try OutputFile(file)
            var header = JSONBytes()
            header.appendRaw(IncidentEncoding.csvColumns)
            if surroundings { header.appendRaw(IncidentEncoding.surroundingsCSVColumns) }
            header.appendByte(UInt8(ascii: "\n"))
            try sink.write(header.bytes)
            target = .csv(sink)
        case .geojson, .geojsonseq:
            let destination: GeoJSONWriter.Destination = output.map { .file(URL(fileURLWithPath: $0)) } ?? .standardOutput
            target = .features(try GeoJSONWriter(destination: destination,
                                                 layout: format == .geojson ? .featureCollection : .sequence))
        }
    }

    /// Encodes and writes one page of merged incidents, each with its sources.
    func write(_ page: [StoredIncident]) throws {
        try write(page.map { IncidentRecord(incident: $0.incident, annotation: nil, sources: $0.sources) })
    }

    /// Encodes and writes incidents in order, each with its distance to the capital and sources when known.
    func write(_ records: [IncidentRecord]) throws {
        guard !records.isEmpty else { return }
        var bytes = JSONBytes(reservingCapacity: 768 * records.count)
        switch target {
        case .lines(let file):
            for r in records { IncidentEncoding.appendLine(r, surroundings: surroundings, into: &bytes) }
            try file.write(bytes.bytes)
        case .csv(let file):
            for r in records { IncidentEncoding.appendCSVRow(r, surroundings: surroundings, into: &bytes) }
            try file.write(bytes.bytes)
        case .features(let writer):
            let separator = writer.featureSeparator
            for (i, r) in records.enumerated() {
                if i > 0 { bytes.appendRaw(separator) }
                IncidentEncoding.appendFeature(r, surroundings: surroundings, encoder: encoder, into: &bytes)
            }
            try writer.writeEncoded(bytes, featureCount: records.count)
        }
    }

    /// Writes Features after the incidents (a GeoJSON target only; other formats have no place for them).
    func write(features: [Feature]) throws {
        guard case .features(let writer) = target else { return }
        for feature in features { try writer.write(feature) }
    }

    func finish() throws {
        switch target {
        case .lines(let file), .csv(let file): try file.finish()
        case .features(let writer): try writer.finish()
        }
    }

    /// Removes a temporary output file; the target is left as it was.
    func cancel() {
        switch target {
        case .lines(let file), .csv(let file): file.cancel()
        case .features(let writer): writer.cancel()
        }
    }
}
