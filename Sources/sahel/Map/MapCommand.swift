import Analysis
import ArgumentParser
import Foundation

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw incidents on a map: one self-contained HTML page (Leaflet, works offline) or a static SVG.",
        discussion: """
            INPUT is GeoJSON as written by `sahel extract --format geojson|geojsonseq` (a FeatureCollection, or one \
            Feature per line) or `sahel analyze`, or an incident store (a .sqlite file, or a postgresql:// URL). Point features are drawn as \
            circles sized by the number killed and coloured by event type; features with a null geometry are \
            unlocated: counted in the summary, not drawn. Features whose "kind" is not "incident" (rings, regions) \
            are skipped: the map draws its own. Incidents located only to a country are listed beside the map \
            with their date, toll and evidence. --sites draws the user's sites as squares, --routes their roads \
            as lines, each with its name.

            Distance rings are computed around the capital (geodesic radii); popups give the distance from it. \
            Country and admin-1 outlines come from the gazetteer instead of map tiles, so the page needs no \
            network. Leaflet is read from Debian's libjs-leaflet (/usr/share/javascript/leaflet) and inlined. \
            The output is written atomically: a failed run leaves no half-written file.

            Examples:
              sahel extract article.txt --published 2022-07-29 --format geojson > incidents.geojson
              sahel map incidents.geojson --output map.html
              sahel map incidents.sqlite --capital BF --rings 50,100,250 -o ouaga.html
              sahel map incidents.geojsonl --capital 12.6392,-8.0029 --svg --output map.svg
              sahel map incidents.geojson --sites offices.csv --routes roads.geojson -o map.html
            """
    )

    @Argument(help: "GeoJSON (FeatureCollection or newline-delimited) or an incident store (.sqlite or postgresql://…).")
    var input: String

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "Write a static SVG instead of an HTML page (also chosen by an --output ending in .svg).")
    var svg = false

    @Option(help: "The capital: lat,lon, a country code or a place name (default: the capital of the country most incidents are in).")
    var capital: String?

    @Option(help: "Ring radii in km around the capital, comma-separated.")
    var rings: String = "50,100,200,300,500"

    @Option(help: "Map title (default: from the input file name and the capital).")
    var title: String?

    @OptionGroup var gazetteer: GazetteerOption

    @OptionGroup var protected: SiteOptions

    @Option(help: ArgumentHelp("The folder holding leaflet.js and leaflet.css.", valueName: "dir"))
    var leaflet: String = "/usr/share/javascript/leaflet"

    @Flag(name: .shortAndLong, help: "Print no summary on standard error.")
    var quiet = false

    var writesSVG: Bool { svg || (output?.lowercased().hasSuffix(".svg") ?? false) }

    func validate() throws {
        do { _ = try DistanceRings(parsing: rings) } catch { throw ValidationError("--rings: \(error)") }
    }

    func run() throws {
        try reportingFailures {
            let report = try MapJob(options: self).run()
            if !quiet { StandardError.write(report.summaryLine) }
        }
    }
}
