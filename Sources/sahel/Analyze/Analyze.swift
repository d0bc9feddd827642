import Analysis
import ArgumentParser
import Gazetteer
import GeoJSON
import Sites
import Spatial

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The main job: geocode, extract and annotate incidents in news reports, as GeoJSON for a map.",
        discussion: """
            For every incident in the reports: what sahel extract codes (event and sub-event type, date, killed \
            and injured, actors, location, evidence), and where it stands: distance and bearing from its \
            country's capital, a compass phrase ("13.9 km NNW of Bamako"), the smallest distance ring that \
            reaches it (ring_km), its admin-1 region by point-in-polygon, and the nearest settlement.

            GeoJSON (default) is one FeatureCollection: incidents as Points (unlocated ones with null geometry), \
            with kind "incident"; --rings adds the ring Polygons around each capital (kind "ring", with the \
            incidents and killed in each band), --regions the admin-1 Polygons holding incidents (kind \
            "region", with their counts, ready for a choropleth). Dates are ISO strings and counts and \
            distances numbers, so QGIS and kepler.gl filter and style them directly.

            --sites adds the nearest of the user's own sites to each located incident (nearest_site, site_km, \
            site_bearing_deg from the site, site_phrase), --alert-km marks those within reach (site_alert), and \
            --routes the nearest road (nearest_route, route_km, and route_at_km: the kilometre post along it).

            Inputs as for sahel extract: text files, .jsonl files ({"id", "text", "published", "lang"}), saved \
            web pages (.html, .htm, dated by the page) and RSS or Atom feeds (.xml, .rss, .atom, one report per \
            item), directories, or -; each record carries the page's url and title.

            Examples:
              sahel analyze article.txt --published 2022-07-29
              sahel analyze page.html
              sahel analyze saved-pages/ feed.xml --rings 50,100,200 --output incidents.geojson
              sahel analyze reports/ --rings 50,100,200 --regions --output incidents.geojson
              sahel analyze reports.jsonl --capital Bamako --format csv --output incidents.csv
              sahel analyze reports.jsonl --store incidents.sqlite --format geojsonseq --quiet
              sahel analyze reports/ --sites offices.csv --alert-km 25 --routes roads.geojson -o incidents.geojson
            """
    )

    @OptionGroup var input: DocumentInputOptions

    @Option(help: "geojson (one FeatureCollection), geojsonseq (a Feature per line), jsonl or csv.")
    var format: IncidentExportFormat = .geojson

    @Option(help: "Measure from this capital instead of each incident's own: lat,lon, a country code or a place name.")
    var capital: String?

    @Option(help: "Ring radii in km, comma-separated; giving them also writes the ring Polygons (GeoJSON formats). Default for ring_km: \(Analyze.defaultRings).")
    var rings: String?

    @Flag(help: "Also write the admin-1 region Polygons that hold incidents, with their counts (GeoJSON formats).")
    var regions = false

    @Option(help: "Vertices per ring polygon.")
    var segments: Int = 256

    @OptionGroup var protected: SiteOptions

    @OptionGroup var delivery: IncidentOutputOptions

    @OptionGroup var places: GeocoderOptions

    @OptionGroup var gazetteer: GazetteerOption

    static let defaultRings = "50,100,200,300,500"

    func validate() throws {
        do { _ = try DistanceRings(parsing: rings ?? Self.defaultRings) } catch { throw ValidationError("--rings: \(error)") }
        guard (8...100_000).contains(segments) else { throw ValidationError("--segments must be within 8...100000") }
        _ = try delivery.fieldSet(surroundings: true)
        if format == .jsonl || format == .csv {
            if rings != nil { throw ValidationError("--rings writes Polygons: use --format geojson or geojsonseq (ring_km is always written)") }
            if regions { throw ValidationError("--regions writes Polygons: use --format geojson or geojsonseq (region is always written)") }
        }
    }

    func run() throws {
        try reportingFailures {
            let radii = try DistanceRings(parsing: rings ?? Self.defaultRings)
            var tally = AreaTally()
            var job = try delivery.job(input: input, places: places, gazetteer: gazetteer, format: format,
                                       surroundings: true)
            job.protectedFields = protected.incidentFields
            // Read before any report is, so a bad sites file stops the run before it writes anything.
            let measurer = try protected.places()?.measurer()
            let report = try job.run(command: "analyze", annotator: { store in
                // A fixed capital is looked up in the gazetteer the job has open.
                let fixedCapital = try capital.map { text in
                    let resolved = try CapitalResolution.resolve(text, in: store)
                    return CapitalPoint(name: resolved.name, country: nil, point: resolved.point)
                }
                let capitals = fixedCapital.map(CapitalDirectory.init(fixed:)) ?? CapitalDirectory(gazetteer: store)
                let annotator = IncidentAnnotator(capitals: capitals, rings: radii, gazetteer: store)
                return { incidents in
                    var annotations = try annotator.annotate(incidents)
                    if let measurer {
                        for (i, incident) in incidents.enumerated() {
                            guard let location = incident.location,
                                  let point = try? GeoPoint(latitude: location.latitude, longitude: location.longitude) else { continue }
                            annotations[i].protected = try measurer.annotate(point)
                        }
                    }
                    for (incident, annotation) in zip(incidents, annotations) { tally.add(incident, annotation) }
                    return annotations
                }
            }, trailingFeatures: {
                var features: [Feature] = []
                if rings != nil { features += try AreaFeatures.rings(tally, radii: radii, segments: segments) }
                if regions { features += try AreaFeatures.regions(tally) }
                return features
            })
            try delivery.conclude(report)
        }
    }
}
