import Foundation
import TestSupport
import Testing
import Spatial

/// Timing only, printed not asserted. Run with:
/// `SPATIAL_BENCH=1 swift test -c release --filter PolygonLocatorBenchmark`
@Suite("PolygonLocator benchmark", .enabled(if: ProcessInfo.processInfo.environment["SPATIAL_BENCH"] == "1"))
struct PolygonLocatorBenchmark {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test func millionPointsOverAdminBoundaries() throws {
        try #require(AdminBoundaries.available)
        let context = try GEOSContext()
        let regions = try AdminBoundaries.load(context: context)
        let polygons = try regions.map { try Geometry(wkb: $0.wkb, context: context) }
        let total = try polygons.dropFirst().reduce(try polygons[0].envelope()) { $0.union(try $1.envelope()) }
        var random = SeededGenerator(seed: 9)
        let n = 1_000_000
        let xs = (0..<n).map { _ in random.uniform(total.minX, total.maxX) }
        let ys = (0..<n).map { _ in random.uniform(total.minY, total.maxY) }
        var out = [Int32](repeating: 0, count: n)

        var locator: PolygonLocator?
        let initTime = try Self.seconds { locator = try PolygonLocator(polygonsWKB: regions.map(\.wkb)) }
        let built = try #require(locator)
        var best = Double.infinity
        for _ in 0..<5 {
            let t = try Self.seconds {
                try xs.withUnsafeBufferPointer { x in
                    try ys.withUnsafeBufferPointer { y in
                        try out.withUnsafeMutableBufferPointer { try built.locate(xs: x, ys: y, into: $0) }
                    }
                }
            }
            best = min(best, t)
        }
        let located = out.filter { $0 >= 0 }.count
        print("""
            BENCH PolygonLocator: 62 admin-1 regions, 1,000,000 points: init \(String(format: "%.4f", initTime)) s, \
            locate best of 5 = \(String(format: "%.4f", best)) s; \(located) inside; \
            boundary cells \(String(format: "%.2f", 100 * built.boundaryCellFraction))%, \
            \(ProcessInfo.processInfo.activeProcessorCount) cores
            """)
        for cells in [1 << 16, 1 << 18, 1 << 22] {
            var other: PolygonLocator?
            let setup = try Self.seconds { other = try PolygonLocator(polygonsWKB: regions.map(\.wkb), gridCellCount: cells) }
            let alternative = try #require(other)
            let t = try Self.seconds {
                try xs.withUnsafeBufferPointer { x in
                    try ys.withUnsafeBufferPointer { y in
                        try out.withUnsafeMutableBufferPointer { try alternative.locate(xs: x, ys: y, into: $0) }
                    }
                }
            }
            print("BENCH   grid \(cells) cells: init \(String(format: "%.4f", setup)) s, locate \(String(format: "%.4f", t)) s, boundary \(String(format: "%.2f", 100 * alternative.boundaryCellFraction))%")
        }
    }
}
