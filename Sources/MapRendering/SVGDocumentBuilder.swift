import Foundation

/// Writes the map as a static SVG: the same outlines, rings with labels, incidents and legend as the page.
///
/// Every located incident is exactly one `<circle>` (with a `<title>` tooltip); nothing else in the document
/// is a circle (the capital is a square, the legend's size samples are ellipses), so counting circles counts
/// incidents. All text is escaped, so the file is well-formed XML whatever the news text held.
public struct SVGDocumentBuilder: Sendable {
    public var mapWidth = 1000.0
    public var mapHeight = 900.0
    public var legendWidth = 280.0

    public init() {}

    public func document(_ content: MapContent) -> String {
        let e = MarkupEscaping.escape
        let projection = SVGProjection(extent: content.viewExtent, maxWidth: mapWidth, maxHeight: mapHeight)
        let top = 40.0
        let legendHeight = 140.0 + 22.0 * Double(content.legend.swatches.count + content.legend.sizes.count)
            + 2 * MarkerScale.maximumRadius + 16 * Double(unlocatedLines(content).count)
        let width = projection.width + legendWidth
        let height = max(projection.height + top, legendHeight + top)
        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(f(width))" height="\(f(height))" \
            viewBox="0 0 \(f(width)) \(f(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">
            <!-- Equirectangular projection, longitude scaled by cos(\(f(content.extent.centerLatitude)) deg), \
            the extent's mean latitude. -->
            <title>\(e(content.title))</title>
            <defs><clipPath id="map-area"><rect x="0" y="0" width="\(f(projection.width))" height="\(f(projection.height))"/></clipPath></defs>
            <rect x="0" y="0" width="\(f(width))" height="\(f(height))" fill="#ffffff"/>
            <text x="8" y="26" font-size="18" font-weight="bold">\(e(content.title))</text>
            <g transform="translate(0,\(f(top)))">
            <rect x="0" y="0" width="\(f(projection.width))" height="\(f(projection.height))" fill="#dde5e8"/>

            """
        svg += outlines(content, projection)
        svg += rings(content, projection)
        svg += protectedPlaces(content, projection)
        svg += incidents(content, projection)
        let c = content.capital.point
        svg += """
            <g id="capital"><rect x="\(f(projection.x(c) - 4))" y="\(f(projection.y(c) - 4))" width="8" height="8" \
            fill="#ffffff" stroke="#000000" stroke-width="2"/></g>
            \(names(content, projection))</g>

            """
        svg += legend(content, x: projection.width + 16, y: top)
        svg += "</svg>\n"
        return svg
    }

    private func outlines(_ content: MapContent, _ projection: SVGProjection) -> String {
        var out = "<g id=\"outlines\" clip-path=\"url(#map-area)\" stroke-linejoin=\"round\">\n"
        // Focus countries' fill goes under everything, so their admin-1 lines stay visible on top of it.
        for outline in content.outlines where outline.kind == .focusCountry {
            let d = outline.polygons.flatMap { $0 }.filter { !$0.isEmpty }.map { path($0, projection, closed: true) }.joined()
            out += "<path fill=\"#fffdf5\" stroke=\"none\" fill-rule=\"evenodd\" d=\"\(d)\"/>\n"
        }
        for outline in content.outlines {
            let style: String
            switch outline.kind {
            case .neighbour: style = "fill=\"#ecebe5\" stroke=\"#a3a3a3\" stroke-width=\"1\""
            case .admin1: style = "fill=\"none\" stroke=\"#bdb6a6\" stroke-width=\"0.8\" stroke-dasharray=\"3 3\""
            case .focusCountry: style = "fill=\"none\" stroke=\"#555555\" stroke-width=\"1.6\""
            }
            var d = ""
            for polygon in outline.polygons {
                for ring in polygon where !ring.isEmpty { d += path(ring, projection, closed: true) }
            }
            out += "<path class=\"\(outline.kind.rawValue)\" \(style) fill-rule=\"evenodd\" d=\"\(d)\"><title>\(MarkupEscaping.escape(outline.name))</title></path>\n"
        }
        return out + "</g>\n"
    }

    private func rings(_ content: MapContent, _ projection: SVGProjection) -> String {
        var out = "<g id=\"rings\" clip-path=\"url(#map-area)\">\n"
        for ring in content.rings {
            out += "<path fill=\"none\" stroke=\"#333333\" stroke-width=\"1\" stroke-dasharray=\"5 4\" d=\"\(path(ring.points, projection, closed: true))\"/>\n"
            if let p = ring.labelPoint {
                out += "<text class=\"ring-label\" x=\"\(f(projection.x(p)))\" y=\"\(f(projection.y(p) - 3))\" text-anchor=\"middle\" "
                    + "font-size=\"11\" fill=\"#333333\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">"
                    + "\(MarkupEscaping.escape(ring.label))</text>\n"
            }
        }
        return out + "</g>\n"
    }

    /// Largest circles first, so smaller ones stay visible on top, as on the page.
    private func incidents(_ content: MapContent, _ projection: SVGProjection) -> String {
        var out = "<g id=\"incidents\" stroke=\"#202020\" stroke-width=\"0.8\" fill-opacity=\"0.72\">\n"
        let order = content.incidents.indices.sorted {
            let (a, b) = (MarkerScale.radius(killed: content.incidents[$0].killed), MarkerScale.radius(killed: content.incidents[$1].killed))
            return a != b ? a > b : $0 < $1
        }
        for i in order {
            let incident = content.incidents[i]
            guard let p = incident.point else { continue }
            out += "<circle cx=\"\(f(projection.x(p)))\" cy=\"\(f(projection.y(p)))\" r=\"\(f(MarkerScale.radius(killed: incident.killed)))\" "
                + "fill=\"\(EventPalette.color(of: incident.eventType))\"><title>\(MarkupEscaping.escape(tooltip(incident, capital: content.capital.name)))</title></circle>\n"
        }
        return out + "</g>\n"
    }

    /// Routes as purple lines with their names, sites as purple squares with theirs (no circles: those are incidents).
    private func protectedPlaces(_ content: MapContent, _ projection: SVGProjection) -> String {
        let e = MarkupEscaping.escape
        var out = "<g id=\"routes\" clip-path=\"url(#map-area)\" fill=\"none\" stroke=\"#6a3d9a\" stroke-width=\"3\" stroke-opacity=\"0.85\">\n"
        for route in content.routes {
            let d = route.parts.map { path($0, projection, closed: false) }.joined()
            out += "<path class=\"route\" d=\"\(d)\"><title>\(e(route.name))</title></path>\n"
        }
        out += "</g>\n<g id=\"sites\">\n"
        for site in content.sites {
            let (x, y) = (projection.x(site.point), projection.y(site.point))
            // Hollow, so an incident at a site still shows.
            out += "<rect class=\"site\" x=\"\(f(x - 6))\" y=\"\(f(y - 6))\" width=\"12\" height=\"12\" fill=\"none\" "
                + "stroke=\"#6a3d9a\" stroke-width=\"2.5\"><title>\(e(site.name))</title></rect>\n"
        }
        return out + "</g>\n"
    }

    /// Every name on the map, laid out so none overlaps another: the capital first, then the sites, the major
    /// towns, the routes (minor towns are for the zoomable page).
    private func names(_ content: MapContent, _ projection: SVGProjection) -> String {
        var candidates: [LabelLayout.Candidate] = []
        let c = content.capital.point
        candidates.append(.init(text: content.capital.name, x: projection.x(c) + 8, y: projection.y(c) + 4, fontSize: 12,
                                anchor: "start", priority: 0))
        for site in content.sites {
            candidates.append(.init(text: site.name, x: projection.x(site.point) + 9, y: projection.y(site.point) + 4,
                                    fontSize: 11, anchor: "start", priority: 1))
        }
        for label in content.labels where label.rank == .major {
            candidates.append(.init(text: label.name, x: projection.x(label.point), y: projection.y(label.point) + 4,
                                    fontSize: 11, anchor: "middle", priority: 2))
        }
        for route in content.routes {
            if let p = route.labelPoint {
                candidates.append(.init(text: route.name, x: projection.x(p), y: projection.y(p) - 6, fontSize: 11,
                                        anchor: "middle", priority: 3))
            }
        }
        var out = "<g id=\"names\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">\n"
        for label in LabelLayout.place(candidates) {
            let style: String
            switch label.priority {
            case 0: style = "font-weight=\"bold\" fill=\"#000000\""
            case 1: style = "fill=\"#4a2a6a\""
            case 3: style = "font-style=\"italic\" fill=\"#4a2a6a\""
            default: style = "fill=\"#333333\""
            }
            out += "<text x=\"\(f(label.x))\" y=\"\(f(label.y))\" text-anchor=\"\(label.anchor)\" font-size=\"\(f(label.fontSize))\" "
                + "\(style)>\(MarkupEscaping.escape(label.text))</text>\n"
        }
        return out + "</g>\n"
    }

    /// The legend's lines for incidents located only to a country: date, country, type, toll, and the start
    /// of the evidence.
    private func unlocatedLines(_ content: MapContent) -> [String] {
        guard !content.unlocated.isEmpty else { return [] }
        return ["Not on the map, located to a country only:"] + content.unlocated.flatMap { incident -> [String] in
            let head = "\(incident.date ?? "undated"), \(incident.country ?? "?"): \(UnlocatedIncidentText.toll(incident))"
            guard let evidence = incident.evidence else { return [head] }
            return [head, "  \u{201C}" + (evidence.count > 42 ? String(evidence.prefix(40)) + "\u{2026}" : evidence) + "\u{201D}"]
        }
    }

    private func tooltip(_ incident: IncidentMark, capital: String) -> String {
        var lines = [[incident.date ?? "undated", incident.eventType, incident.place].compactMap { $0 }.joined(separator: " | ")]
        lines.append("killed \(incident.killed.map(String.init) ?? "not reported"), injured \(incident.injured.map(String.init) ?? "not reported")")
        if !incident.actors.isEmpty { lines.append(incident.actors.joined(separator: "; ")) }
        if let km = incident.distanceKm { lines.append("\(Int(km.rounded())) km from \(capital)") }
        if let evidence = incident.evidence { lines.append(evidence) }
        return lines.joined(separator: "\n")
    }

    private func legend(_ content: MapContent, x: Double, y: Double) -> String {
        let e = MarkupEscaping.escape
        var out = "<g id=\"legend\" transform=\"translate(\(f(x)),\(f(y)))\">\n<text x=\"0\" y=\"14\" font-weight=\"bold\">Event type</text>\n"
        var row = 34.0
        for swatch in content.legend.swatches {
            out += "<rect x=\"0\" y=\"\(f(row - 10))\" width=\"12\" height=\"12\" fill=\"\(e(swatch.color))\" stroke=\"#202020\" stroke-width=\"0.8\"/>"
                + "<text x=\"20\" y=\"\(f(row))\">\(e(swatch.label)) (\(swatch.count))</text>\n"
            row += 22
        }
        row += 10
        out += "<text x=\"0\" y=\"\(f(row))\" font-weight=\"bold\">Killed</text>\n"
        row += 10
        for sample in content.legend.sizes {
            let r = sample.radius
            out += "<ellipse cx=\"\(f(MarkerScale.maximumRadius))\" cy=\"\(f(row + r))\" rx=\"\(f(r))\" ry=\"\(f(r))\" fill=\"#bbbbbb\" "
                + "stroke=\"#202020\" stroke-width=\"0.8\"/><text x=\"\(f(2 * MarkerScale.maximumRadius + 10))\" y=\"\(f(row + r + 4))\">\(e(sample.label))</text>\n"
            row += 2 * r + 8
        }
        row += 14
        let notes = ["Smallest circle: none or not reported."]
            + content.summary.split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }
            + ["Dashed circles: distance from \(content.capital.name)."]
        for note in notes {
            out += "<text x=\"0\" y=\"\(f(row))\" font-size=\"11\" fill=\"#444444\">\(e(note))</text>\n"
            row += 16
        }
        row += 8
        out += "<g id=\"unlocated\">\n"
        for line in unlocatedLines(content) {
            out += "<text x=\"0\" y=\"\(f(row))\" font-size=\"11\" fill=\"#444444\">\(e(line))</text>\n"
            row += 16
        }
        out += "</g>\n"
        return out + "</g>\n"
    }

    private func path(_ points: [MapPoint], _ projection: SVGProjection, closed: Bool) -> String {
        var d = ""
        for (i, p) in points.enumerated() {
            d += (i == 0 ? "M" : "L") + f(projection.x(p)) + " " + f(projection.y(p))
        }
        return closed && !d.isEmpty ? d + "Z" : d
    }

    /// One decimal: a tenth of a pixel.
    private func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
