/// What each grid cell answers for `PolygonLocator`, computed once in one GEOS context.
///
/// `codes[cell]` is a polygon index (every point of the closed cell is in that polygon's interior and
/// in no earlier polygon), -1 (no polygon reaches the cell), or `-2 - list` for a cell some boundary
/// crosses: the points there are tested exactly against `candidates(list)` in order, and if none
/// contains the point the answer is `fallback[list]` (a later polygon covering the whole cell, or -1).
struct CellClassification: Sendable {
    let codes: [Int32]
    let listStarts: [Int32]
    let listItems: [Int32]
    let fallback: [Int32]

    /// Classifies `grid` against the polygons' rings; `interior` tells whether polygon i contains a point.
    init(grid: LocatorGrid, rings: [[[Coordinate]]], envelopes: [BoundingBox?],
         interior: (Int, Double, Double) throws -> Bool) throws {
        var codes = [Int32](repeating: -1, count: grid.cellCount)
        var lists: [[Int32]] = []
        var fallback: [Int32] = []
        var closed: [Bool] = []
        for (i, envelope) in envelopes.enumerated() {
            guard let envelope else { continue }
            let polygon = Int32(i)
            // Only the cells under this polygon's envelope can be inside it or on its boundary.
            var rasterizer = BoundaryRasterizer(
                grid: grid,
                columns: grid.columnRange(grid.u(envelope.minX), grid.u(envelope.maxX)),
                rows: grid.rowRange(grid.v(envelope.minY), grid.v(envelope.maxY)))
            for ring in rings[i] {
                for k in ring.indices.dropFirst() { rasterizer.markSegment(ring[k - 1], ring[k]) }
            }
            for r in rasterizer.rows {
                // A run of unmarked cells in a row is one connected boundary-free strip: test it once.
                var runInside: Bool?
                for c in rasterizer.columns {
                    let cell = r * grid.columns + c
                    let code = codes[cell]
                    if rasterizer.marked[rasterizer.offset(column: c, row: r)] {
                        runInside = nil
                        if code == -1 {
                            codes[cell] = -2 - Int32(lists.count)
                            lists.append([polygon])
                            fallback.append(-1)
                            closed.append(false)
                        } else if code < -1, !closed[Int(-2 - code)] {
                            lists[Int(-2 - code)].append(polygon)
                        }
                        continue
                    }
                    if runInside == nil {
                        let x = (grid.cellMinX(c) + grid.cellMaxX(c)) / 2, y = (grid.cellMinY(r) + grid.cellMaxY(r)) / 2
                        runInside = try interior(i, x, y)
                    }
                    guard runInside == true else { continue }
                    if code == -1 {
                        codes[cell] = polygon
                    } else if code < -1, !closed[Int(-2 - code)] {
                        fallback[Int(-2 - code)] = polygon
                        closed[Int(-2 - code)] = true
                    }
                }
            }
        }
        var starts: [Int32] = [0]
        var items: [Int32] = []
        starts.reserveCapacity(lists.count + 1)
        for list in lists {
            items.append(contentsOf: list)
            starts.append(Int32(items.count))
        }
        self.codes = codes
        listStarts = starts
        listItems = items
        self.fallback = fallback
    }

    /// Fraction of cells that need an exact test (for diagnostics).
    var boundaryCellFraction: Double {
        Double(codes.lazy.filter { $0 < -1 }.count) / Double(max(1, codes.count))
    }
}
