import Documents
import Foundation

/// Runs a command's work over its documents batch by batch, with a progress bar when a person watches; on
/// failure it calls `cancel` (so no half-written output is left) before passing the error on. Afterwards it
/// prints the read's warnings and problems and returns how many lines or files were skipped.
enum DocumentBatches {
    static func run(_ reader: DocumentReader, batchSize: Int, quiet: Bool, cancel: () -> Void,
                    _ body: ([Document]) throws -> Void) throws -> Int {
        let progress = BatchProgress(enabled: !quiet && StandardError.isTerminal)
        let summary: DocumentReadSummary
        do {
            summary = try reader.batches(size: batchSize, progress: { progress.update($0) }, body)
        } catch {
            cancel()
            progress.finish()
            throw error
        }
        progress.finish()
        for warning in summary.warnings where !quiet { StandardError.write("sahel: warning: \(warning)\n") }
        for problem in summary.problems { StandardError.write("sahel: skipped: \(problem)\n") }
        if summary.unlistedProblemCount > 0 {
            StandardError.write("sahel: skipped: \(summary.unlistedProblemCount) more lines not listed\n")
        }
        return summary.skippedLineCount + summary.skippedFileCount
    }

    /// The failure a run ends with when lines were skipped (after its output is complete).
    static func skippedFailure(_ skipped: Int) -> CommandFailure? {
        skipped == 0 ? nil : .badData("\(skipped) input line\(skipped == 1 ? " or file was" : "s or files were") skipped (see above)")
    }
}

/// One line of `--timings json`: names and numbers in order.
struct TimingsLine {
    private var fields: [String] = []

    mutating func count(_ name: String, _ value: Int) { fields.append("\"\(name)\":\(value)") }
    mutating func seconds(_ name: String, _ value: Double) { fields.append("\"\(name)\":" + String(format: "%.4f", value)) }
    mutating func rate(_ name: String, _ value: Double) { fields.append("\"\(name)\":" + String(format: "%.1f", value)) }

    /// Adds `peak_rss_mib` and closes the object.
    var text: String {
        "{" + (fields + ["\"peak_rss_mib\":" + String(format: "%.1f", PeakMemory.mebibytes)]).joined(separator: ",") + "}"
    }
}
