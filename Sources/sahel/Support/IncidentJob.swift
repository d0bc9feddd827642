import Analysis
import Documents
import Foundation
import Gazetteer
import Geocoding
import GeoJSON
import Incidents
import Parallel
import Spatial
import Store
import Text

/// What `sahel extract` and `sahel analyze` share: read documents in batches, extract each batch's incidents on
/// all cores, then annotate and write them (and add them to the store) in input order.
struct IncidentJob {
    var input: DocumentInputOptions
    var places: GeocoderOptions
    var gazetteer: GazetteerOption
    var format: IncidentExportFormat
    var output: String?
    var store: String?
    var quiet: Bool
    /// Whether records carry `sahel analyze`'s members (ring, region, nearest settlement, compass phrase).
    var surroundings: Bool
    /// `--fields`: what the output holds; nil for everything (the store always gets whole incidents).
    var fields: IncidentFieldSet? = nil
    /// `--explain`: each document's decisions on standard error.
    var explain = false
    /// The site and route fields written by default (`--sites`, `--routes`).
    var protectedFields: [IncidentField] = []

    static let batchSize = 512

    /// Annotates a batch's incidents, one annotation each; runs on the writing side, in input order.
    typealias Annotate = ([Incident]) throws -> [IncidentAnnotation?]

    struct Report {
        var command: String
        var documents = 0
        var incidents = 0
        var located = 0
        var skipped = 0
        var merged = 0
        var loadSeconds = 0.0
        var extractSeconds = 0.0
        var writeSeconds = 0.0

        var timingsJSON: String {
            var line = TimingsLine()
            line.count("documents", documents)
            line.count("incidents", incidents)
            line.count("skipped_lines", skipped)
            line.seconds("load_s", loadSeconds)
            line.seconds("extract_s", extractSeconds)
            line.seconds("write_s", writeSeconds)
            line.rate("docs_per_s", extractSeconds > 0 ? Double(documents) / extractSeconds : 0)
            return line.text
        }

        func humanSummary(output: String?, store: String?) -> String {
            var text = "sahel \(command): \(documents) document\(documents == 1 ? "" : "s"), \(incidents) incident\(incidents == 1 ? "" : "s")"
            if incidents > 0 { text += " (\(located) located)" }
            if let output { text += " -> \(output)" }
            if let store { text += "; store \(store): \(merged) merged with reports already there" }
            return text + String(format: " (gazetteer %.2f s, extraction %.2f s, writing %.2f s)\n", loadSeconds, extractSeconds, writeSeconds)
        }
    }

    /// - Parameters:
    ///   - annotator: given the open gazetteer, what annotates each incident.
    ///   - trailingFeatures: Features written after the incidents (GeoJSON formats only), once all are written.
    func run(command: String, annotator: (GazetteerStore) throws -> Annotate,
             trailingFeatures: () throws -> [Feature] = { [] }) throws -> Report {
        var report = Report(command: command)
        var clock = Stopwatch()
        let gazetteer = try self.gazetteer.open()
        let extractor = IncidentExtractor(geocoder: try places.geocoder(gazetteer))
        let annotate = try annotator(gazetteer)
        let store = try self.store.map { path in
            try IncidentStoreOption.converting(path) { try IncidentStores.writing(path) }
        }
        report.loadSeconds = clock.lap()

        let fallbackDate = try input.publishedDate
        let sink = try IncidentExportSink(format: format, output: output, surroundings: surroundings, documents: true,
                                          fields: fields, protected: protectedFields)
        report.skipped = try DocumentBatches.run(try input.reader(), batchSize: Self.batchSize,
                                                 quiet: quiet, cancel: sink.cancel) { documents in
            var lap = Stopwatch()
            let results = Parallel.map(documents.count) { i in
                let document = documents[i]
                let published = (document.published ?? fallbackDate?.text).flatMap { CivilDate(iso: $0) }
                return extractor.extract(id: document.id, text: document.text, published: published,
                                               language: document.language.flatMap(DocumentLanguage.init(rawValue:)),
                                               publicationUnknown: document.isUndatedPage)
            }
            report.extractSeconds += lap.lap()
            for (document, result) in zip(documents, results) {
                for warning in result.warnings where !quiet {
                    StandardError.write("sahel: warning: \(document.source): \(warning)\n")
                }
                if explain { StandardError.write(ExplanationText.render(result.explanation, document: document.id)) }
            }
            if let store {
                // One transaction per batch: a commit per document was most of the ingest time.
                let appended = try IncidentStoreOption.converting(store.name) {
                    try store.append(zip(documents, results).map { ($1.incidents, ReportDocument($0)) })
                }
                report.merged += appended.reduce(0) { $0 + $1.mergedReports }
            }
            let incidents = results.flatMap(\.incidents)
            let reports = zip(documents, results).flatMap { document, result in
                result.incidents.map { _ in (url: document.url, title: document.title) }
            }
            let records = zip(zip(incidents, try annotate(incidents)), reports).map { pair, report in
                IncidentRecord(incident: pair.0, annotation: pair.1, sources: nil, url: report.url, title: report.title)
            }
            try sink.write(records)
            report.writeSeconds += lap.lap()
            report.documents += documents.count
            report.incidents += records.count
            report.located += records.count { $0.incident.location != nil }
        }
        var finishing = Stopwatch()
        do {
            try sink.write(features: try trailingFeatures())
            try sink.finish()
        } catch {
            sink.cancel()
            throw error
        }
        report.writeSeconds += finishing.lap()
        return report
    }
}
