import Spatial

/// One GeoPackage geometry blob (OGC 12-128r18, §2.1.3): the `GP` header, then standard WKB.
///
/// Header layout: magic `0x47 0x50`, version (0), flags, `srs_id` (int32), optional envelope, WKB.
/// Flags: bit 0 is the byte order of `srs_id` and the envelope (1 little-endian), bits 1-3 the envelope
/// kind (0 none, 1 xy = 32 bytes, 2 xyz and 3 xym = 48, 4 xyzm = 64), bit 4 set for an empty geometry,
/// bit 5 set for the extended (non-standard WKB) flavour. The WKB keeps its own byte-order byte, so only
/// the header needs the flag.
struct GeoPackageGeometry: Sendable, Equatable {
    let version: UInt8
    let isLittleEndian: Bool
    let isEmpty: Bool
    /// The extended GeoPackage binary type: the WKB that follows is not standard and GEOS may refuse it.
    let isExtended: Bool
    let srsID: Int32
    /// The header's envelope (x and y only), when it has one.
    let envelope: BoundingBox?
    /// The standard WKB after the header.
    let wkb: [UInt8]

    /// Parses a blob; throws `GazetteerError` naming what is wrong (no file: the caller adds it).
    init(blob: [UInt8]) throws {
        guard blob.count >= 8, blob[0] == 0x47, blob[1] == 0x50 else {
            throw GazetteerError(message: "not a GeoPackage geometry: the blob does not start with 'GP'")
        }
        version = blob[2]
        let flags = blob[3]
        let little = flags & 0x01 == 1
        isLittleEndian = little
        isEmpty = flags & 0x10 != 0
        isExtended = flags & 0x20 != 0
        let envelopeKind = Int((flags >> 1) & 0x07)
        let envelopeDoubles: Int
        switch envelopeKind {
        case 0: envelopeDoubles = 0
        case 1: envelopeDoubles = 4
        case 2, 3: envelopeDoubles = 6
        case 4: envelopeDoubles = 8
        default:
            throw GazetteerError(message: "GeoPackage geometry header has an invalid envelope indicator \(envelopeKind)")
        }
        let headerLength = 8 + 8 * envelopeDoubles
        guard blob.count >= headerLength else {
            throw GazetteerError(message: "GeoPackage geometry is \(blob.count) bytes, shorter than its \(headerLength)-byte header")
        }
        srsID = Int32(bitPattern: Self.uint32(blob, at: 4, littleEndian: little))
        if envelopeDoubles > 0 {
            // Envelope order is minx, maxx, miny, maxy (then z or m pairs, not needed here).
            let value = { (i: Int) in Double(bitPattern: Self.uint64(blob, at: 8 + 8 * i, littleEndian: little)) }
            envelope = BoundingBox(minX: value(0), minY: value(2), maxX: value(1), maxY: value(3))
        } else {
            envelope = nil
        }
        wkb = Array(blob[headerLength...])
        if wkb.isEmpty && !isEmpty {
            throw GazetteerError(message: "GeoPackage geometry has a header but no WKB")
        }
    }

    private static func uint32(_ bytes: [UInt8], at offset: Int, littleEndian: Bool) -> UInt32 {
        var value: UInt32 = 0
        for i in 0..<4 {
            let byte = UInt32(bytes[offset + (littleEndian ? 3 - i : i)])
            value = value << 8 | byte
        }
        return value
    }

    private static func uint64(_ bytes: [UInt8], at offset: Int, littleEndian: Bool) -> UInt64 {
        var value: UInt64 = 0
        for i in 0..<8 {
            let byte = UInt64(bytes[offset + (littleEndian ? 7 - i : i)])
            value = value << 8 | byte
        }
        return value
    }
}
