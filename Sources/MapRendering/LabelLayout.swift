/// Chooses which names a static map can show without two overlapping: each candidate, in priority order,
/// is kept unless its box meets one kept before it. Text widths are estimated from the character count
/// (an SVG has no layout engine to ask), generously, so kept names never touch.
struct LabelLayout {
    struct Candidate {
        var text: String
        /// The text's anchor point, pixels.
        var x: Double
        var y: Double
        var fontSize: Double
        /// Where the anchor is on the text: "start" (left) or "middle".
        var anchor: String
        var priority: Int
    }

    /// Each character counts as this share of the font size, wider than most.
    static let characterWidth = 0.62

    static func box(_ c: Candidate) -> (left: Double, top: Double, right: Double, bottom: Double) {
        let width = Double(c.text.count) * c.fontSize * characterWidth
        let left = c.anchor == "middle" ? c.x - width / 2 : c.x
        return (left - 2, c.y - c.fontSize - 1, left + width + 2, c.y + 3)
    }

    /// The candidates kept, in priority order (ties in the given order).
    static func place(_ candidates: [Candidate]) -> [Candidate] {
        var kept: [Candidate] = []
        var boxes: [(left: Double, top: Double, right: Double, bottom: Double)] = []
        let ordered = candidates.enumerated().sorted { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }
        for (_, candidate) in ordered {
            let b = box(candidate)
            if boxes.contains(where: { b.left < $0.right && b.right > $0.left && b.top < $0.bottom && b.bottom > $0.top }) { continue }
            boxes.append(b)
            kept.append(candidate)
        }
        return kept
    }
}
