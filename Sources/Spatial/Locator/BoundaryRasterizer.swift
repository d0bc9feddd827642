/// Marks, conservatively, every grid cell whose closed rectangle a ring segment may touch.
///
/// "Conservative" is what makes the grid exact: an unmarked cell is certainly free of the boundary,
/// so all its points are inside or all outside. Extra marks only cost an exact test.
struct BoundaryRasterizer {
    let grid: LocatorGrid
    /// The window of cells being marked (a polygon's envelope), and its flags, row-major.
    let columns: ClosedRange<Int>
    let rows: ClosedRange<Int>
    private(set) var marked: [Bool]

    init(grid: LocatorGrid, columns: ClosedRange<Int>, rows: ClosedRange<Int>) {
        self.grid = grid
        self.columns = columns
        self.rows = rows
        marked = [Bool](repeating: false, count: columns.count * rows.count)
    }

    @inline(__always) func offset(column c: Int, row r: Int) -> Int {
        (r - rows.lowerBound) * columns.count + (c - columns.lowerBound)
    }

    /// Marks the cells touched by the segment a-b, walking it column by column.
    mutating func markSegment(_ a: Coordinate, _ b: Coordinate) {
        let u0 = grid.u(a.x), v0 = grid.v(a.y), u1 = grid.u(b.x), v1 = grid.v(b.y)
        let uLow = min(u0, u1), uHigh = max(u0, u1)
        let slack = LocatorGrid.slack
        for c in grid.columnRange(uLow, uHigh).clamped(to: columns) {
            // The part of the segment over this column (widened by the slack), as a v interval.
            let from = max(uLow, Double(c) - slack), to = min(uHigh, Double(c + 1) + slack)
            var vLow = min(v0, v1), vHigh = max(v0, v1)
            if u1 != u0, from <= to {
                let slope = (v1 - v0) / (u1 - u0)
                let va = v0 + (from - u0) * slope, vb = v0 + (to - u0) * slope
                vLow = max(vLow, min(va, vb))
                vHigh = min(vHigh, max(va, vb))
            }
            for r in grid.rowRange(vLow, vHigh).clamped(to: rows) {
                marked[offset(column: c, row: r)] = true
            }
        }
    }
}
