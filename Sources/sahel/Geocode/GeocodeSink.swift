import Documents
import FileOutput
import Foundation
import GeoJSON
import Geocoding
import Parallel

/// Where geocoded documents go: JSON lines or CSV rows through an atomic `OutputFile`, or Features through
/// the GeoJSON writer. Encoding runs on all cores; bytes are written in input order.
final class GeocodeSink {
    private let target: RecordOutput
    private let encoding: GeocodeEncoding

    init(format: GeocodeOutputFormat, output: String?, encoding: GeocodeEncoding) throws {
        self.encoding = encoding
        let layout: RecordOutput.Layout
        switch format {
        case .jsonl:
            layout = .lines
        case .csv:
            var header = JSONBytes()
            header.appendRaw(GeocodeEncoding.csvHeader)
            layout = .csv(header: header.bytes)
        case .geojson: layout = .featureCollection
        case .geojsonseq: layout = .featureSequence
        }
        target = try RecordOutput(layout, output: output)
    }

    func write(_ documents: [Document], _ results: [GeocodedDocument]) throws {
        let encoding = self.encoding
        switch target {
        case .lines(let file):
            try file.write(Self.encoded(documents.count) { i, bytes in
                encoding.appendLine(id: documents[i].id, url: documents[i].url, title: documents[i].title, results[i],
                                    into: &bytes)
            })
        case .csv(let file):
            try file.write(Self.encoded(documents.count) { i, bytes in
                encoding.appendCSVRows(id: documents[i].id, results[i], into: &bytes)
            })
        case .features(let writer):
            let separator = writer.featureSeparator
            let chunks = Parallel.map(documents.count) { i -> (bytes: JSONBytes, count: Int) in
                var bytes = JSONBytes(reservingCapacity: 512)
                var first = true
                encoding.appendFeatures(id: documents[i].id, url: documents[i].url, title: documents[i].title, results[i],
                                        separator: separator, first: &first, into: &bytes)
                return (bytes, results[i].places.count)
            }
            for chunk in chunks where chunk.count > 0 { try writer.writeEncoded(chunk.bytes, featureCount: chunk.count) }
        }
    }

    /// Each document's bytes encoded on all cores, joined in input order.
    private static func encoded(_ count: Int, _ encode: @Sendable (Int, inout JSONBytes) -> Void) -> [UInt8] {
        let chunks = Parallel.map(count) { i -> JSONBytes in
            var bytes = JSONBytes(reservingCapacity: 512)
            encode(i, &bytes)
            return bytes
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
        for chunk in chunks { buffer.append(contentsOf: chunk.bytes) }
        return buffer
    }

    func finish() throws {
        try target.finish()
    }

    /// Removes a temporary output file; the target is left as it was.
    func cancel() {
        target.cancel()
    }
}
