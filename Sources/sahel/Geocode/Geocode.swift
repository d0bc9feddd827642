import ArgumentParser
import Documents
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
            the anchors. --format geojson writes one Point Feature per place instead.

            Inputs: text files (one document each, named by the file), .jsonl/.ndjson files ({"id", "text", \
            "published", "lang"} per line), directories (read recursively), or - for standard input. A line \
            that cannot be read is reported with its number and skipped; the run then ends with status 65 \
            (--strict stops at the first). Documents are geocoded on all cores; output keeps input order.

            Examples:
              sahel geocode article.txt
              sahel geocode reports.jsonl --output places.jsonl
              sahel geocode reports/ --format geojson --output places.geojson
              echo "Attaque à Boni (cercle de Douentza)" | sahel geocode -
              sahel geocode reports.jsonl --region ML,BF,NE --explain
            """
    )

    @Argument(help: "Text files, .jsonl files, directories, or - for standard input.")
    var inputs: [String] = []

    @Option(help: "jsonl (one line per document), geojson or geojsonseq (one Feature per place).")
    var format: GeocodeOutputFormat = .jsonl

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Countries whose settlements are recognised, ISO codes, comma-separated (countries and world capitals are always known).")
    var region: String = PlaceIndex.defaultRegion.joined(separator: ",")

    @Option(help: "How to read the inputs: auto (by extension), text or jsonl.")
    var inputFormat: InputFormat = .auto

    @Option(help: "Publication date (YYYY-MM-DD) for text documents, which carry none.")
    var published: String?

    @Option(help: "Where \"N km north of X\" goes: offset (the computed point; X kept as anchor) or anchor (X itself, as ACLED codes it).")
    var relativePoints: Geocoder.RelativePoint = .offset

    @Flag(help: "Stop at the first input line that cannot be read, instead of skipping it.")
    var strict = false

    @Flag(help: "Add each place's reasons (cue, rank, hints, focus country, neighbours).")
    var explain = false

    @OptionGroup var gazetteer: GazetteerOption

    @Option(help: "json: print load and geocoding times, counts and peak memory as one JSON line on standard error.")
    var timings: TimingsFormat?

    @Flag(name: .shortAndLong, help: "Print no summary or progress on standard error.")
    var quiet = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name at least one input (a file, a directory, or - for standard input)") }
        _ = try regionCodes
        if let published {
            do { _ = try PublishedDate(validating: published) } catch {
                throw ValidationError("--published: \(error)")
            }
        }
    }

    var regionCodes: [String] {
        get throws { try RegionCodes.parse(region) }
    }

    func run() throws {
        try reportingFailures {
            let report = try GeocodeJob(options: self).run()
            if timings == .json { StandardError.write(report.timingsJSON + "\n") }
            if !quiet { StandardError.write(report.humanSummary(output: output)) }
            if report.skipped > 0 {
                throw CommandFailure.badData("\(report.skipped) input line\(report.skipped == 1 ? " was" : "s were") skipped (see above)")
            }
        }
    }
}

enum GeocodeOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, geojson, geojsonseq
}

extension InputFormat: ExpressibleByArgument {}
extension Geocoder.RelativePoint: ExpressibleByArgument {}
