import Gazetteer
import Spatial

/// Which capital each incident is measured from: one fixed capital (`--capital`), or the capital of the
/// incident's own country as the gazetteer has it, looked up once per country.
///
/// Not Sendable: it caches as it goes. Use it from one task (the writing side of a job).
public final class CapitalDirectory {
    private enum Source {
        case fixed(CapitalPoint)
        case gazetteer(GazetteerStore)
    }

    private let source: Source
    private var known: [String: CapitalPoint?] = [:]

    /// Every incident measured from this capital, whatever its country.
    public init(fixed capital: CapitalPoint) {
        source = .fixed(capital)
    }

    /// Each incident measured from its country's capital.
    public init(gazetteer: GazetteerStore) {
        source = .gazetteer(gazetteer)
    }

    /// The capital for an incident of this country (ISO alpha-2), nil when the country is unknown or the
    /// gazetteer has no capital for it.
    public func capital(forCountry country: String?) throws -> CapitalPoint? {
        switch source {
        case .fixed(let capital):
            return capital
        case .gazetteer(let store):
            guard let country else { return nil }
            if let cached = known[country] { return cached }
            let found = try store.capital(ofCountry: country).flatMap { place -> CapitalPoint? in
                guard let point = try? GeoPoint(latitude: place.latitude, longitude: place.longitude) else { return nil }
                return CapitalPoint(name: place.name, country: place.country, point: point)
            }
            known[country] = .some(found)
            return found
        }
    }
}
