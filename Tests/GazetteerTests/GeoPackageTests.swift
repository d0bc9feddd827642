import Foundation
import Testing
@testable import Gazetteer

@Suite("GeoPackage geometry header and reader")
struct GeoPackageTests {
    static let worldMap = TestData.worldMap

    /// POINT(1 2) as little-endian WKB.
    static let pointWKB: [UInt8] = [1, 1, 0, 0, 0] + bytes(1.0, littleEndian: true) + bytes(2.0, littleEndian: true)

    static func bytes(_ value: Double, littleEndian: Bool) -> [UInt8] {
        let bits = littleEndian ? value.bitPattern.littleEndian : value.bitPattern.bigEndian
        return withUnsafeBytes(of: bits) { Array($0) }
    }

    static func bytes(_ value: Int32, littleEndian: Bool) -> [UInt8] {
        let bits = littleEndian ? value.littleEndian : value.bigEndian
        return withUnsafeBytes(of: bits) { Array($0) }
    }

    /// A header with an xy envelope (minx, maxx, miny, maxy) in the given byte order.
    static func blob(littleEndian: Bool, envelope: Bool) -> [UInt8] {
        let flags: UInt8 = (littleEndian ? 1 : 0) | (envelope ? 1 << 1 : 0)
        var blob: [UInt8] = [0x47, 0x50, 0, flags] + bytes(Int32(4326), littleEndian: littleEndian)
        if envelope {
            for value in [1.0, 3.0, 2.0, 4.0] { blob += bytes(value, littleEndian: littleEndian) }
        }
        return blob + pointWKB
    }

    @Test("a header parses with and without envelope, in both byte orders", arguments: [true, false], [true, false])
    func header(littleEndian: Bool, envelope: Bool) throws {
        let geometry = try GeoPackageGeometry(blob: Self.blob(littleEndian: littleEndian, envelope: envelope))
        #expect(geometry.srsID == 4326)
        #expect(geometry.isLittleEndian == littleEndian)
        #expect(geometry.wkb == Self.pointWKB)
        #expect(!geometry.isEmpty)
        if envelope {
            #expect(geometry.envelope?.minX == 1)
            #expect(geometry.envelope?.maxX == 3)
            #expect(geometry.envelope?.minY == 2)
            #expect(geometry.envelope?.maxY == 4)
        } else {
            #expect(geometry.envelope == nil)
        }
    }

    @Test("a blob without the GP magic, or shorter than its envelope, is rejected")
    func badHeaders() {
        #expect(throws: GazetteerError.self) { try GeoPackageGeometry(blob: [0x00, 0x50, 0, 1, 0, 0, 0, 0] + Self.pointWKB) }
        #expect(throws: GazetteerError.self) { try GeoPackageGeometry(blob: [0x47, 0x50, 0, 0b0000_1001, 0, 0, 0, 0]) }
        #expect(throws: GazetteerError.self) { try GeoPackageGeometry(blob: [0x47, 0x50, 0, 0b0000_0011, 0, 0, 0, 0, 1, 2]) }
    }

    @Test("QGIS world_map.gpkg: 240 countries, 4,556 admin-1 units, 9 in Mali")
    func worldMapLayers() throws {
        let reader = try GeoPackageReader(path: Self.worldMap)
        let columns = try reader.geometryColumns()
        #expect(columns["countries"] == "geom")
        let countries = try reader.features(layer: "countries", attributes: ["iso_a2", "name"])
        let states = try reader.features(layer: "states_provinces", attributes: ["iso_a2", "name", "fips"])
        #expect(countries.count == 240)
        #expect(states.count == 4556)
        let mali = states.filter { $0.text("iso_a2") == "ML" }
        #expect(mali.count == 9)
        #expect(mali.contains { $0.text("fips") == "ML07" && $0.text("name") == "Koulikoro" })
        // NAME is upper case in `countries`: the reader matches columns case-insensitively.
        #expect(countries.contains { $0.text("name") == "Mali" && $0.text("iso_a2") == "ML" })
        let header = try GeoPackageGeometry(blob: try #require(mali.first?.blob))
        #expect(header.srsID == 4326)
        #expect(header.envelope != nil)
    }
}
