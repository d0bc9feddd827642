import Analysis
import ArgumentParser

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Code the incidents in news reports (French or English): event, date, victims, actors, place.",
        discussion: """
            One record per incident, in ACLED's conventions: event_type and sub_event_type (the codebook's \
            priority when tactics co-occur), date with date_precision (1 day, 2 week, 3 month; weekdays, "hier", \
            "la veille" read against the document's published date), killed and injured (the lowest of \
            conflicting figures; null when the text says nothing, 0 when it says none), actors, country, and the \
            location the geocoder resolved (null when only the country is known), with its distance and bearing \
            from that country's capital and the evidence sentence.

            Inputs as for sahel geocode: text files, .jsonl files ({"id", "text", "published", "lang"}), saved \
            web pages (.html, .htm) and RSS or Atom feeds (.xml, .rss, .atom), directories, or -. A page is \
            dated by its own publication date (--published replaces it); a page with none is read with a \
            warning, and incidents it dates only relatively get date_precision 3 at best. The page's (or feed \
            item's) url and title are written in each incident record. With --store, incidents are also added to a store (a SQLite file, or a PostGIS database that several \
            processes may append to at once) in which several reports of one event (dates within a day, places within 25 km, compatible types) become one incident.

            Examples:
              sahel extract article.txt --published 2022-07-29
              sahel extract reports.jsonl --output incidents.jsonl
              sahel extract reports/ --format geojson --output incidents.geojson
              sahel extract reports.jsonl --store incidents.sqlite --quiet
              sahel extract reports.jsonl --store postgresql://analyst@db.example.org/sahel --quiet
              sahel extract saved-pages/ --output incidents.jsonl
              sahel extract feed.xml --format csv --output incidents.csv
              sahel incidents export --store incidents.sqlite --format csv -o incidents.csv
            """
    )

    @OptionGroup var input: DocumentInputOptions

    @Option(help: "jsonl (one line per incident), geojson, geojsonseq or csv.")
    var format: IncidentExportFormat = .jsonl

    @OptionGroup var delivery: IncidentOutputOptions

    @OptionGroup var places: GeocoderOptions

    @OptionGroup var gazetteer: GazetteerOption

    func validate() throws {
        _ = try delivery.fieldSet(surroundings: false)
    }

    func run() throws {
        try reportingFailures {
            let job = try delivery.job(input: input, places: places, gazetteer: gazetteer, format: format,
                                       surroundings: false)
            let report = try job.run(command: "extract") { gazetteer in
                let capitals = CapitalDirectory(gazetteer: gazetteer)
                return { incidents in try incidents.map { try CapitalMeasure.annotation(of: $0, capitals: capitals) } }
            }
            try delivery.conclude(report)
        }
    }
}
