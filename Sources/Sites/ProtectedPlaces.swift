import Foundation
import Parallel
import Spatial

/// What an incident is measured against: the user's sites, routes, and the alert distance.
public struct ProtectedPlaces: Sendable {
    public let sites: NearestSiteIndex?
    public let routes: RouteIndex?
    /// Incidents within this many kilometres of a site are marked `site_alert`.
    public let alertKilometres: Double?

    public init(sites: [Site]?, routes: [Route]?, alertKilometres: Double? = nil) {
        self.sites = sites.map(NearestSiteIndex.init(sites:))
        self.routes = routes.map(RouteIndex.init(routes:))
        self.alertKilometres = alertKilometres
    }

    /// A measurer for the calling thread.
    public func measurer() throws -> SiteMeasurer {
        try SiteMeasurer(places: self)
    }

    /// One annotation per point, on all cores; a NaN latitude or longitude (a row without coordinates) gets an
    /// empty annotation.
    public func annotate(latitudes: [Double], longitudes: [Double]) throws -> [SiteAnnotation] {
        // One chunk per core: each makes its own locator, whose projections are made on first use.
        let chunks = ParallelChunks(count: latitudes.count, chunksPerCore: 1, minimumPerChunk: 2048)
        let results = Parallel.map(chunks.chunkCount) { c -> Result<[SiteAnnotation], Error> in
            Result {
                let measurer = try measurer()
                return try chunks.range(c).map { i in
                    guard let p = try? GeoPoint(latitude: latitudes[i], longitude: longitudes[i]) else { return SiteAnnotation() }
                    return try measurer.annotate(p)
                }
            }
        }
        var all: [SiteAnnotation] = []
        all.reserveCapacity(latitudes.count)
        for result in results { all += try result.get() }
        return all
    }
}

/// The nearest site and route of an incident, and whether it is within the alert distance of the site.
public struct SiteAnnotation: Sendable, Equatable {
    public var site: SiteMeasure?
    public var route: RouteMeasure?
    /// nil without `--alert-km` or without a site.
    public var alert: Bool?

    public init(site: SiteMeasure? = nil, route: RouteMeasure? = nil, alert: Bool? = nil) {
        self.site = site
        self.route = route
        self.alert = alert
    }
}

/// Measures points against `ProtectedPlaces` on one thread (it holds a `RouteLocator`).
public final class SiteMeasurer {
    public let places: ProtectedPlaces
    private let locator: RouteLocator?

    init(places: ProtectedPlaces) throws {
        self.places = places
        locator = try places.routes.map(RouteLocator.init(index:))
    }

    public func annotate(_ p: GeoPoint) throws -> SiteAnnotation {
        let site = places.sites?.nearest(to: p)
        let route = try locator?.nearest(to: p)
        var alert: Bool?
        if let limit = places.alertKilometres, let site { alert = site.kilometres <= limit }
        return SiteAnnotation(site: site, route: route, alert: alert)
    }

    /// The distance to one route (for per-route tallies).
    public func measure(_ p: GeoPoint, route: Int) throws -> RouteMeasure? {
        try locator?.measure(to: p, route: route)
    }
}
