import Foundation
import Testing
import GeoJSON

@Suite("Pre-encoded chunks (writeEncoded)")
struct EncodedChunkTests {
    /// Encodes `range` as point features the way a worker would.
    private static func chunk(_ range: Range<Int>, separator: StaticString) -> JSONBytes {
        let encoder = FeatureEncoder()
        var out = JSONBytes()
        for i in range {
            if i > range.lowerBound { out.appendRaw(separator) }
            encoder.beginPointFeature(longitude: -8.0 + Double(i) / 1000, latitude: 12.5, into: &out)
            FeatureEncoder.appendPropertyKey("n", first: true, into: &out)
            out.appendInteger(Int64(i))
            encoder.endFeature(into: &out)
        }
        return out
    }

    @Test("chunks from workers, mixed with write(_:), make one valid file", arguments: [GeoJSONWriter.Layout.featureCollection, .sequence])
    func chunksMakeValidOutput(layout: GeoJSONWriter.Layout) throws {
        let directory = try TemporaryDirectory()
        let url = directory.file(layout == .sequence ? "chunks.geojsonl" : "chunks.geojson")
        let writer = try GeoJSONWriter(destination: .file(url), layout: layout)
        try writer.write(Feature(geometry: nil, properties: ["n": -1]))
        try writer.writeEncoded(Self.chunk(0..<10, separator: layout.featureSeparator), featureCount: 10)
        try writer.writeEncoded(JSONBytes(), featureCount: 0)
        // Big enough to bypass the writer's buffer.
        try writer.writeEncoded(Self.chunk(10..<20_000, separator: writer.featureSeparator), featureCount: 19_990)
        try writer.write(Feature(geometry: nil, properties: ["n": 20_000]))
        try writer.finish()
        #expect(writer.featureCount == 20_002)

        let features = layout == .sequence
            ? try GeoJSONReader.readFeatureSequence(contentsOf: url)
            : try GeoJSONReader.readFeatureCollection(contentsOf: url).features
        #expect(features.count == 20_002)
        #expect(features.map { $0.properties?["n"] } == (-1...20_000).map { JSONValue.integer(Int64($0)) })
    }

    @Test("chunks encoded concurrently on worker tasks are written in order")
    func concurrentWorkers() async throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("parallel.geojson")
        let writer = try GeoJSONWriter(destination: .file(url), layout: .featureCollection)
        let layout = writer.layout
        let chunks = await withTaskGroup(of: (Int, JSONBytes).self) { group in
            for part in 0..<8 {
                group.addTask { (part, Self.chunk((part * 1_000)..<((part + 1) * 1_000), separator: layout.featureSeparator)) }
            }
            var chunks: [Int: JSONBytes] = [:]
            for await (part, bytes) in group { chunks[part] = bytes }
            return chunks
        }
        for part in 0..<8 {
            try writer.writeEncoded(chunks[part] ?? JSONBytes(), featureCount: 1_000)
        }
        try writer.finish()
        let features = try GeoJSONReader.readFeatureCollection(contentsOf: url).features
        #expect(features.map { $0.properties?["n"] } == (0..<8_000).map { JSONValue.integer(Int64($0)) })
    }

    @Test("a chunk that breaks the contract is refused and nothing is written")
    func contractViolations() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("bad.geojson")
        let writer = try GeoJSONWriter(destination: .file(url), layout: .featureCollection)
        var trailing = Self.chunk(0..<2, separator: ",\n")
        trailing.appendRaw(",\n")
        #expect(throws: GeoJSONWriteError.self) { try writer.writeEncoded(trailing, featureCount: 2) }
        #expect(throws: GeoJSONWriteError.self) { try writer.writeEncoded(Self.chunk(0..<1, separator: ",\n"), featureCount: 0) }
        try writer.finish()
        #expect(try GeoJSONReader.readFeatureCollection(contentsOf: url).features.isEmpty)
    }
}
