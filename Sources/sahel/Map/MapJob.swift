import Analysis
import FileOutput
import Foundation
import Gazetteer
import MapRendering

/// `sahel map`: read the incidents, choose the capital, build the content, load the outlines, write.
struct MapJob {
    let options: MapCommand

    func run() throws -> MapReport {
        // Leaflet first: a missing package should fail before any work, and before the output is touched.
        let leaflet = try options.writesSVG ? nil : loadLeaflet()
        let places = try options.protected.places()
        let input = try MapInput.read(options.input)
        let gazetteerPath = try findGazetteer()
        var warnings: [String] = []
        if gazetteerPath == nil { warnings.append("no gazetteer found: no outlines, capital Bamako unless --capital lat,lon") }
        // One connection for the capital and the outlines.
        let gazetteer = try gazetteerPath.map { path in try GazetteerQueries.run { try GazetteerStore(readingFrom: path) } }
        let capital = try MapCapital.resolve(options.capital, incidents: input.incidents,
                                             gazetteer: try gazetteer ?? GazetteerLocation.open(options.gazetteer.path))
        let radii = try DistanceRings(parsing: options.rings).radiiKilometres
        let builder = MapContentBuilder(capital: capital, ringRadiiKm: radii)
        var content = try builder.build(title: options.title ?? defaultTitle(capital), incidents: input.incidents)
        content.sites = places?.sites?.sites.map {
            SiteMark(name: $0.name, kind: $0.kind, point: MapPoint(latitude: $0.point.latitude, longitude: $0.point.longitude))
        } ?? []
        content.routes = places?.routes?.routes.map { route in
            RouteMark(name: route.name, parts: route.parts.map { $0.map { MapPoint(latitude: $0.latitude, longitude: $0.longitude) } })
        } ?? []
        if let gazetteer {
            let focus = Set(input.incidents.compactMap { $0.country?.uppercased() })
            content.setOutlines(try MapOutlines.load(gazetteer: gazetteer, focus: focus, extent: content.extent))
            content.labels = try MapOutlines.seatLabels(gazetteer: gazetteer, focus: focus, capital: capital)
        }
        let bytes: [UInt8]
        if let leaflet {
            let builder = HTMLPageBuilder(leaflet: leaflet)
            if content.incidents.count > builder.clusterThreshold && leaflet.cluster == nil {
                warnings.append("\(content.incidents.count) incidents and no \(LeafletAssets.clusterPackage) in \(options.leaflet): "
                    + "markers drawn unclustered (apt-get install -y \(LeafletAssets.clusterPackage))")
            }
            bytes = builder.page(content)
        } else {
            bytes = Array(SVGDocumentBuilder().document(content).utf8)
        }
        let sink = try OutputFile(options.output.map { .file(path: $0) } ?? .standardOutput)
        try sink.write(bytes)
        try sink.finish()
        return MapReport(content: content, skipped: input.skipped, output: options.output ?? "standard output",
                         bytes: bytes.count, warnings: warnings)
    }

    private func loadLeaflet() throws -> LeafletAssets {
        do {
            return try LeafletAssets.load(from: options.leaflet)
        } catch {
            throw CommandFailure.missingInput(error.description)
        }
    }

    /// The gazetteer named by --gazetteer or SAHEL_GAZETTEER (must exist), else the default one if present.
    private func findGazetteer() throws -> String? {
        do {
            return try GazetteerLocation.existing(options.gazetteer.path)
        } catch where options.gazetteer.path == nil && ProcessInfo.processInfo.environment["SAHEL_GAZETTEER"] == nil {
            return nil
        }
    }

    private func defaultTitle(_ capital: CapitalMark) -> String {
        let name = URL(fileURLWithPath: options.input).lastPathComponent
        return "Incidents in \(name), distances from \(capital.name)"
    }
}
