import Foundation

/// Writes the map as one self-contained HTML page: Leaflet inlined, the content as escaped JSON in a
/// `<script type="application/json">`, the panel (summary, date filter, legend) as static, escaped HTML.
public struct HTMLPageBuilder: Sendable {
    public var leaflet: LeafletAssets
    /// Above this many incidents the markers are drawn on one canvas instead of as SVG paths.
    public var canvasThreshold = 3000
    /// Above this many incidents the markers are clustered (when Leaflet.markercluster is installed).
    public var clusterThreshold = 3000

    public init(leaflet: LeafletAssets) {
        self.leaflet = leaflet
    }

    /// Whether the page for `content` clusters its markers.
    public func clusters(_ content: MapContent) -> Bool {
        content.incidents.count > clusterThreshold && leaflet.cluster != nil
    }

    public func page(_ content: MapContent) -> [UInt8] {
        let e = MarkupEscaping.escape
        let cluster = clusters(content) ? leaflet.cluster : nil
        var head = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="sahel map">
            <title>\(e(content.title))</title>
            <style>
            \(leaflet.styleSheet)
            </style>
            <style>
            \(PageStyle.css)
            </style>\(cluster.map { "\n<style>\n\($0.styleSheet)\n</style>" } ?? "")
            </head>
            <body>
            <div id="sahel-errors" data-count="0" hidden></div>
            <div id="map"></div>
            <aside id="sahel-panel">
            <h1>\(e(content.title))</h1>
            <p id="sahel-summary">\(e(content.summary))</p>

            """
        head += datesForm(content)
        head += legend(content)
        head += unlocatedList(content)
        head += """
            </aside>
            <script>
            \(PageScript.errorHook)
            </script>
            <script>
            \(leaflet.script)
            </script>\(cluster.map { "\n<script>\n\($0.script)\n</script>" } ?? "")
            <script type="application/json" id="sahel-data">
            """
        var bytes = Array(head.utf8)
        bytes += ScriptSafeJSON.escape(MapPayload.json(content, canvasThreshold: canvasThreshold, cluster: cluster != nil))
        bytes += Array("""
            </script>
            <script>
            \(PageScript.app)
            </script>
            </body>
            </html>

            """.utf8)
        return bytes
    }

    /// Two date inputs bounded by the first and last incident date; disabled when nothing is dated.
    private func datesForm(_ content: MapContent) -> String {
        let low = content.dateRange?.lowerBound ?? ""
        let high = content.dateRange?.upperBound ?? ""
        let disabled = content.dateRange == nil ? " disabled" : ""
        let bounds = content.dateRange == nil ? "" : " min=\"\(MarkupEscaping.escape(low))\" max=\"\(MarkupEscaping.escape(high))\""
        return """
            <h2>Dates</h2>
            <form id="sahel-dates" onsubmit="return false">
            <label>From <input type="date" id="sahel-from" value="\(MarkupEscaping.escape(low))"\(bounds)\(disabled)></label>
            <label>To <input type="date" id="sahel-to" value="\(MarkupEscaping.escape(high))"\(bounds)\(disabled)></label>
            <button type="button" id="sahel-reset"\(disabled)>All dates</button>
            </form>
            <p id="sahel-shown"></p>
            <p class="sahel-note">Markers dated outside the range are hidden; undated ones always show.</p>

            """
    }

    /// The incidents located only to a country, which no marker can show: date, country, toll, evidence.
    private func unlocatedList(_ content: MapContent) -> String {
        guard !content.unlocated.isEmpty else { return "" }
        let e = MarkupEscaping.escape
        var html = "<h2>Not on the map: located to a country only (\(content.unlocated.count))</h2>\n<ol id=\"sahel-unlocated\">\n"
        for incident in content.unlocated {
            html += "<li data-id=\"\(e(incident.id))\"><strong>\(e(incident.date ?? "undated"))</strong>, \(e(incident.country ?? "country unknown")): "
                + "\(e(incident.eventType)); \(e(UnlocatedIncidentText.toll(incident)))"
            if let evidence = incident.evidence { html += "<q>\(e(evidence))</q>" }
            html += "</li>\n"
        }
        return html + "</ol>\n"
    }

    private func legend(_ content: MapContent) -> String {
        let e = MarkupEscaping.escape
        var html = "<h2>Event type</h2>\n<ul class=\"sahel-legend\" id=\"sahel-legend-types\">\n"
        for swatch in content.legend.swatches {
            html += "<li><span class=\"sahel-swatch\" style=\"background:\(e(swatch.color))\"></span>\(e(swatch.label))"
                + "<span class=\"sahel-count\">\(swatch.count)</span></li>\n"
        }
        html += "</ul>\n<h2>Killed</h2>\n<ul class=\"sahel-legend\" id=\"sahel-legend-sizes\">\n"
        for sample in content.legend.sizes {
            let size = Int((sample.radius * 2 + 2).rounded(.up))
            let r = String(format: "%.1f", sample.radius)
            html += "<li><svg width=\"\(size)\" height=\"\(size)\" aria-hidden=\"true\"><circle cx=\"\(Double(size) / 2)\" "
                + "cy=\"\(Double(size) / 2)\" r=\"\(r)\" fill=\"#bbbbbb\" stroke=\"#202020\" stroke-width=\"0.8\"/></svg>"
                + "\(e(sample.label))</li>\n"
        }
        html += "</ul>\n<p class=\"sahel-note\">\(e(content.legend.sizeNote))</p>\n"
        html += "<p class=\"sahel-note\">Dashed circles: distance from \(e(content.capital.name)), "
            + "computed geodesically. Outlines: the gazetteer's boundaries, simplified. No map tiles: the page works offline.</p>\n"
        return html
    }
}
