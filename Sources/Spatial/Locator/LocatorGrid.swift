/// A uniform grid over a bounding box, with the index arithmetic shared by classification and lookup.
///
/// Cell (column c, row r) covers the closed rectangle [cellMinX(c), cellMaxX(c)] x [cellMinY(r), cellMaxY(r)].
/// "Grid units" are u = (x - minX) / cellWidth and v = (y - minY) / cellHeight.
struct LocatorGrid: Sendable {
    let bounds: BoundingBox
    let columns: Int
    let rows: Int
    let cellWidth: Double
    let cellHeight: Double
    // Zero when the extent is degenerate on that axis: every x then maps to column 0.
    let inverseCellWidth: Double
    let inverseCellHeight: Double

    /// Slack, in grid units, used when marking cells a segment might touch; far above rounding error.
    static let slack = 1e-6

    init(bounds: BoundingBox, targetCellCount: Int) {
        self.bounds = bounds
        let width = bounds.maxX - bounds.minX, height = bounds.maxY - bounds.minY
        let target = Double(max(1, targetCellCount))
        var columns = 1, rows = 1
        if width > 0, height > 0 {
            columns = Self.clampCount(Int((target * width / height).squareRoot().rounded()))
            rows = Self.clampCount(Int((target / Double(columns)).rounded()))
        } else if width > 0 {
            columns = Self.clampCount(Int(target))
        } else if height > 0 {
            rows = Self.clampCount(Int(target))
        }
        self.columns = columns
        self.rows = rows
        cellWidth = width / Double(columns)
        cellHeight = height / Double(rows)
        inverseCellWidth = width > 0 ? Double(columns) / width : 0
        inverseCellHeight = height > 0 ? Double(rows) / height : 0
    }

    private static func clampCount(_ n: Int) -> Int { min(8192, max(1, n)) }

    var cellCount: Int { columns * rows }

    @inline(__always) func u(_ x: Double) -> Double { (x - bounds.minX) * inverseCellWidth }
    @inline(__always) func v(_ y: Double) -> Double { (y - bounds.minY) * inverseCellHeight }

    @inline(__always) func cellMinX(_ c: Int) -> Double { bounds.minX + Double(c) * cellWidth }
    @inline(__always) func cellMaxX(_ c: Int) -> Double { c + 1 >= columns ? bounds.maxX : bounds.minX + Double(c + 1) * cellWidth }
    @inline(__always) func cellMinY(_ r: Int) -> Double { bounds.minY + Double(r) * cellHeight }
    @inline(__always) func cellMaxY(_ r: Int) -> Double { r + 1 >= rows ? bounds.maxY : bounds.minY + Double(r + 1) * cellHeight }

    /// Floor of a grid-unit value as an index in 0..<count (NaN and out-of-range values clamp).
    @inline(__always) static func index(_ value: Double, count: Int) -> Int {
        guard value > 0 else { return 0 }
        guard value < Double(count) else { return count - 1 }
        return Int(value)
    }

    /// The cell holding (x, y), or nil when the point is outside the grid or rounding put it in a cell
    /// whose stored rectangle does not contain it (the caller then runs the exact test).
    @inline(__always) func cell(x: Double, y: Double) -> Int? {
        let c = Self.index(u(x), count: columns), r = Self.index(v(y), count: rows)
        guard x >= cellMinX(c), x <= cellMaxX(c), y >= cellMinY(r), y <= cellMaxY(r) else { return nil }
        return r * columns + c
    }

    /// Columns that a closed interval [uLow, uHigh] (grid units) may touch, widened by `slack`.
    func columnRange(_ uLow: Double, _ uHigh: Double) -> ClosedRange<Int> {
        Self.index((uLow - Self.slack).rounded(.down), count: columns)...Self.index((uHigh + Self.slack).rounded(.down), count: columns)
    }

    /// Rows that a closed interval [vLow, vHigh] (grid units) may touch, widened by `slack`.
    func rowRange(_ vLow: Double, _ vHigh: Double) -> ClosedRange<Int> {
        Self.index((vLow - Self.slack).rounded(.down), count: rows)...Self.index((vHigh + Self.slack).rounded(.down), count: rows)
    }
}
