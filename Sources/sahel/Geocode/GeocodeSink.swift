import Documents
import FileOutput
import Foundation
import GeoJSON
import Geocoding
import Parallel

/// Where geocoded documents go: JSON lines through an atomic `OutputFile`, or Features through the GeoJSON
/// writer. Encoding runs on all cores; bytes are written in input order.
final class GeocodeSink {
    private enum Target {
        case lines(OutputFile)
        case features(GeoJSONWriter)
    }

    private let target: Target
    private let encoding: GeocodeEncoding

    init(format: GeocodeOutputFormat, output: String?, encoding: GeocodeEncoding) throws {
        self.encoding = encoding
        switch format {
        case .jsonl:
            target = .lines(try OutputFile(output.map { .file(path: $0) } ?? .standardOutput))
        case .geojson, .geojsonseq:
            let destination: GeoJSONWriter.Destination = output.map { .file(URL(fileURLWithPath: $0)) } ?? .standardOutput
            target = .features(try GeoJSONWriter(destination: destination,
                                                 layout: format == .geojson ? .featureCollection : .sequence))
        }
    }

    func write(_ documents: [Document], _ results: [GeocodedDocument]) throws {
        let encoding = self.encoding
        switch target {
        case .lines(let file):
            let chunks = Parallel.map(documents.count) { i -> JSONBytes in
                var bytes = JSONBytes(reservingCapacity: 512)
                encoding.appendLine(id: documents[i].id, results[i], into: &bytes)
                return bytes
            }
            var buffer: [UInt8] = []
            buffer.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
            for chunk in chunks { buffer.append(contentsOf: chunk.bytes) }
            try file.write(buffer)
        case .features(let writer):
            let separator = writer.featureSeparator
            let chunks = Parallel.map(documents.count) { i -> (bytes: JSONBytes, count: Int) in
                var bytes = JSONBytes(reservingCapacity: 512)
                var first = true
                encoding.appendFeatures(id: documents[i].id, results[i], separator: separator, first: &first, into: &bytes)
                return (bytes, results[i].places.count)
            }
            for chunk in chunks where chunk.count > 0 { try writer.writeEncoded(chunk.bytes, featureCount: chunk.count) }
        }
    }

    func finish() throws {
        switch target {
        case .lines(let file): try file.finish()
        case .features(let writer): try writer.finish()
        }
    }

    /// Removes a temporary output file; the target is left as it was.
    func cancel() {
        switch target {
        case .lines(let file): file.cancel()
        case .features(let writer): writer.cancel()
        }
    }
}
