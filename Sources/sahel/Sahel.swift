import ArgumentParser

@main
struct Sahel: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "sahel",
        abstract: "Geospatial incident analytics for the Sahel: places and incidents in news reports, distances, rings and regions, as GeoJSON.",
        discussion: """
            Coordinates are written lat,lon (so a negative longitude never looks like a flag). \
            Distances are geodesic, on the WGS 84 ellipsoid.

            Examples:
              sahel analyze article.txt --published 2022-07-29 --rings 50,100,200 --output incidents.geojson
              sahel map incidents.geojson --output map.html
              sahel geocode article.txt
              sahel analyze saved-pages/ --output incidents.geojson
              sahel extract feed.xml --store incidents.sqlite
              sahel pages text page.html
              sahel extract reports.jsonl --store incidents.sqlite
              sahel distance 12.6392,-8.0029 12.7441,-8.0726
              sahel rings --center 12.6392,-8.0029 --radii 50,100,200
              sahel annotate events.csv --output events.geojson
              sahel report proximity --store incidents.sqlite --by month
              sahel gazetteer lookup Tombouctou

            Exit codes: 0 success, 64 usage, 65 bad data, 66 missing input, 74 I/O error.
            """,
        version: version,
        subcommands: [Analyze.self, Geocode.self, Extract.self, PagesCommand.self, IncidentsCommand.self, ReportCommand.self, Distance.self, Rings.self, Annotate.self, MapCommand.self, GazetteerCommand.self]
    )
}
