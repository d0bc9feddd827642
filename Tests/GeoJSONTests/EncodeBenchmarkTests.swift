import Foundation
import Testing
import GeoJSON

/// Timing only, no assertions on speed. Run in release:
/// `GEOJSON_BENCH=1 swift test -c release --filter EncodeBenchmarkTests`
@Suite(
    "Benchmark: encode 1,000,000 point features",
    .enabled(if: ProcessInfo.processInfo.environment["GEOJSON_BENCH"] == "1", "set GEOJSON_BENCH=1 to run")
)
struct EncodeBenchmarkTests {
    private static let featureCount = 1_000_000
    private static let chunkSize = 10_000
    private static let eventTypes = ["Battles", "Explosions/Remote violence", "Violence against civilians"]

    /// Encodes features [start, start + count) with 5 properties through the fast path.
    private static func encodeChunk(start: Int, count: Int, separator: StaticString, into out: inout JSONBytes) {
        let encoder = FeatureEncoder()
        for i in start..<(start + count) {
            if i > start { out.appendRaw(separator) }
            let lon = -12.0 + Double(i % 16_000) * 0.001_000_3
            let lat = 10.0 + Double(i % 15_000) * 0.000_999_7
            encoder.beginPointFeature(longitude: lon, latitude: lat, into: &out)
            FeatureEncoder.appendPropertyKey("incident_id", first: true, into: &out)
            out.appendInteger(Int64(i))
            FeatureEncoder.appendPropertyKey("event_type", first: false, into: &out)
            out.appendString(eventTypes[i % 3])
            FeatureEncoder.appendPropertyKey("location", first: false, into: &out)
            out.appendString(i % 2 == 0 ? "Ségou" : "Tombouctou")
            FeatureEncoder.appendPropertyKey("killed", first: false, into: &out)
            if i % 5 == 0 { out.appendRaw("null") } else { out.appendInteger(Int64(i % 40)) }
            FeatureEncoder.appendPropertyKey("distance_km", first: false, into: &out)
            out.appendNumber(Double(i % 100_000) * 0.0137, maxFractionDigits: 3)
            encoder.endFeature(into: &out)
        }
    }

    @Test("fast-path encode into memory, then encode + write a FeatureCollection file")
    func encodeMillion() throws {
        let clock = ContinuousClock()
        var out = JSONBytes(reservingCapacity: 4 << 20)
        var totalBytes = 0
        let encodeOnly = clock.measure {
            var start = 0
            while start < Self.featureCount {
                out.removeAll(keepingCapacity: true)
                Self.encodeChunk(start: start, count: Self.chunkSize, separator: ",\n", into: &out)
                totalBytes += out.count
                start += Self.chunkSize
            }
        }

        let directory = try TemporaryDirectory()
        let url = directory.file("million.geojson")
        let writer = try GeoJSONWriter(destination: .file(url), layout: .featureCollection)
        let encodeAndWrite = try clock.measure {
            var start = 0
            while start < Self.featureCount {
                out.removeAll(keepingCapacity: true)
                Self.encodeChunk(start: start, count: Self.chunkSize, separator: writer.featureSeparator, into: &out)
                try writer.writeEncoded(out, featureCount: Self.chunkSize)
                start += Self.chunkSize
            }
            try writer.finish()
        }
        let fileSize = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        print("GEOJSON_BENCH encode-only: \(Self.featureCount) features, \(totalBytes / 1_000_000) MB in \(encodeOnly)")
        print("GEOJSON_BENCH encode+write (incl. rename): \(fileSize / 1_000_000) MB file in \(encodeAndWrite)")
        #expect(writer.featureCount == Self.featureCount)
    }
}
