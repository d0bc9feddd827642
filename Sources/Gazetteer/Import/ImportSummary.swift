/// What one import did, row by row accounted for: every row read is added, updated, merged into another, or
/// skipped with a reason; repairs and flags are counted on top.
public struct ImportSummary: Sendable, CustomStringConvertible {
    public var kind: String
    public var file: String
    public var read = 0
    public var added = 0
    /// Rows that were already in the database (a second run of the same import) and were refreshed.
    public var updated = 0
    /// Rows folded into another row (duplicate points of one place).
    public var merged = 0
    /// Rows not stored, each with its reason in `notes`.
    public var skipped = 0
    public var repaired = 0
    public var flagged = 0
    /// Human-readable details: what was repaired, flagged or skipped, and why.
    public var notes: [String] = []

    public init(kind: String, file: String) {
        self.kind = kind
        self.file = file
    }

    /// True when every row read is accounted for.
    public var isBalanced: Bool { read == added + updated + merged + skipped }

    public var description: String {
        var text = "\(kind) \(file): read \(read), added \(added), updated \(updated), merged \(merged), skipped \(skipped); repaired \(repaired), flagged \(flagged)"
        for note in notes { text += "\n  \(note)" }
        return text
    }
}
