import CPROJ

/// One `PJ` transformation and the context it was created in, both owned and destroyed together.
///
/// Not `Sendable`: a PROJ context and its objects belong to one thread at a time.
final class ProjectionTransformer {
    private let context: OpaquePointer
    private let pj: OpaquePointer
    /// Set when the context is shared with other transformers (and destroyed by its owner, not here).
    private let sharedContext: ProjectionContext?

    /// Creates `source` -> `target` with networking disabled and axis order normalised to x = longitude/east.
    init(source: String, target: String) throws {
        guard let context = proj_context_create() else {
            throw ProjectionError(message: "proj_context_create failed")
        }
        // No grid downloads behind the user's back: a local projection needs none.
        proj_context_set_enable_network(context, 0)
        guard let raw = proj_create_crs_to_crs(context, source, target, nil) else {
            let error = Self.errorText(context: context, code: proj_context_errno(context))
            proj_context_destroy(context)
            throw ProjectionError(message: "cannot create \(source) -> \(target): \(error)")
        }
        // EPSG:4326 is latitude-first; normalising makes it longitude-first like GEOS and GeoJSON.
        let normalized = proj_normalize_for_visualization(context, raw)
        proj_destroy(raw)
        guard let normalized else {
            let error = Self.errorText(context: context, code: proj_context_errno(context))
            proj_context_destroy(context)
            throw ProjectionError(message: "cannot normalise axis order of \(source) -> \(target): \(error)")
        }
        self.context = context
        pj = normalized
        sharedContext = nil
    }

    /// A transformation given as a PROJ string (`+proj=pipeline ...`), x = longitude/east in and out, made in
    /// a context shared with the caller's other transformers (a context costs file look-ups to set up).
    init(pipeline: String, context shared: ProjectionContext) throws {
        guard let pj = proj_create(shared.handle, pipeline) else {
            throw ProjectionError(message: "cannot create \(pipeline): "
                + Self.errorText(context: shared.handle, code: proj_context_errno(shared.handle)))
        }
        context = shared.handle
        self.pj = pj
        sharedContext = shared
    }

    deinit {
        proj_destroy(pj)
        if sharedContext == nil { proj_context_destroy(context) }
    }

    /// Transforms one x/y pair; HUGE_VAL output or a PROJ errno becomes a `ProjectionError`.
    func transform(x: Double, y: Double, inverse: Bool) throws -> (x: Double, y: Double) {
        guard let result = transformOrNil(x: x, y: y, inverse: inverse) else {
            throw ProjectionError(message: "cannot \(inverse ? "inverse-" : "")project (\(x), \(y)): \(lastErrorText())")
        }
        return result
    }

    /// The transform, or nil on failure (errno left set for the caller to read).
    func transformOrNil(x: Double, y: Double, inverse: Bool) -> (x: Double, y: Double)? {
        guard x.isFinite, y.isFinite else { return nil }
        proj_errno_reset(pj)
        let output = proj_trans(pj, inverse ? PJ_INV : PJ_FWD, proj_coord(x, y, 0, 0))
        let (ox, oy) = (output.xy.x, output.xy.y)
        // PROJ signals failure with HUGE_VAL (infinity) coordinates and/or a non-zero errno.
        guard proj_errno(pj) == 0, ox.isFinite, oy.isFinite else { return nil }
        return (ox, oy)
    }

    /// The error text for the last failure, for callers of `transformOrNil`.
    func lastErrorText() -> String {
        let code = proj_errno(pj)
        proj_errno_reset(pj)
        return code != 0 ? Self.errorText(context: context, code: code) : "result is not finite"
    }

    private static func errorText(context: OpaquePointer, code: Int32) -> String {
        guard let text = proj_context_errno_string(context, code) else { return "PROJ error \(code)" }
        return String(cString: text)
    }
}
