import Analysis
import ArgumentParser
import Foundation
import GeoJSON
import Spatial

struct Rings: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Distance rings around a point as GeoJSON Polygons that stay round on a web map.",
        discussion: """
            Each ring is computed in an azimuthal-equidistant projection centred on the point, so every vertex \
            is at the radius (geodesic) from the centre, and densified so it stays round in Web Mercator.

            Examples:
              sahel rings --center 12.6392,-8.0029 --radii 50,100,200
              sahel rings --center 12.6392,-8.0029 --radii 50,100 --output bamako-rings.geojson
            """
    )

    @Option(help: "Centre as lat,lon.", transform: parseGeoPoint)
    var center: GeoPoint

    @Option(help: "Radii in km, comma-separated.")
    var radii: String = "50,100,200,300,500"

    @Option(help: "Vertices per ring.")
    var segments: Int = 256

    @Option(help: "geojson or geojsonseq.")
    var format: FeatureFormat = .geojson

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        guard (8...100_000).contains(segments) else { throw ValidationError("--segments must be within 8...100000") }
        _ = try parsedRadii()
    }

    private func parsedRadii() throws -> [Double] {
        do { return try DistanceRingsArgument.parse(radii) } catch { throw ValidationError("--radii: \(error)") }
    }

    func run() throws {
        try reportingFailures {
            let rings = try AreaPolygons.rings(around: center, radii: DistanceRings(kilometres: parsedRadii()), segments: segments)
            let writer = try GeoJSONWriter(destination: format.destination(output), layout: format.layout)
            for (radius, polygon) in rings {
                let properties: JSONObject = [
                    "radius_km": .number(radius),
                    "center_lat": .number(center.latitude),
                    "center_lon": .number(center.longitude),
                ]
                try writer.write(Feature(geometry: polygon, properties: properties))
            }
            try writer.finish()
        }
    }
}
