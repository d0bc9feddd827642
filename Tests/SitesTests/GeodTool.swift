import Foundation
import Spatial
import Testing

/// PROJ's `geod` command (Debian proj-bin, installed by Scripts/bootstrap.sh): the independent reference for
/// distances. A missing `geod` fails the tests that need it rather than skipping them.
enum GeodTool {
    static let path = "/usr/bin/geod"

    /// Runs geod with `arguments` on `input` (written to a file, so large inputs cannot block a pipe) and
    /// returns its output's lines split into numbers.
    static func run(_ arguments: [String], input: String = "") throws -> [[Double]] {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            Issue.record("\(path) is missing: install proj-bin (Scripts/bootstrap.sh does)")
            throw CocoaError(.fileNoSuchFile)
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("geod-\(UUID().uuidString).txt")
        try Data(input.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments + (input.isEmpty ? [] : [file.path])
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n").map { line in
            line.split(whereSeparator: { $0 == "\t" || $0 == " " }).compactMap { Double($0) }
        }
    }

    /// Geodesic distances in metres, `geod -I +ellps=WGS84`, from each pair's first point to its second.
    static func distances(_ pairs: [(GeoPoint, GeoPoint)]) throws -> [Double] {
        let input = pairs.map { "\($0.0.latitude) \($0.0.longitude) \($0.1.latitude) \($0.1.longitude)" }
            .joined(separator: "\n") + "\n"
        let rows = try run(["-I", "+ellps=WGS84", "-f", "%.9f"], input: input)
        try #require(rows.count == pairs.count, "geod gave \(rows.count) lines for \(pairs.count) pairs")
        return try rows.map { row in
            try #require(row.count == 3, "unexpected geod line \(row)")
            return row[2]
        }
    }

    /// Azimuth from the first point, degrees, `geod -I`.
    static func azimuths(_ pairs: [(GeoPoint, GeoPoint)]) throws -> [Double] {
        let input = pairs.map { "\($0.0.latitude) \($0.0.longitude) \($0.1.latitude) \($0.1.longitude)" }
            .joined(separator: "\n") + "\n"
        return try run(["-I", "+ellps=WGS84", "-f", "%.9f"], input: input).map { $0[0] }
    }

    /// Points every `spacing` metres along the geodesic from `a` to `b` (both ends included), by geod itself.
    static func samples(from a: GeoPoint, to b: GeoPoint, spacing: Double) throws -> [GeoPoint] {
        let rows = try run(["+ellps=WGS84", "+lat_1=\(a.latitude)", "+lon_1=\(a.longitude)", "+lat_2=\(b.latitude)",
                            "+lon_2=\(b.longitude)", "+del_S=\(spacing)", "-f", "%.10f"])
        let points = try rows.filter { $0.count >= 2 }.map { try GeoPoint(latitude: $0[0], longitude: $0[1]) }
        return [a] + points + [b]
    }
}
