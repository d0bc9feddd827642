import Documents
import TerminalProgress

/// The progress line on standard error while documents are read and worked on, when a person is watching:
/// a bar with the percentage of input bytes read, documents, documents per second and an ETA when the
/// inputs' size is known, the count and rate otherwise.
///
/// Drawn at most `redrawInterval` apart, whatever the pace of the batches, and not at all during the first
/// `firstDrawDelay` (a short run shows nothing); erased at the end, so the summary line starts clean.
final class BatchProgress {
    /// At most five frames a second: faster only costs writes a person cannot read.
    static let redrawInterval = 0.2
    static let firstDrawDelay = 1.0

    private let enabled: Bool
    private let clock = Stopwatch()
    private var lastDrawn: Double?

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ progress: ReadProgress) {
        guard enabled else { return }
        let elapsed = clock.total
        guard elapsed >= Self.firstDrawDelay else { return }
        if let lastDrawn, elapsed - lastDrawn < Self.redrawInterval { return }
        lastDrawn = elapsed
        let line = ProgressLine(label: "sahel", fraction: progress.fraction, documents: progress.documents,
                                elapsedSeconds: elapsed)
        StandardError.showStatus(line.render(width: StandardError.columns))
    }

    func finish() {
        if enabled { StandardError.clearStatus() }
    }
}
