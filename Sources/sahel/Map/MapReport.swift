import MapRendering

/// What `sahel map` did, for the one-line summary on standard error.
struct MapReport {
    let content: MapContent
    let skipped: Int
    let output: String
    let bytes: Int
    let warnings: [String]

    /// "sahel: map: 12 incidents drawn, 1 unlocated, 0 skipped -> map.html (0.2 MB)"
    var summaryLine: String {
        let drawn = content.incidents.count
        var line = "sahel: map: \(drawn) incident\(drawn == 1 ? "" : "s") drawn, \(content.unlocatedCount) unlocated"
        if skipped > 0 { line += ", \(skipped) other feature\(skipped == 1 ? "" : "s") skipped" }
        line += " -> \(output) (\(size))\n"
        return warnings.map { "sahel: map: warning: \($0)\n" }.joined() + line
    }

    private var size: String {
        bytes < 1_000_000 ? "\((bytes + 999) / 1000) kB" : "\(Double(bytes / 100_000) / 10) MB"
    }
}
