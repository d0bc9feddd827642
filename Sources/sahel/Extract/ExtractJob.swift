import Documents
import Foundation
import Gazetteer
import Geocoding
import Incidents
import Parallel
import Spatial

/// Reads documents in batches, extracts each batch's incidents on all cores, then writes them (and adds them to
/// the store) in input order.
struct ExtractJob {
    let options: Extract

    static let batchSize = 512

    struct Report {
        var documents = 0
        var incidents = 0
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
            var text = "sahel extract: \(documents) document\(documents == 1 ? "" : "s"), \(incidents) incident\(incidents == 1 ? "" : "s")"
            if let output { text += " -> \(output)" }
            if let store { text += "; store \(store): \(merged) merged with reports already there" }
            return text + String(format: " (gazetteer %.2f s, extraction %.2f s)\n", loadSeconds, extractSeconds)
        }
    }

    func run() throws -> Report {
        var report = Report()
        var clock = Stopwatch()
        let gazetteer = try options.gazetteer.open()
        let extractor = IncidentExtractor(geocoder: try options.places.geocoder(gazetteer))
        let capitals = CapitalTable(gazetteer: gazetteer)
        let store = try options.store.map { path in
            try IncidentStoreOption.converting(path) { try IncidentStore(writingTo: path) }
        }
        report.loadSeconds = clock.lap()

        let fallbackDate = try options.input.publishedDate
        let sink = try IncidentExportSink(format: options.format, output: options.output)
        report.skipped = try DocumentBatches.run(try options.input.reader(), batchSize: Self.batchSize,
                                                 quiet: options.quiet, cancel: sink.cancel) { documents in
            var lap = Stopwatch()
            let results = Parallel.map(documents.count) { i in
                let document = documents[i]
                let published = (document.published ?? fallbackDate?.text).flatMap { CivilDate(iso: $0) }
                return extractor.extract(id: document.id, text: document.text, published: published,
                                         language: document.language.flatMap(DocumentLanguage.init(rawValue:)))
            }
            report.extractSeconds += lap.lap()
            for (document, result) in zip(documents, results) {
                for warning in result.warnings where !options.quiet {
                    StandardError.write("sahel: warning: \(document.source): \(warning)\n")
                }
                if let store {
                    let appended = try IncidentStoreOption.converting(store.path) {
                        try store.append(result.incidents, document: ReportDocument(document))
                    }
                    report.merged += appended.mergedReports
                }
            }
            let records = results.flatMap(\.incidents).map { incident in
                IncidentRecord(incident: incident, capital: capitals.distance(of: incident), sources: nil)
            }
            try sink.write(records)
            report.writeSeconds += lap.lap()
            report.documents += documents.count
            report.incidents += records.count
        }
        var finishing = Stopwatch()
        try sink.finish()
        report.writeSeconds += finishing.lap()
        return report
    }
}

/// Each country's capital from the gazetteer, looked up once, and the geodesic distance and bearing from it.
final class CapitalTable {
    private let gazetteer: GazetteerStore
    private var capitals: [String: (name: String, point: GeoPoint)?] = [:]

    init(gazetteer: GazetteerStore) {
        self.gazetteer = gazetteer
    }

    func distance(of incident: Incident) -> CapitalDistance? {
        guard let location = incident.location, let country = incident.country,
              let capital = capital(of: country),
              let point = try? GeoPoint(latitude: location.latitude, longitude: location.longitude) else { return nil }
        let line = Geodesic.wgs84.inverse(from: capital.point, to: point)
        var bearing = line.initialAzimuth
        if bearing < 0 { bearing += 360 }
        return CapitalDistance(capital: capital.name, kilometres: line.distance / 1000, bearing: bearing)
    }

    private func capital(of country: String) -> (name: String, point: GeoPoint)? {
        if let known = capitals[country] { return known }
        let place = (try? gazetteer.capital(ofCountry: country)) ?? nil
        let found = place.flatMap { p in (try? GeoPoint(latitude: p.latitude, longitude: p.longitude)).map { (p.name, $0) } }
        capitals[country] = .some(found)
        return found
    }
}
