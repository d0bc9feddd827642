import Analysis
import FileOutput
import Foundation
import GeoJSON
import Gazetteer
import Sites
import Spatial
import Tabular

/// `sahel annotate` as a pipeline of timed phases: load, distance (with rings), point-in-polygon, write.
/// The phase names and their boundaries follow ../shared/bench/WORKLOAD.md so the timings compare with the peers'.
struct AnnotateJob {
    let options: Annotate

    func run() throws -> AnnotateReport {
        let capital = try CapitalResolution.resolve(options.capital, gazetteer: options.gazetteer.path)
        var clock = Stopwatch()
        let fields = try options.fields.map(AddedField.parseList) ?? options.defaultFields
        // Read before the table, so a bad sites file stops the run before any work.
        let places = try options.protected.places()
        let ringSet = try DistanceRings(parsing: options.rings)

        // load: the table and the region polygons (parsed and checked by GEOS)
        let table = try PointTable(table: CSVTable(contentsOf: options.input),
                                   latitudeColumn: options.latColumn, longitudeColumn: options.lonColumn)
        let (regionSet, regionSource) = try regions(around: table) ?? (nil, nil)
        let loadSeconds = clock.lap()

        // distance: geodesic distance and bearing from the capital, then the ring
        let proximity = CapitalProximity(capital: capital.point, rings: ringSet)
        let (distances, bearings) = proximity.measure(latitudes: table.latitudes, longitudes: table.longitudes,
                                                      bearings: fields.contains(.bearing))
        let ringIndices = proximity.ringIndices(distances: distances)
        let distanceSeconds = clock.lap()

        // pip: the first region whose interior holds each point
        var regionIndices: [Int32] = []
        var pipSeconds: Double?
        if let regionSet {
            regionIndices = try CapitalProximity.regionIndices(latitudes: table.latitudes, longitudes: table.longitudes, in: regionSet)
            pipSeconds = clock.lap()
        }

        // sites: the nearest site and route of every row
        var sites: [SiteAnnotation] = []
        var sitesSeconds: Double?
        if let places {
            sites = try places.annotate(latitudes: table.latitudes, longitudes: table.longitudes)
            sitesSeconds = clock.lap()
        }

        let annotated = AnnotatedPoints(
            table: table, fields: fields, distances: distances, bearings: bearings,
            rings: ringIndices, ringRadii: ringSet.radiiKilometres,
            regions: regionIndices, regionNames: regionSet?.names ?? [], sites: sites
        )
        try write(annotated)
        let writeSeconds = clock.lap()

        return AnnotateReport(
            points: annotated,
            timings: .init(load: loadSeconds, distance: distanceSeconds, pip: pipSeconds, sites: sitesSeconds,
                           write: writeSeconds, total: clock.total),
            capitalName: capital.name,
            regionSource: regionSource
        )
    }

    /// The regions and where they come from: `--regions FILE`, else the gazetteer's admin-1 boundaries around
    /// the points (when a gazetteer is found), else none.
    private func regions(around table: PointTable) throws -> (RegionSet, String)? {
        if options.noRegions { return nil }
        if let path = options.regions { return (try loadRegions(path), path) }
        let path: String
        do {
            path = try GazetteerLocation.existing(options.gazetteer.path)
        } catch where options.gazetteer.path == nil {
            return nil   // no gazetteer and none asked for: annotate without regions
        }
        var box = (minLon: Double.infinity, minLat: Double.infinity, maxLon: -Double.infinity, maxLat: -Double.infinity)
        for i in 0..<table.count where !table.latitudes[i].isNaN {
            box.minLon = min(box.minLon, table.longitudes[i])
            box.maxLon = max(box.maxLon, table.longitudes[i])
            box.minLat = min(box.minLat, table.latitudes[i])
            box.maxLat = max(box.maxLat, table.latitudes[i])
        }
        guard box.minLon.isFinite else { return nil }
        let boundaries = try GazetteerQueries.run {
            try GazetteerStore(readingFrom: path).boundaries(level: 1, minLongitude: box.minLon, minLatitude: box.minLat,
                                                               maxLongitude: box.maxLon, maxLatitude: box.maxLat)
        }
        guard !boundaries.isEmpty else { return nil }
        do {
            let regions = try RegionSet(names: boundaries.map(\.name), polygonsWKB: boundaries.map(\.wkb), source: path)
            return (regions, "gazetteer \(path)")
        } catch {
            throw CommandFailure.badData(error.description)
        }
    }

    private func loadRegions(_ path: String) throws -> RegionSet {
        let collection = try GeoJSONReader.readFeatureCollection(contentsOf: URL(fileURLWithPath: path))
        do {
            return try RegionSet(collection: collection, file: path, nameProperty: options.regionField)
        } catch {
            throw CommandFailure.badData(error.description)
        }
    }

    private func write(_ points: AnnotatedPoints) throws {
        switch options.format {
        case .geojson, .geojsonseq:
            let format: FeatureFormat = options.format == .geojson ? .geojson : .geojsonseq
            let writer = try GeoJSONWriter(destination: format.destination(options.output), layout: format.layout)
            let encoder = GeoJSONRowEncoder(data: points, separator: format.layout.featureSeparator)
            try OrderedChunks.run(count: points.count, encode: encoder.encode) { chunk in
                try writer.writeEncoded(chunk.bytes, featureCount: chunk.rows)
            }
            try writer.finish()
        case .csv:
            let sink = try OutputFile(options.output.map { .file(path: $0) } ?? .standardOutput)
            let encoder = CSVRowEncoder(data: points)
            try sink.write(encoder.headerLine)
            try OrderedChunks.run(count: points.count, encode: encoder.encode) { chunk in
                try sink.write(chunk.bytes.bytes)
            }
            try sink.finish()
        case .jsonl:
            let sink = try OutputFile(options.output.map { .file(path: $0) } ?? .standardOutput)
            let encoder = JSONLinesRowEncoder(data: points)
            try OrderedChunks.run(count: points.count, encode: encoder.encode) { chunk in
                try sink.write(chunk.bytes.bytes)
            }
            try sink.finish()
        }
    }
}
