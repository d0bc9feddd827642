import ArgumentParser
import Foundation
import Gazetteer
import GeoJSON
import Spatial

struct GazetteerWhere: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "where",
        abstract: "Country and admin-1 region of a point, and the nearest settlement.",
        discussion: """
            Examples:
              sahel gazetteer where 12.74,-8.07          # Mali, Koulikoro, near Kati
              sahel gazetteer where 15.07,-2.22 --format json
            """
    )

    @Argument(help: "The point, lat,lon.", transform: parseGeoPoint)
    var point: GeoPoint

    @Option(help: "Nearest settlement in this country only (ISO alpha-2).")
    var country: String?

    @Option(help: "text or json.")
    var format: TextOrJSON = .text

    @OptionGroup var gazetteer: GazetteerOption

    func run() throws {
        try reportingFailures {
            let store = try gazetteer.open()
            let location = try GazetteerQueries.run {
                try store.locate(latitude: point.latitude, longitude: point.longitude, country: country?.uppercased())
            }
            switch format {
            case .json:
                func boundary(_ b: BoundaryMatch?) -> JSONValue {
                    guard let b else { return .null }
                    return .object(["code": .string(b.code), "name": .string(b.name), "country": .string(b.country)])
                }
                var nearest = JSONValue.null
                if let n = location.nearest {
                    nearest = .object(JSONObject([
                        ("gazetteer_id", .integer(n.placeID)), ("name", .string(n.name)), ("country", .string(n.country)),
                        ("admin1", n.admin1.map(JSONValue.string) ?? .null), ("lat", .number(n.latitude)),
                        ("lon", .number(n.longitude)), ("distance_km", .number(n.distanceKm)),
                        ("bearing_deg", .number(n.bearingDeg)), ("phrase", .string(n.phrase)),
                    ]))
                }
                var out = JSONBytes()
                out.appendValue(.object(JSONObject([
                    ("lat", .number(point.latitude)), ("lon", .number(point.longitude)),
                    ("country", boundary(location.country)), ("admin1", boundary(location.admin1)), ("nearest", nearest),
                ])))
                print(String(decoding: out.bytes, as: UTF8.self))
            case .text:
                print("country: \(location.country.map { "\($0.name) (\($0.code))" } ?? "none (outside every country polygon)")")
                print("admin-1: \(location.admin1.map { "\($0.name) (\($0.code))" } ?? "none")")
                print("nearest: \(location.nearest?.phrase ?? "no settlement in the gazetteer")")
            }
        }
    }
}
