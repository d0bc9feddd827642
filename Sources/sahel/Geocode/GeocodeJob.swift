import Documents
import FileOutput
import Foundation
import GeoJSON
import Gazetteer
import Geocoding
import Parallel
import Text

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
            var line = TimingsLine()
            line.count("documents", documents)
            line.count("places", places)
            line.count("skipped_lines", skipped)
            line.seconds("load_s", loadSeconds)
            line.seconds("geocode_s", geocodeSeconds)
            line.seconds("write_s", writeSeconds)
            line.seconds("total_s", totalSeconds)
            line.rate("docs_per_s", geocodeSeconds > 0 ? Double(documents) / geocodeSeconds : 0)
            return line.text
        }

        func humanSummary(output: String?) -> String {
            "sahel geocode: \(documents) document\(documents == 1 ? "" : "s"), \(places) place mention\(places == 1 ? "" : "s")"
                + (output.map { " -> \($0)" } ?? "") + String(format: " (gazetteer %.2f s, geocoding %.2f s)\n", loadSeconds, geocodeSeconds)
        }
    }

    func run() throws -> Report {
        var report = Report()
        var clock = Stopwatch()
        let geocoder = try options.places.geocoder(try options.gazetteer.open())
        report.loadSeconds = clock.lap()

        let sink = try GeocodeSink(format: options.format, output: options.output, encoding: GeocodeEncoding(explain: options.explain))
        report.skipped = try DocumentBatches.run(try options.input.reader(), batchSize: Self.batchSize,
                                                 quiet: options.quiet, cancel: sink.cancel) { documents in
            var lap = Stopwatch()
            let results = Parallel.map(documents.count) { i in
                geocoder.geocode(documents[i].text, language: documents[i].language.flatMap(DocumentLanguage.init(rawValue:)))
            }
            report.geocodeSeconds += lap.lap()
            try sink.write(documents, results)
            report.writeSeconds += lap.lap()
            report.documents += documents.count
            report.places += results.reduce(0) { $0 + $1.places.count }
        }
        var finishing = Stopwatch()
        try sink.finish()
        report.writeSeconds += finishing.lap()
        report.totalSeconds = clock.total
        return report
    }
}
