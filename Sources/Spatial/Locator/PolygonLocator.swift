import CGEOS
import Dispatch
import Parallel
import Foundation

/// Bulk point-in-polygon: for many points, the first polygon whose interior contains each one.
///
/// Built from WKB so that it is `Sendable`: each worker thread of `locate` makes its own GEOS context,
/// geometries and prepared geometries. A uniform grid over the polygons, classified once at init,
/// answers most points without calling GEOS; only points in cells crossed by a boundary (or whose
/// cell lookup is disturbed by rounding) take the exact GEOS prepared-contains path, so results are
/// identical to `PreparedGeometry.contains` on every polygon in order.
public struct PolygonLocator: Sendable {
    public let polygonsWKB: [[UInt8]]
    let envelopes: [BoundingBox?]
    let grid: LocatorGrid?
    let cells: CellClassification?

    /// Cells in the default grid; about 4 MB of codes, classified in a few tens of milliseconds.
    public static let defaultGridCellCount = 1 << 20

    /// Parses and checks every polygon once, so `locate` cannot fail on the data. Each must be a
    /// Polygon or MultiPolygon (possibly empty) with finite coordinates; errors name the polygon index.
    public init(polygonsWKB: [[UInt8]]) throws {
        try self.init(polygonsWKB: polygonsWKB, gridCellCount: Self.defaultGridCellCount)
    }

    /// As `init(polygonsWKB:)` with a chosen grid size (more cells: fewer exact tests, more memory).
    public init(polygonsWKB: [[UInt8]], gridCellCount: Int) throws {
        self.polygonsWKB = polygonsWKB
        let context = try GEOSContext()
        var prepared: [PreparedGeometry?] = []
        var rings: [[[Coordinate]]] = []
        var envelopes: [BoundingBox?] = []
        for (i, wkb) in polygonsWKB.enumerated() {
            do {
                let geometry = try Geometry(wkb: wkb, context: context)
                let polygons = try geometry.polygonRings()
                let flat = polygons.flatMap { $0 }
                for ring in flat {
                    try Geometry.checkFinite(ring, function: "PolygonLocator.init")
                }
                let empty = try geometry.isEmpty
                rings.append(flat)
                envelopes.append(empty ? nil : try geometry.envelope())
                prepared.append(empty ? nil : try PreparedGeometry(geometry))
            } catch let error as GEOSError {
                throw GEOSError(kind: error.kind, message: "polygon \(i): \(error.message)", function: error.function)
            }
        }
        self.envelopes = envelopes
        guard let total = envelopes.compactMap({ $0 }).reduce(nil, { (box: BoundingBox?, next) in box?.union(next) ?? next }) else {
            grid = nil
            cells = nil
            return
        }
        let grid = LocatorGrid(bounds: total, targetCellCount: gridCellCount)
        self.grid = grid
        cells = try CellClassification(grid: grid, rings: rings, envelopes: envelopes) { i, x, y in
            try prepared[i]?.contains(x: x, y: y) ?? false
        }
    }

    /// Share of grid cells crossed by a boundary, whose points need an exact GEOS test.
    public var boundaryCellFraction: Double { cells?.boundaryCellFraction ?? 0 }

    /// For each point, the index of the FIRST polygon (in the given order) whose INTERIOR contains it
    /// (OGC contains: a point on an edge or vertex is NOT contained), or -1.
    ///
    /// Points are split across all cores. All three buffers must have the same count, else this throws
    /// `.invalidArgument`. NaN coordinates give -1.
    public func locate(xs: UnsafeBufferPointer<Double>, ys: UnsafeBufferPointer<Double>,
                       into result: UnsafeMutableBufferPointer<Int32>) throws {
        guard xs.count == ys.count, xs.count == result.count else {
            throw GEOSError(kind: .invalidArgument,
                            message: "xs, ys and result must have the same count (\(xs.count), \(ys.count), \(result.count))",
                            function: "PolygonLocator.locate")
        }
        let n = xs.count
        guard n > 0, let xBase = xs.baseAddress, let yBase = ys.baseAddress, let out = result.baseAddress else { return }
        guard let grid, let cells else {
            result.update(repeating: -1)
            return
        }
        let chunks = ParallelChunks(count: n, minimumPerChunk: 16_384)
        let firstError = FirstErrorRecorder()
        // Each chunk reads and writes only its own index range.
        nonisolated(unsafe) let xsShared = xBase, ysShared = yBase, outShared = out
        DispatchQueue.concurrentPerform(iterations: chunks.chunkCount) { chunk in
            do {
                let tester = try ExactPointTester(polygonsWKB: polygonsWKB)
                try locateChunk(chunks.range(chunk), grid: grid, cells: cells, tester: tester,
                                xs: xsShared, ys: ysShared, out: outShared)
            } catch {
                firstError.record(error)
            }
        }
        if let error = firstError.error { throw error }
    }

    private func locateChunk(_ range: Range<Int>, grid: LocatorGrid, cells: CellClassification,
                             tester: ExactPointTester, xs: UnsafePointer<Double>, ys: UnsafePointer<Double>,
                             out: UnsafeMutablePointer<Int32>) throws {
        try cells.codes.withUnsafeBufferPointer { codes in
            for i in range {
                let x = xs[i], y = ys[i]
                guard grid.bounds.contains(x: x, y: y) else {
                    out[i] = -1
                    continue
                }
                guard let cell = grid.cell(x: x, y: y) else {
                    out[i] = try exactScan(x: x, y: y, tester: tester)
                    continue
                }
                let code = codes[cell]
                out[i] = code >= -1 ? code : try exactList(Int(-2 - code), x: x, y: y, cells: cells, tester: tester)
            }
        }
    }

    /// A boundary cell: test its candidate polygons in order.
    private func exactList(_ list: Int, x: Double, y: Double, cells: CellClassification,
                           tester: ExactPointTester) throws -> Int32 {
        for k in Int(cells.listStarts[list])..<Int(cells.listStarts[list + 1]) {
            let polygon = cells.listItems[k]
            if try tester.contains(Int(polygon), x: x, y: y) { return polygon }
        }
        return cells.fallback[list]
    }

    /// Rounding put the point outside its computed cell: test every polygon whose envelope holds it.
    private func exactScan(x: Double, y: Double, tester: ExactPointTester) throws -> Int32 {
        for (i, envelope) in envelopes.enumerated() {
            if let envelope, envelope.contains(x: x, y: y), try tester.contains(i, x: x, y: y) { return Int32(i) }
        }
        return -1
    }
}
