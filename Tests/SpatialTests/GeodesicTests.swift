import Foundation
import TestSupport
import Testing
import Spatial

@Suite("Geodesic (WGS 84)")
struct GeodesicTests {
    let bamako: GeoPoint
    let kati: GeoPoint

    init() throws {
        bamako = try GeoPoint(latitude: 12.6392, longitude: -8.0029)
        kati = try GeoPoint(latitude: 12.7441, longitude: -8.0726)
    }

    @Test func bamakoToKati() throws {
        let r = Geodesic.wgs84.inverse(from: bamako, to: kati)
        #expect(abs(r.distance - 13_856) < 1)
        // From `geod -I +ellps=WGS84 -f %.6f`: -33.111391  146.873296  13855.941
        #expect(abs(r.distance - 13_855.941) < 0.001)
        #expect(abs(r.initialAzimuth - -33.111391) < 1e-6)
        #expect(abs(r.finalAzimuth - (146.873296 - 180)) < 1e-6)  // geod prints the back azimuth
        #expect(CompassDirection.name(forAzimuth: r.initialAzimuth) == "NNW")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/geod")))
    func bamakoToKatiMatchesTheGeodTool() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/geod")
        process.arguments = ["-I", "+ellps=WGS84", "-f", "%.6f"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("12.6392 -8.0029 12.7441 -8.0726\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = text.split(whereSeparator: { $0 == "\t" || $0 == " " || $0 == "\n" }).compactMap { Double($0) }
        try #require(fields.count == 3, "unexpected geod output: \(text)")
        let r = Geodesic.wgs84.inverse(from: bamako, to: kati)
        #expect(abs(r.distance - fields[2]) < 0.001)
        #expect(abs(r.initialAzimuth - fields[0]) < 1e-6)
    }

    /// Expected metres come from `geod -I +ellps=WGS84 -f %.6f` (PROJ 9.1.1), run when the test was written.
    @Test(arguments: [
        (12.6392, -8.0029, 13.5116, 2.1254, 1_102_580.147, 83.843137),    // Bamako - Niamey
        (12.6392, -8.0029, 18.0735, -15.9582, 1_044_236.871, -53.852357), // Bamako - Nouakchott
        (12.3714, -1.5197, 16.9742, 7.9865, 1_143_231.217, 62.406591),    // Ouagadougou - Agadez
    ])
    func longSahelDistances(lat1: Double, lon1: Double, lat2: Double, lon2: Double, metres: Double, azimuth: Double) throws {
        let r = Geodesic.wgs84.inverse(from: try GeoPoint(latitude: lat1, longitude: lon1),
                                       to: try GeoPoint(latitude: lat2, longitude: lon2))
        #expect(abs(r.distance - metres) < 0.001)
        #expect(abs(r.initialAzimuth - azimuth) < 1e-6)
    }

    @Test func directInvertsInverse() throws {
        var random = SeededGenerator(seed: 3)
        for _ in 0..<200 {
            let a = try GeoPoint(latitude: random.uniform(-80, 80), longitude: random.uniform(-180, 180))
            let b = try GeoPoint(latitude: random.uniform(-80, 80), longitude: random.uniform(-180, 180))
            let r = Geodesic.wgs84.inverse(from: a, to: b)
            let reached = Geodesic.wgs84.direct(from: a, azimuth: r.initialAzimuth, distance: r.distance)
            #expect(Geodesic.wgs84.inverse(from: reached, to: b).distance < 1e-6)
        }
    }

    @Test func azimuthsOfCardinalMoves() throws {
        let origin = try GeoPoint(latitude: 0, longitude: 0)
        let g = Geodesic.wgs84
        #expect(abs(g.inverse(from: origin, to: try GeoPoint(latitude: 1, longitude: 0)).initialAzimuth - 0) < 1e-9)
        #expect(abs(g.inverse(from: origin, to: try GeoPoint(latitude: 0, longitude: 1)).initialAzimuth - 90) < 1e-9)
        #expect(abs(g.inverse(from: origin, to: try GeoPoint(latitude: -1, longitude: 0)).initialAzimuth - 180) < 1e-9)
        #expect(abs(g.inverse(from: origin, to: try GeoPoint(latitude: 0, longitude: -1)).initialAzimuth - -90) < 1e-9)
        let north = g.direct(from: origin, azimuth: 0, distance: 110_574.389)
        #expect(abs(north.latitude - 1) < 1e-6)
        #expect(abs(north.longitude) < 1e-12)
    }

    @Test func bulkInverseMatchesSingleCalls() throws {
        var random = SeededGenerator(seed: 11)
        let n = 50_000
        let lats = (0..<n).map { _ in random.uniform(5, 25) }
        let lons = (0..<n).map { _ in random.uniform(-17, 16) }
        var distances = [Double](repeating: 0, count: n), azimuths = [Double](repeating: 0, count: n)
        lats.withUnsafeBufferPointer { la in
            lons.withUnsafeBufferPointer { lo in
                distances.withUnsafeMutableBufferPointer { d in
                    azimuths.withUnsafeMutableBufferPointer { a in
                        Geodesic.wgs84.inverse(from: bamako, latitudes: la, longitudes: lo, distances: d, azimuths: a)
                    }
                }
            }
        }
        for i in stride(from: 0, to: n, by: 97) {
            let r = Geodesic.wgs84.inverse(from: bamako, to: try GeoPoint(latitude: lats[i], longitude: lons[i]))
            #expect(distances[i] == r.distance)
            #expect(azimuths[i] == r.initialAzimuth)
        }
        // Without azimuths.
        var only = [Double](repeating: 0, count: n)
        lats.withUnsafeBufferPointer { la in
            lons.withUnsafeBufferPointer { lo in
                only.withUnsafeMutableBufferPointer { d in
                    Geodesic.wgs84.inverse(from: bamako, latitudes: la, longitudes: lo, distances: d, azimuths: nil)
                }
            }
        }
        #expect(only == distances)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["SPATIAL_BENCH"] == "1"))
    func benchmarkBulkInverseOfAMillionPoints() throws {
        var random = SeededGenerator(seed: 5)
        let n = 1_000_000
        let lats = (0..<n).map { _ in random.uniform(5, 25) }
        let lons = (0..<n).map { _ in random.uniform(-17, 16) }
        var distances = [Double](repeating: 0, count: n), azimuths = [Double](repeating: 0, count: n)
        var best = Double.infinity
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            lats.withUnsafeBufferPointer { la in
                lons.withUnsafeBufferPointer { lo in
                    distances.withUnsafeMutableBufferPointer { d in
                        azimuths.withUnsafeMutableBufferPointer { a in
                            Geodesic.wgs84.inverse(from: bamako, latitudes: la, longitudes: lo, distances: d, azimuths: a)
                        }
                    }
                }
            }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let start = DispatchTime.now().uptimeNanoseconds
        var sum = 0.0
        for i in 0..<n {
            sum += Geodesic.wgs84.inverse(from: bamako, to: try GeoPoint(latitude: lats[i], longitude: lons[i])).distance
        }
        let serial = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("BENCH bulk geodesic inverse, 1,000,000 points: best of 5 = \(String(format: "%.4f", best)) s (one-by-one on one thread: \(String(format: "%.4f", serial)) s, checksum \(Int(sum) % 10))")
    }
}
