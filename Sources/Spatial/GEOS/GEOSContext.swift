import CGEOS

/// A GEOS reentrant context: one per thread or task (the type is deliberately not `Sendable`).
///
/// Error and notice messages are captured into the context and turned into `GEOSError`s by the
/// wrappers; the captured text is cleared before and after every call.
public final class GEOSContext {
    let handle: GEOSContextHandle_t
    private let box = GEOSMessageBox()
    private var cachedWKTReader: OpaquePointer?
    private var cachedWKTWriter: OpaquePointer?
    private var cachedWKBReader: OpaquePointer?
    private var cachedWKBWriter: OpaquePointer?

    public init() throws {
        guard let handle = GEOS_init_r() else {
            throw GEOSError(kind: .other, message: "GEOS_init_r returned NULL", function: "GEOS_init_r")
        }
        self.handle = handle
        let userdata = Unmanaged.passUnretained(box).toOpaque()
        // The box lives as long as `self`, and GEOS_finish_r runs in deinit before it is released.
        GEOSContext_setErrorMessageHandler_r(handle, { message, userdata in
            guard let message, let userdata else { return }
            Unmanaged<GEOSMessageBox>.fromOpaque(userdata).takeUnretainedValue().error = String(cString: message)
        }, userdata)
        GEOSContext_setNoticeMessageHandler_r(handle, { message, userdata in
            guard let message, let userdata else { return }
            Unmanaged<GEOSMessageBox>.fromOpaque(userdata).takeUnretainedValue().notice = String(cString: message)
        }, userdata)
    }

    deinit {
        if let r = cachedWKTReader { GEOSWKTReader_destroy_r(handle, r) }
        if let w = cachedWKTWriter { GEOSWKTWriter_destroy_r(handle, w) }
        if let r = cachedWKBReader { GEOSWKBReader_destroy_r(handle, r) }
        if let w = cachedWKBWriter { GEOSWKBWriter_destroy_r(handle, w) }
        GEOS_finish_r(handle)
    }

    /// Runs one GEOS call with a clean message slot and returns what GEOS captured, then clears it again.
    @inline(__always)
    func withMessages<T>(_ body: (GEOSContextHandle_t) -> T) -> (T, String?) {
        box.clear()
        let result = body(handle)
        let message = box.error ?? box.notice
        box.clear()
        return (result, message)
    }

    /// Runs a GEOS call returning a pointer; NULL becomes a `GEOSError` carrying GEOS's message.
    func call<P>(_ function: String, _ body: (GEOSContextHandle_t) -> P?) throws -> P {
        let (result, message) = withMessages(body)
        guard let result else { throw GEOSError(geosMessage: message, function: function) }
        return result
    }

    /// Runs a GEOS call returning a status int where 0 means failure (GEOSArea_r and friends).
    func callStatus(_ function: String, _ body: (GEOSContextHandle_t) -> Int32) throws {
        let (status, message) = withMessages(body)
        if status == 0 { throw GEOSError(geosMessage: message, function: function) }
    }

    /// Runs a GEOS predicate: 1 true, 0 false, 2 exception.
    func callPredicate(_ function: String, _ body: (GEOSContextHandle_t) -> CChar) throws -> Bool {
        let (value, message) = withMessages(body)
        switch value {
        case 1: return true
        case 0: return false
        default: throw GEOSError(geosMessage: message, function: function)
        }
    }

    /// Takes ownership of a GEOS-allocated C string.
    func takeString(_ pointer: UnsafeMutablePointer<CChar>) -> String {
        defer { GEOSFree_r(handle, pointer) }
        return String(cString: pointer)
    }

    func wktReader() throws -> OpaquePointer {
        if let r = cachedWKTReader { return r }
        let r = try call("GEOSWKTReader_create_r") { GEOSWKTReader_create_r($0) }
        cachedWKTReader = r
        return r
    }

    func wktWriter() throws -> OpaquePointer {
        if let w = cachedWKTWriter { return w }
        let w = try call("GEOSWKTWriter_create_r") { GEOSWKTWriter_create_r($0) }
        cachedWKTWriter = w
        return w
    }

    func wkbReader() throws -> OpaquePointer {
        if let r = cachedWKBReader { return r }
        let r = try call("GEOSWKBReader_create_r") { GEOSWKBReader_create_r($0) }
        cachedWKBReader = r
        return r
    }

    func wkbWriter() throws -> OpaquePointer {
        if let w = cachedWKBWriter { return w }
        let w = try call("GEOSWKBWriter_create_r") { GEOSWKBWriter_create_r($0) }
        cachedWKBWriter = w
        return w
    }
}
