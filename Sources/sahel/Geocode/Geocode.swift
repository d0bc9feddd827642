import ArgumentParser
import Foundation
import Geocoding

struct Geocode: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the places named in news reports (French or English) and put them on the map.",
        discussion: """
            Each document gives one JSON line: {"doc_id", "lang", "focus", "places": [...]}, each place with \
            its surface text, scalar offsets (start, end), gazetteer name, lat, lon, country, admin1, admin2, \
            feature, ACLED precision (1 the place, 2 near it or an offset from it, 3 a region), score (0-1) and \
            gazetteer_id; relative phrases ("à 40 km au nord de Gao", "entre Gossi et Gao") add "relative" with \
            the anchors. --format geojson (or geojsonseq, a Feature per line) writes one Point Feature per \
            place instead; --format csv one row per place: doc_id, surface, start, end, name, lat, lon, \
            country, admin1, admin2, feature, precision, score, gazetteer_id, role (opens in a spreadsheet, and \
            in QGIS as points). --output writes a file atomically (a failed run leaves no partial file).

            Inputs: text files (one document each, named by the file), .jsonl/.ndjson files ({"id", "text", \
            "published", "lang"} per line), saved web pages (.html, .htm: the article's text without menus, \
            "Lire aussi" lists or comments, dated by the page; see sahel pages text), RSS and Atom feeds (.xml, \
            .rss, .atom: one document per item, its link as id), directories (read recursively, a browser's \
            Page_files folders skipped), or - for standard input; --input-format html|feed forces pages or \
            feeds. A page's or item's url and title are written after doc_id. A line or file that cannot be \
            read is reported (a malformed feed with its line and column) and skipped; the run then ends with \
            status 65 (--strict stops at the first). Documents are geocoded on all cores; output keeps input order and \
            is streamed, batch by batch. On a terminal a progress bar on standard error shows the share of \
            the input read, documents per second and an ETA (--quiet turns it off).

            Examples:
              sahel geocode article.txt
              sahel geocode reports.jsonl --output places.jsonl
              sahel geocode reports/ --format geojson --output places.geojson
              sahel geocode reports.jsonl --format csv --output places.csv
              sahel geocode saved-pages/ --output places.jsonl
              sahel geocode feed.rss
              sahel geocode page.php --input-format html
              echo "Attaque à Boni (cercle de Douentza)" | sahel geocode -
              sahel geocode reports.jsonl --region ML,BF,NE --explain
            """
    )

    @OptionGroup var input: DocumentInputOptions

    @Option(help: "jsonl (one line per document), geojson or geojsonseq (one Feature per place), or csv (one row per place, with lat and lon columns).")
    var format: GeocodeOutputFormat = .jsonl

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var places: GeocoderOptions

    @Flag(help: "Add each place's reasons (cue, rank, hints, focus country, neighbours).")
    var explain = false

    @OptionGroup var gazetteer: GazetteerOption

    @Option(help: "json: print load and geocoding times, counts and peak memory as one JSON line on standard error.")
    var timings: TimingsFormat?

    @Flag(name: .shortAndLong, help: "Print no summary or progress on standard error.")
    var quiet = false

    func run() throws {
        try reportingFailures {
            let report = try GeocodeJob(options: self).run()
            if timings == .json { StandardError.write(report.timingsJSON + "\n") }
            if !quiet { StandardError.write(report.humanSummary(output: output)) }
            if let failure = DocumentBatches.skippedFailure(report.skipped) { throw failure }
        }
    }
}

enum GeocodeOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, geojson, geojsonseq, csv
}


