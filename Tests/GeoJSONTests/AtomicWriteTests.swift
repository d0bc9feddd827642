import Foundation
import Testing
import GeoJSON

@Suite("Atomic writes")
struct AtomicWriteTests {
    private let feature = Feature(geometry: .point(Position(longitude: -8.0029, latitude: 12.6392)), properties: ["name": "Bamako"])

    @Test("a cancelled writer leaves neither the target nor a temporary file")
    func cancelLeavesNothing() throws {
        let directory = try TemporaryDirectory()
        let writer = try GeoJSONWriter(destination: .file(directory.file("out.geojson")), layout: .featureCollection)
        try writer.write(feature)
        #expect(try directory.contents().count == 1)  // the temporary file
        #expect(try directory.contents().first?.hasPrefix(".out.geojson.tmp-\(ProcessInfo.processInfo.processIdentifier)-") == true)
        writer.cancel()
        #expect(try directory.contents() == [])
        #expect(throws: GeoJSONWriteError.self) { try writer.write(feature) }
        #expect(throws: GeoJSONWriteError.self) { try writer.finish() }
    }

    @Test("a writer dropped without finish leaves neither the target nor a temporary file")
    func dropLeavesNothing() throws {
        let directory = try TemporaryDirectory()
        func writeWithoutFinishing() throws {
            let writer = try GeoJSONWriter(destination: .file(directory.file("out.geojson")), layout: .sequence)
            for _ in 0..<10_000 { try writer.write(feature) }  // more than one buffer's worth
            #expect(try directory.contents().count == 1)
        }
        try writeWithoutFinishing()
        #expect(try directory.contents() == [])
    }

    @Test("an existing target keeps its old content until finish")
    func oldContentUntilFinish() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("incidents.geojson")
        try Data("old".utf8).write(to: url)
        let writer = try GeoJSONWriter(destination: .file(url), layout: .featureCollection)
        for _ in 0..<20_000 { try writer.write(feature) }
        #expect(try String(contentsOf: url, encoding: .utf8) == "old")
        try writer.finish()
        try writer.finish()  // idempotent
        #expect(try GeoJSONReader.readFeatureCollection(contentsOf: url).features.count == 20_000)
        #expect(try directory.contents() == ["incidents.geojson"])
        let permissions = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(permissions == 0o644)
        #expect(throws: GeoJSONWriteError.self) { try writer.write(feature) }
    }

    @Test("a missing directory throws GeoJSONWriteError naming the path")
    func missingDirectory() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("no/such/dir/out.geojson")
        #expect {
            try GeoJSONWriter(destination: .file(url), layout: .featureCollection)
        } throws: { error in
            guard let error = error as? GeoJSONWriteError else { return false }
            return error.path == url.path && error.message.contains("No such file or directory")
                && error.description.hasPrefix(url.path)
        }
    }

    @Test("a directory as the target is refused before anything is written, naming the path")
    func directoryTarget() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("taken")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect {
            try GeoJSONWriter(destination: .file(url), layout: .featureCollection)
        } throws: { error in
            guard let error = error as? GeoJSONWriteError else { return false }
            return error.path == url.path && error.message.contains("is a directory")
        }
        #expect(try directory.contents() == ["taken"])
    }
}
