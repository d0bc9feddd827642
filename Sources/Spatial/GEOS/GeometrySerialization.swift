import CGEOS

extension Geometry {
    /// Parses Well-Known Text. A syntax error throws `GEOSError` of kind `.parse` with GEOS's message.
    public convenience init(wkt: String, context: GEOSContext) throws {
        let reader = try context.wktReader()
        let handle = try context.call("GEOSWKTReader_read_r") { GEOSWKTReader_read_r($0, reader, wkt) }
        self.init(owning: handle, context: context)
    }

    /// Parses Well-Known Binary (either byte order, ISO or extended flavour).
    public convenience init(wkb: [UInt8], context: GEOSContext) throws {
        let reader = try context.wkbReader()
        let handle = try wkb.withUnsafeBufferPointer { bytes in
            try context.call("GEOSWKBReader_read_r") { GEOSWKBReader_read_r($0, reader, bytes.baseAddress, bytes.count) }
        }
        self.init(owning: handle, context: context)
    }

    /// Well-Known Text; `decimals` rounds coordinates (trailing zeros trimmed), `nil` keeps full precision.
    public func wkt(decimals: Int? = nil) throws -> String {
        if let decimals, decimals < 0 {
            throw GEOSError(kind: .invalidArgument, message: "decimals must be >= 0, got \(decimals)",
                            function: "GEOSWKTWriter_setRoundingPrecision_r")
        }
        let writer = try context.wktWriter()
        GEOSWKTWriter_setTrim_r(context.handle, writer, 1)
        GEOSWKTWriter_setRoundingPrecision_r(context.handle, writer, Int32(clamping: decimals ?? -1))
        let text = try context.call("GEOSWKTWriter_write_r") { GEOSWKTWriter_write_r($0, writer, handle) }
        return context.takeString(text)
    }

    /// Well-Known Binary in the machine's byte order.
    public func wkb() throws -> [UInt8] {
        let writer = try context.wkbWriter()
        var size = 0
        let bytes = try context.call("GEOSWKBWriter_write_r") { GEOSWKBWriter_write_r($0, writer, handle, &size) }
        defer { GEOSFree_r(context.handle, bytes) }
        return Array(UnsafeBufferPointer(start: bytes, count: size))
    }
}
