/// A validation failure on its way out of the decoder. Each level it passes through adds its
/// own path step, so paths cost nothing unless something fails.
struct LocatedFailure: Error {
    /// Path steps, innermost first.
    var reversedPath: [JSONPathComponent] = []
    let message: String

    init(_ message: String) {
        self.message = message
    }

    /// This failure, one level further out: `component` is the step that led to it.
    func at(_ component: JSONPathComponent) -> LocatedFailure {
        var located = self
        located.reversedPath.append(component)
        return located
    }

    var path: String { JSONPathComponent.render(reversedPath.reversed()) }

    func error(file: String?) -> GeoJSONError {
        GeoJSONError(file: file, path: path, message: message)
    }
}

/// Runs `body`, adding `component` to the path of any failure it throws.
@inline(__always)
func within<T>(_ component: JSONPathComponent, _ body: () throws(LocatedFailure) -> T) throws(LocatedFailure) -> T {
    do {
        return try body()
    } catch {
        throw error.at(component)
    }
}
