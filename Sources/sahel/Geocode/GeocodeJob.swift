import Documents
import FileOutput
import Foundation
import GeoJSON
import Gazetteer
import Geocoding
import Parallel

/// Reads documents in batches, geocodes each batch on all cores, writes the results in input order.
struct GeocodeJob {
    let options: Geocode

    /// Documents per batch: enough to keep every core busy, few enough to stream.
    static let batchSize = 1024

    struct Report {
        var documents = 0
        var places = 0
        var skipped = 0
        var loadSeconds = 0.0
        var geocodeSeconds = 0.0
        var writeSeconds = 0.0
        var totalSeconds = 0.0

        var timingsJSON: String {
            let fields: [(String, String)] = [
                ("documents", "\(documents)"), ("places", "\(places)"), ("skipped_lines", "\(skipped)"),
                ("load_s", String(format: "%.4f", loadSeconds)), ("geocode_s", String(format: "%.4f", geocodeSeconds)),
                ("write_s", String(format: "%.4f", writeSeconds)), ("total_s", String(format: "%.4f", totalSeconds)),
                ("docs_per_s", String(format: "%.1f", geocodeSeconds > 0 ? Double(documents) / geocodeSeconds : 0)),
                ("peak_rss_mib", String(format: "%.1f", PeakMemory.mebibytes)),
            ]
            return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
        }

        func humanSummary(output: String?) -> String {
            "sahel geocode: \(documents) document\(documents == 1 ? "" : "s"), \(places) place mention\(places == 1 ? "" : "s")"
                + (output.map { " -> \($0)" } ?? "") + String(format: " (gazetteer %.2f s, geocoding %.2f s)\n", loadSeconds, geocodeSeconds)
        }
    }

    func run() throws -> Report {
        var report = Report()
        var clock = Stopwatch()
        let store = try options.gazetteer.open()
        let index = try GazetteerQueries.run { try PlaceIndex.load(from: store, countries: try options.regionCodes) }
        let geocoder = Geocoder(index: index, relativePoint: options.relativePoints)
        report.loadSeconds = clock.lap()

        let published = try options.published.map { try PublishedDate(validating: $0) }
        let reader = DocumentReader(inputs: options.inputs, format: options.inputFormat, published: published,
                                    strict: options.strict)
        let sink = try GeocodeSink(format: options.format, output: options.output, encoding: GeocodeEncoding(explain: options.explain))
        let progress = Progress(enabled: !options.quiet && StandardError.isTerminal)
        let summary: DocumentReadSummary
        do {
            summary = try reader.batches(size: Self.batchSize) { documents in
                var lap = Stopwatch()
                let results = Parallel.map(documents.count) { i in
                    geocoder.geocode(documents[i].text, language: documents[i].language.flatMap(DocumentLanguage.init(rawValue:)))
                }
                report.geocodeSeconds += lap.lap()
                try sink.write(documents, results)
                report.writeSeconds += lap.lap()
                report.documents += documents.count
                report.places += results.reduce(0) { $0 + $1.places.count }
                progress.update(report.documents)
            }
        } catch {
            sink.cancel()
            progress.finish()
            throw error
        }
        progress.finish()
        for warning in summary.warnings where !options.quiet { StandardError.write("sahel: warning: \(warning)\n") }
        for problem in summary.problems { StandardError.write("sahel: skipped: \(problem)\n") }
        if summary.unlistedProblemCount > 0 {
            StandardError.write("sahel: skipped: \(summary.unlistedProblemCount) more lines not listed\n")
        }
        report.skipped = summary.skippedLineCount + summary.skippedFileCount
        var finishing = Stopwatch()
        try sink.finish()
        report.writeSeconds += finishing.lap()
        report.totalSeconds = clock.total
        return report
    }
}

/// A count of documents on standard error, redrawn in place, when a person is watching.
final class Progress {
    private let enabled: Bool
    private var lastShown = 0

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ count: Int) {
        guard enabled, count - lastShown >= 10_000 else { return }
        lastShown = count
        StandardError.write("\rsahel: \(count) documents")
    }

    func finish() {
        if enabled && lastShown > 0 { StandardError.write("\n") }
    }
}
