import CPROJ

/// A PROJ context (networking disabled) shared by many projections made on one thread; each projection keeps
/// it alive. Not `Sendable`: a PROJ context belongs to one thread at a time.
public final class ProjectionContext {
    let handle: OpaquePointer

    public init() throws {
        guard let handle = proj_context_create() else { throw ProjectionError(message: "proj_context_create failed") }
        proj_context_set_enable_network(handle, 0)
        self.handle = handle
    }

    deinit {
        proj_context_destroy(handle)
    }
}
