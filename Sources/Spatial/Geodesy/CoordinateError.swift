/// A latitude/longitude that is not a usable WGS 84 position, e.g. `"latitude 95.0 is outside -90...90"`.
public struct CoordinateError: Error, CustomStringConvertible, Equatable, Sendable {
    public let message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
