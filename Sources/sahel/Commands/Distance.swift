import ArgumentParser
import Foundation
import Spatial

struct Distance: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Geodesic distance and bearing between two points on the WGS 84 ellipsoid.",
        discussion: """
            Examples:
              sahel distance 12.6392,-8.0029 12.7441,-8.0726      # Bamako to Kati
              sahel distance 12.6392,-8.0029 13.5116,2.1254 --format json
            """
    )

    @Argument(help: "Start point as lat,lon.", transform: parseGeoPoint)
    var from: GeoPoint

    @Argument(help: "End point as lat,lon.", transform: parseGeoPoint)
    var to: GeoPoint

    @Option(help: "text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        let line = Geodesic.wgs84.inverse(from: from, to: to)
        let bearing = line.initialAzimuth < 0 ? line.initialAzimuth + 360 : line.initialAzimuth
        let km = line.distance / 1000
        let compass = CompassDirection.name(forAzimuth: bearing)
        switch format {
        case .text:
            print(String(format: "%.3f km, initial bearing %.1f° (%@)", km, bearing, compass))
        case .json:
            print(String(format: #"{"distance_km":%.3f,"distance_m":%.3f,"bearing_deg":%.1f,"compass":"%@"}"#,
                         km, line.distance, bearing, compass))
        }
    }
}

enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
