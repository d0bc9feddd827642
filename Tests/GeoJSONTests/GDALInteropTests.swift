import Foundation
import Testing
import GeoJSON

private let ogrinfoPath = "/usr/bin/ogrinfo"

@Suite(
    "GDAL reads our output",
    .enabled(if: FileManager.default.isExecutableFile(atPath: ogrinfoPath), "skipped: \(ogrinfoPath) not found (apt-get install gdal-bin)")
)
struct GDALInteropTests {
    /// 500 points spread over the Sahel plus 3 polygons, and their extent.
    private static let features: [Feature] = {
        var features: [Feature] = []
        for i in 0..<500 {
            // Deterministic spread over lon -12...4, lat 10...25, 4 decimals.
            let lon = -12.0 + Double((i * 7919) % 16_001) / 1000.0
            let lat = 10.0 + Double((i * 104_729) % 15_001) / 1000.0
            let point = Position(longitude: (lon * 1e4).rounded() / 1e4, latitude: (lat * 1e4).rounded() / 1e4)
            features.append(Feature(id: .number(Int64(i)), geometry: .point(point), properties: ["n": .integer(Int64(i)), "name": "Ségou \(i)"]))
        }
        features[0].geometry = .point(Position(longitude: -8.0029, latitude: 12.6392))
        features.append(Feature(geometry: .polygon([SampleFeatures.exterior, SampleFeatures.hole]), properties: ["name": "ring"]))
        features.append(Feature(geometry: .polygon([SampleFeatures.exterior.reversed()]), properties: ["name": "clockwise"]))
        features.append(Feature(geometry: .multiPolygon([[SampleFeatures.exterior]]), properties: ["name": "multi"]))
        return features
    }()

    private static var extent: (minLon: Double, minLat: Double, maxLon: Double, maxLat: Double) {
        var e = (minLon: Double.infinity, minLat: Double.infinity, maxLon: -Double.infinity, maxLat: -Double.infinity)
        for feature in features {
            if case .point(let p)? = feature.geometry {
                e = (min(e.minLon, p.longitude), min(e.minLat, p.latitude), max(e.maxLon, p.longitude), max(e.maxLat, p.latitude))
            }
        }
        return e
    }

    private func ogrinfo(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ogrinfoPath)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        // Read before waiting: -al output is larger than a pipe buffer.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "ogrinfo failed: \(output)")
        return output
    }

    @discardableResult
    private func checkGDALReads(layout: GeoJSONWriter.Layout, fileName: String) throws -> String {
        let directory = try TemporaryDirectory()
        let url = directory.file(fileName)
        let writer = try GeoJSONWriter(destination: .file(url), layout: layout)
        for feature in Self.features { try writer.write(feature) }
        try writer.finish()

        let summary = try ogrinfo(["-ro", "-al", "-so", url.path])
        #expect(summary.contains("Feature Count: \(Self.features.count)"), "\(summary)")
        let extentPattern = try Regex(#"Extent: \((-?[0-9.]+), (-?[0-9.]+)\) - \((-?[0-9.]+), (-?[0-9.]+)\)"#)
        guard let match = summary.firstMatch(of: extentPattern) else {
            Issue.record("no extent in ogrinfo output: \(summary)")
            return summary
        }
        let found = (1...4).compactMap { match.output[$0].substring.flatMap { Double($0) } }
        let e = Self.extent
        #expect(found.count == 4)
        for (got, want) in zip(found, [e.minLon, e.minLat, e.maxLon, e.maxLat]) {
            #expect(abs(got - want) < 1e-6, "extent \(found) != \(e)")
        }

        let full = try ogrinfo(["-ro", "-al", url.path])
        #expect(full.contains("POINT (-8.0029 12.6392)"))
        #expect(full.contains("name (String) = Ségou 1\n"))
        // GDAL prints some coordinates as "13.0" and others as "13"; the ring starts at the same corner.
        #expect(full.contains("POLYGON ((-6.5 13"))
        return summary
    }

    @Test("ogrinfo reads a FeatureCollection: count, extent, coordinates")
    func featureCollection() throws {
        try checkGDALReads(layout: .featureCollection, fileName: "sahel.geojson")
    }

    @Test("ogrinfo reads the newline-delimited sequence (.geojsonl) as GeoJSONSeq")
    func sequence() throws {
        let summary = try checkGDALReads(layout: .sequence, fileName: "sahel.geojsonl")
        #expect(summary.contains("using driver `GeoJSONSeq'"), "\(summary.prefix(300))")
    }
}
