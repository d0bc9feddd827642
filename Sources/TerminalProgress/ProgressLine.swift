/// One frame of a batch's progress display on a terminal, as plain text: what was done, how fast, and how long
/// is left. Pure (no clock, no terminal), so the CLI decides when to draw and tests can check what is drawn.
///
/// With a known fraction: `sahel [######..............]  31%  12840 docs  2140 docs/s  ETA 0:14`.
/// Without one (standard input, a pipe): `sahel: 12840 docs  2140 docs/s`.
public struct ProgressLine: Sendable, Equatable {
    /// Put first, e.g. the program's name.
    public var label: String
    /// The part of the work done, 0...1 (clamped); nil when the total is unknown.
    public var fraction: Double?
    public var documents: Int
    /// Since the work began.
    public var elapsedSeconds: Double

    /// The widest bar drawn, in columns; a wide terminal gets no wider bar.
    public static let maximumBarWidth = 30
    /// Below this the bar says too little to be worth its columns, and is left out.
    public static let minimumBarWidth = 5
    /// Rates and ETAs measured over less time than this are too noisy to show.
    public static let settlingSeconds = 1.0

    public init(label: String, fraction: Double?, documents: Int, elapsedSeconds: Double) {
        self.label = label
        self.fraction = fraction.map { min(1, max(0, $0)) }
        self.documents = documents
        self.elapsedSeconds = elapsedSeconds
    }

    /// Documents per second so far; nil until `settlingSeconds` have passed.
    public var documentsPerSecond: Double? {
        elapsedSeconds >= Self.settlingSeconds ? Double(documents) / elapsedSeconds : nil
    }

    /// Seconds left at the pace so far, assuming the rest of the input goes as fast as what was read;
    /// nil when the fraction is unknown or zero, or the pace not settled.
    public var remainingSeconds: Double? {
        guard let fraction, fraction > 0, elapsedSeconds >= Self.settlingSeconds else { return nil }
        return elapsedSeconds * (1 - fraction) / fraction
    }

    /// The line in at most `width - 1` characters (the last column left free: a terminal that wraps there
    /// would break the redraw in place). No carriage return or escape codes: the caller adds those.
    public func render(width: Int) -> String {
        let room = max(1, width - 1)
        var counts = "\(documents) doc\(documents == 1 ? "" : "s")"
        if let rate = documentsPerSecond { counts += "  " + Self.rate(rate) + " docs/s" }
        guard let fraction else { return Self.truncate("\(label): \(counts)", to: room) }

        let percent = Self.percent(fraction)
        let eta = "ETA " + (remainingSeconds.map(Self.duration) ?? "--:--")
        let tail = "\(percent)  \(counts)  \(eta)"
        // `label [bar] tail`: the bar gets what the text leaves, within its limits.
        let barWidth = min(Self.maximumBarWidth, room - label.count - tail.count - 4)
        guard barWidth >= Self.minimumBarWidth else { return Self.truncate("\(label) \(tail)", to: room) }
        return "\(label) [\(Self.bar(fraction, width: barWidth))] \(tail)"
    }

    /// `width` characters: `#` for the part done, `.` for the rest; full only when the work is.
    public static func bar(_ fraction: Double, width: Int) -> String {
        let clamped = min(1, max(0, fraction))
        let filled = clamped >= 1 ? width : min(width - 1, Int(clamped * Double(width)))
        return String(repeating: "#", count: max(0, filled)) + String(repeating: ".", count: max(0, width - filled))
    }

    /// ` 31%`, right-aligned in four columns; rounded down, so 100% means all of it.
    public static func percent(_ fraction: Double) -> String {
        let clamped = min(1, max(0, fraction))
        let whole = clamped >= 1 ? 100 : min(99, Int(clamped * 100))
        let text = "\(whole)%"
        return String(repeating: " ", count: max(0, 4 - text.count)) + text
    }

    /// `0:07`, `12:34`, `1:02:03`; `>99h` past that.
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds < 100 * 3600 else { return ">99h" }
        let total = Int(max(0, seconds).rounded())
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let paddedSeconds = secs < 10 ? "0\(secs)" : "\(secs)"
        guard hours > 0 else { return "\(minutes):\(paddedSeconds)" }
        return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(paddedSeconds)"
    }

    /// One decimal below 10 (`3.5`), whole numbers above (`2140`).
    public static func rate(_ perSecond: Double) -> String {
        guard perSecond.isFinite else { return "-" }
        if perSecond < 9.95 {
            let tenths = Int((max(0, perSecond) * 10).rounded())
            return "\(tenths / 10).\(tenths % 10)"
        }
        return "\(Int(perSecond.rounded()))"
    }

    private static func truncate(_ text: String, to width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width))
    }
}
