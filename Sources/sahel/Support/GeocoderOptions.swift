import ArgumentParser
import Gazetteer
import Geocoding

/// How places are recognised and placed, for the commands that geocode: the region of interest and where
/// relative locations go.
struct GeocoderOptions: ParsableArguments {
    @Option(help: "Countries whose settlements are recognised, ISO codes, comma-separated (countries and world capitals are always known).")
    var region: String = PlaceIndex.defaultRegion.joined(separator: ",")

    @Option(help: "Where \"N km north of X\" goes: offset (the computed point; X kept as anchor) or anchor (X itself, as ACLED codes it).")
    var relativePoints: Geocoder.RelativePoint = .offset

    func validate() throws {
        _ = try RegionCodes.parse(region)
    }

    /// The geocoder over the gazetteer's names for the region.
    func geocoder(_ gazetteer: GazetteerStore) throws -> Geocoder {
        let countries = try RegionCodes.parse(region)
        let index = try GazetteerQueries.run { try PlaceIndex.load(from: gazetteer, countries: countries) }
        return Geocoder(index: index, relativePoint: relativePoints)
    }
}

extension Geocoder.RelativePoint: ExpressibleByArgument {}
