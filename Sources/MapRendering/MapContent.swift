/// Everything one map shows, whatever it is drawn with (HTML page or SVG): a value, built once by
/// `MapContentBuilder`, so both renderings tell the same story.
public struct MapContent: Sendable, Equatable {
    public var title: String
    public var capital: CapitalMark
    /// Smallest first.
    public var rings: [RingMark]
    /// Neighbours first, then admin-1 units, then the focus countries, so the strongest lines are on top.
    public var outlines: [Outline]
    /// Located incidents only, in input order.
    public var incidents: [IncidentMark]
    /// Incidents with no location: counted in the summary, not drawn.
    public var unlocatedCount: Int
    /// Those incidents themselves (located only to a country), listed beside the map with date, toll and evidence.
    public var unlocated: [IncidentMark] = []
    /// The user's sites and routes (`--sites`, `--routes`).
    public var sites: [SiteMark] = []
    public var routes: [RouteMark] = []
    /// Town names from the gazetteer (the capital's own label is drawn with it, not here).
    public var labels: [PlaceLabel] = []
    /// Located incidents without a date (never hidden by the date filter).
    public var undatedCount: Int
    /// The first and last date among the drawn incidents, nil when none is dated.
    public var dateRange: ClosedRange<String>?
    public var legend: MapLegend

    public init(title: String, capital: CapitalMark, rings: [RingMark], outlines: [Outline],
                incidents: [IncidentMark], unlocatedCount: Int) {
        self.title = title
        self.capital = capital
        self.rings = rings
        self.outlines = Self.layered(outlines)
        self.incidents = incidents
        self.unlocatedCount = unlocatedCount
        let dates = incidents.compactMap(\.date)
        undatedCount = incidents.count - dates.count
        if let first = dates.min(), let last = dates.max() { dateRange = first...last } else { dateRange = nil }
        legend = MapLegend(incidents: incidents)
    }

    /// Neighbours, then admin-1 units, then focus countries, each group in the given order.
    static func layered(_ outlines: [Outline]) -> [Outline] {
        let rank: [Outline.Kind: Int] = [.neighbour: 0, .admin1: 1, .focusCountry: 2]
        return outlines.enumerated()
            .sorted { (rank[$0.element.kind] ?? 0, $0.offset) < (rank[$1.element.kind] ?? 0, $1.offset) }
            .map(\.element)
    }

    /// Replaces the outlines (loaded once the extent is known), keeping the drawing order.
    public mutating func setOutlines(_ outlines: [Outline]) {
        self.outlines = Self.layered(outlines)
    }

    /// "42 incidents drawn, 3 unlocated (no marker), 1 undated; distances from Bamako."
    public var summary: String {
        var parts = ["\(incidents.count) incident\(incidents.count == 1 ? "" : "s") drawn"]
        parts.append("\(unlocatedCount) unlocated (no marker)")
        if undatedCount > 0 { parts.append("\(undatedCount) undated (always shown)") }
        var text = parts.joined(separator: ", ")
        if let dateRange { text += "; dates \(dateRange.lowerBound) to \(dateRange.upperBound)" }
        return text + "; distances from \(capital.name)."
    }

    /// The box every drawn thing of interest fits in: incidents, capital, and rings (the outlines may go
    /// beyond; they are context). Never empty: a lone point gets half a degree around it.
    public var extent: MapExtent {
        var box = MapExtent(around: capital.point)
        for incident in incidents { if let p = incident.point { box.include(p) } }
        for ring in rings { for p in ring.points { box.include(p) } }
        return box.padded(minimumSpan: 1)
    }

    /// What the page opens on: `extent` grown to hold the whole of every focus country, the sites and the
    /// routes, so no country the incidents are in is cut at the window's edge.
    public var viewExtent: MapExtent {
        var box = extent
        for outline in outlines where outline.kind == .focusCountry {
            for p in outline.polygons.lazy.compactMap(\.first).joined() { box.include(p) }
        }
        for site in sites { box.include(site.point) }
        for route in routes { for p in route.parts.joined() { box.include(p) } }
        return box.padded(minimumSpan: 1)
    }
}
