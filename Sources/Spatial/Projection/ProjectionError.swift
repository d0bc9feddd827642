/// A PROJ failure; `message` carries `proj_context_errno_string`'s text where PROJ gave one.
public struct ProjectionError: Error, CustomStringConvertible, Sendable {
    public let message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
