import CGEOS

/// An error reported by GEOS (or by our own checks before a GEOS call).
///
/// `message` is GEOS's own text, e.g. `"ParseException: Expected word but encountered end of stream"`,
/// so users see exactly what the library said; `function` names the C function that failed.
public struct GEOSError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Broad category, derived from the prefix of GEOS's exception message.
    public enum Kind: Sendable, Equatable {
        case parse, topology, invalidArgument, invalidGeometry, invalidCoordinate, other
    }

    public let kind: Kind
    public let message: String
    public let function: String

    public init(kind: Kind, message: String, function: String) {
        self.kind = kind
        self.message = message
        self.function = function
    }

    /// Classifies a GEOS message by its exception-name prefix.
    init(geosMessage: String?, function: String) {
        let text = geosMessage ?? "\(function) failed without a message"
        self.init(kind: Self.kind(of: text), message: text, function: function)
    }

    static func kind(of message: String) -> Kind {
        if message.hasPrefix("ParseException") { return .parse }
        if message.hasPrefix("TopologyException") { return .topology }
        if message.hasPrefix("IllegalArgumentException") { return .invalidArgument }
        return .other
    }

    public var description: String { "\(function): \(message)" }
}
