import ArgumentParser
import Analysis
import Foundation
import GeoJSON

/// How features are written: one GeoJSON FeatureCollection, or newline-delimited GeoJSON.
enum FeatureFormat: String, ExpressibleByArgument, CaseIterable {
    case geojson, geojsonseq

    var layout: GeoJSONWriter.Layout { self == .geojson ? .featureCollection : .sequence }

    func destination(_ output: String?) -> GeoJSONWriter.Destination {
        output.map { .file(URL(fileURLWithPath: $0)) } ?? .standardOutput
    }
}

/// `--radii` / `--rings` lists, checked by the Analysis module's rules.
enum DistanceRingsArgument {
    static func parse(_ text: String) throws -> [Double] {
        try DistanceRings(parsing: text).radiiKilometres
    }
}
