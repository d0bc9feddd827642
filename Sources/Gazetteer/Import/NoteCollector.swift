/// Gathers summary notes by category, keeping a few examples of each and the total, so a file with
/// thousands of repairs still yields a readable summary.
struct NoteCollector {
    private var order: [String] = []
    private var examples: [String: [String]] = [:]
    private var counts: [String: Int] = [:]
    let examplesPerCategory: Int

    init(examplesPerCategory: Int = 8) {
        self.examplesPerCategory = examplesPerCategory
    }

    mutating func add(_ category: String, _ detail: String) {
        if counts[category] == nil { order.append(category) }
        counts[category, default: 0] += 1
        if examples[category, default: []].count < examplesPerCategory { examples[category, default: []].append(detail) }
    }

    /// "category: N — example; example; ..." per category, in first-seen order.
    var lines: [String] {
        order.map { category in
            let count = counts[category] ?? 0
            let shown = examples[category] ?? []
            let more = count > shown.count ? "; ... and \(count - shown.count) more" : ""
            return "\(category): \(count) — " + shown.joined(separator: "; ") + more
        }
    }
}
