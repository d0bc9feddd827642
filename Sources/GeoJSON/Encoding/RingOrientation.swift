/// Ring orientation for RFC 7946's right-hand rule (exterior rings counter-clockwise, holes
/// clockwise), judged by the shoelace signed area in lon/lat degrees.
enum RingOrientation {
    /// Twice the signed area of `ring`: positive when counter-clockwise, 0 when degenerate.
    static func signedDoubleArea(_ ring: [Position]) -> Double {
        guard let first = ring.first, ring.count >= 3 else { return 0 }
        // Measured from the first position so large coordinates don't swamp small rings.
        var sum = 0.0
        var previousX = 0.0
        var previousY = 0.0
        for p in ring.dropFirst() {
            let x = p.longitude - first.longitude
            let y = p.latitude - first.latitude
            sum += previousX * y - x * previousY
            previousX = x
            previousY = y
        }
        return sum
    }

    /// Whether `ring` must be written in reverse order to follow the right-hand rule.
    /// Degenerate (zero-area) rings are left alone.
    static func needsReversal(_ ring: [Position], exterior: Bool) -> Bool {
        let area = signedDoubleArea(ring)
        return exterior ? area < 0 : area > 0
    }
}
