import Analysis
import ArgumentParser
import Foundation
import GeoJSON
import Spatial
import Tabular

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Distance to a capital, distance ring and admin region for every row of a CSV of points.",
        discussion: """
            The latitude and longitude columns are found by name (lat/latitude, lon/lng/long/longitude) or \
            named with --lat-column/--lon-column. Every other column is kept as a property; a column whose \
            values are all numbers is written as numbers. Added: dist_km (geodesic, WGS 84), bearing_deg (from \
            the capital), ring (the smallest ring radius that reaches the point, in km) and region (the first \
            polygon of --regions, else of the gazetteer's admin-1 units, whose interior holds the point; a point \
            on a boundary has none). \
            A row with both coordinates empty is kept, with a null geometry.

            --sites FILE (CSV name,lat,lon[,kind] or GeoJSON Points with a name) adds nearest_site, site_km \
            (geodesic), site_bearing_deg (from the site) and site_phrase ("12.4 km NE of Mopti office"); \
            --alert-km N adds site_alert (true within N km of the site). --routes FILE (GeoJSON LineStrings or \
            MultiLineStrings with a name) adds nearest_route, route_km (geodesic distance to the line) and \
            route_at_km (kilometres along the route from its first vertex).

            Output: a GeoJSON FeatureCollection of Points (default), geojsonseq (one Feature per line), csv \
            (each input row as it was, then the added columns) or jsonl (one JSON object per row: the columns, \
            numbers as numbers, then lat, lon and the added fields). --output writes a file atomically (a \
            failed run leaves no partial file); every format is written chunk by chunk as it is encoded.

            Examples:
              sahel annotate events.csv
              sahel annotate events.csv --capital 12.3714,-1.5197 --rings 25,50,100
              sahel annotate events.csv --capital NE        # Niamey, from the gazetteer
              sahel annotate events.csv --regions admin1.geojson --format csv -o out.csv
              sahel annotate events.csv --format jsonl --fields dist_km,ring | jq .dist_km
              sahel annotate points.csv --fields dist_km,ring,region --timings json \\
                --output out.geojson
              sahel annotate events.csv --sites offices.csv --alert-km 25 --format csv -o near-offices.csv
              sahel annotate events.csv --routes roads.geojson --fields route_km,route_at_km,nearest_route
            """
    )

    @Argument(help: "CSV of points (comma, semicolon or tab separated, UTF-8); - reads standard input.")
    var input: String

    @Option(help: "The capital: lat,lon, a country code (its capital in the gazetteer) or a place name (default: Bamako, 12.6392,-8.0029).")
    var capital: String?

    @Option(help: "Ring radii in km, comma-separated.")
    var rings: String = "50,100,200,300,500"

    @Option(help: "GeoJSON FeatureCollection of admin polygons to name the region of each point (default: the gazetteer's admin-1 units).")
    var regions: String?

    @Flag(help: "Do not look up regions at all.")
    var noRegions = false

    @OptionGroup var gazetteer: GazetteerOption

    @Option(help: "The property of --regions features that holds the name (default: name, NAME, ADM1_FR, ...).")
    var regionField: String?

    @Option(help: "Name of the latitude column, when it cannot be found by name.")
    var latColumn: String?

    @Option(help: "Name of the longitude column, when it cannot be found by name.")
    var lonColumn: String?

    @Option(help: "Columns to add, in order, from \(AddedField.all) (default: dist_km,bearing_deg,ring,region and those of --sites, --alert-km, --routes).")
    var fields: String?

    @OptionGroup var protected: SiteOptions

    /// The added columns without `--fields`: the standard ones, then what the sites and routes give.
    var defaultFields: [AddedField] {
        var fields = AddedField.standard
        if protected.sites != nil { fields += AddedField.sites.filter { $0 != .siteAlert || protected.alertKm != nil } }
        if protected.routes != nil { fields += AddedField.routes }
        return fields
    }

    @Option(help: "geojson, geojsonseq (one Feature per line), csv or jsonl (one object per row, with lat and lon).")
    var format: PointOutputFormat = .geojson

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "json: print per-phase timings and counts as JSON lines (stdout with --output, else stderr).")
    var timings: TimingsFormat?

    @Flag(name: .shortAndLong, help: "Print no summary on standard error.")
    var quiet = false

    func validate() throws {
        do { _ = try DistanceRings(parsing: rings) } catch { throw ValidationError("--rings: \(error)") }
        if let fields { _ = try AddedField.parseList(fields) }
        if noRegions && regions != nil { throw ValidationError("--no-regions and --regions contradict each other") }
    }

    func run() throws {
        try reportingFailures {
            let job = AnnotateJob(options: self)
            let report = try job.run()
            if let timings, timings == .json {
                let lines = report.countsJSON + "\n" + report.timingsJSON + "\n"
                if output == nil { StandardError.write(lines) } else { print(lines, terminator: "") }
            }
            if !quiet { StandardError.write(report.humanSummary(input: input, output: output)) }
        }
    }
}

enum PointOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case geojson, geojsonseq, csv, jsonl
}

enum TimingsFormat: String, ExpressibleByArgument, CaseIterable {
    case json
}
