import Foundation
import GeoJSON
import Incidents
import MapRendering
import Store

/// The incidents of `sahel map`'s input: a GeoJSON FeatureCollection, newline-delimited GeoJSON (as
/// `sahel extract --format geojson|geojsonseq` and `sahel analyze` write them) or an incident store.
struct MapInput {
    /// Located and unlocated incidents, in input order.
    var incidents: [IncidentMark] = []
    /// Features that are not incidents (`kind` "ring" or "region", or a non-Point geometry).
    var skipped = 0

    static func read(_ path: String) throws -> MapInput {
        if IncidentStores.isPostGIS(path) { return try store(path) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure.missingInput("\(path): no such file")
        }
        guard !isDirectory.boolValue else {
            throw CommandFailure.missingInput("\(path): is a directory; give a GeoJSON file or an incident store (.sqlite)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.missingInput("\(path): cannot be read")
        }
        if data.starts(with: Array("SQLite format 3\u{0}".utf8)) { return try store(path) }
        if isSequence(path: path, data: data) { return try sequence(data, path: path) }
        return try collection(data, path: path)
    }

    private static let sequenceExtensions: Set<String> = ["geojsonl", "geojsonseq", "geojsons", "ndjson", "jsonl"]

    /// Newline-delimited when the extension says so, or when the first non-blank line is by itself a JSON
    /// object of type Feature (a FeatureCollection's first line never is).
    private static func isSequence(path: String, data: Data) -> Bool {
        if sequenceExtensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased()) { return true }
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            let trimmed = line.drop { $0 == 0x1E || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
            if trimmed.isEmpty { continue }
            guard trimmed.first == UInt8(ascii: "{") else { return false }
            // Only the shape is checked here; the reader reports what is wrong inside, with the line.
            let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            return object?["type"] as? String == "Feature"
        }
        return false
    }

    private static func collection(_ data: Data, path: String) throws -> MapInput {
        let features = try GeoJSONReader.decodeFeatureCollection(from: data, file: path).features
        var input = MapInput()
        for (index, feature) in features.enumerated() {
            do {
                try input.add(feature, fallbackID: "features[\(index)]")
            } catch {
                throw CommandFailure.badData("\(path): features[\(index)].\(error.description)")
            }
        }
        return input
    }

    /// Errors name the line of the file: the reader counts features, blank lines are skipped, so the
    /// feature index is turned back into a line number.
    private static func sequence(_ data: Data, path: String) throws -> MapInput {
        let features: [Feature]
        do {
            features = try GeoJSONReader.decodeFeatureSequence(from: data, file: path)
        } catch let error as GeoJSONError where !error.message.hasPrefix("invalid JSON") {
            guard let (index, rest) = featureIndex(in: error.path) else { throw error }
            throw CommandFailure.badData("\(path): line \(lineNumber(ofFeature: index, in: data)): \(rest.isEmpty ? "" : rest + ": ")\(error.message)")
        }
        var input = MapInput()
        for (index, feature) in features.enumerated() {
            do {
                try input.add(feature, fallbackID: "line \(index + 1)")
            } catch {
                throw CommandFailure.badData("\(path): line \(lineNumber(ofFeature: index, in: data)): \(error.description)")
            }
        }
        return input
    }

    /// `[12].geometry.coordinates` -> (12, "geometry.coordinates").
    private static func featureIndex(in path: String) -> (Int, String)? {
        guard path.hasPrefix("["), let close = path.firstIndex(of: "]"),
              let index = Int(path[path.index(after: path.startIndex)..<close]) else { return nil }
        var rest = path[path.index(after: close)...]
        if rest.hasPrefix(".") { rest = rest.dropFirst() }
        return (index, String(rest))
    }

    /// The 1-based line holding the `index`-th non-blank line, as `decodeFeatureSequence` counts them.
    private static func lineNumber(ofFeature index: Int, in data: Data) -> Int {
        var seen = 0
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let blank = line.allSatisfy { $0 == 0x1E || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
            if blank { continue }
            if seen == index { return number + 1 }
            seen += 1
        }
        return seen
    }

    private mutating func add(_ feature: Feature, fallbackID: String) throws(IncidentMark.PropertyError) {
        switch try IncidentMark.reading(feature, fallbackID: fallbackID) {
        case .incident(let mark): incidents.append(mark)
        case .skipped: skipped += 1
        }
    }

    private static func store(_ path: String) throws -> MapInput {
        var input = MapInput()
        try IncidentStoreOption.converting(path) {
            let store = try IncidentStoreOption.openForReading(path)
            try store.forEachPage { page in
                input.incidents.append(contentsOf: page.map { IncidentMark($0.incident) })
            }
        }
        return input
    }
}
