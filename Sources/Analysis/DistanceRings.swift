import Foundation

/// Concentric distance bands around a capital ("within 50 km, within 100 km, ...").
public struct DistanceRings: Sendable, Equatable {
    /// Radii in kilometres, ascending, distinct, positive.
    public let radiiKilometres: [Double]

    public struct InvalidRadii: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The widest ring, in km.
    public static let maximumKilometres = 20_000.0

    public init(kilometres radii: [Double]) throws(InvalidRadii) {
        guard !radii.isEmpty else { throw InvalidRadii(description: "give at least one ring radius") }
        for r in radii where !(r.isFinite && r > 0) {
            throw InvalidRadii(description: "ring radius \(r) km is not a positive distance")
        }
        // A ring wider than half the Earth's circumference goes round it: no longer a distance from one point.
        for r in radii where r > Self.maximumKilometres {
            throw InvalidRadii(description: "ring radius \(r) km is more than \(Int(Self.maximumKilometres)) km, half the Earth's circumference")
        }
        let sorted = Array(Set(radii)).sorted()
        guard sorted.count == radii.count else {
            throw InvalidRadii(description: "ring radii repeat a value: \(radii)")
        }
        radiiKilometres = sorted
    }

    /// Parses "50,100,200" (kilometres).
    public init(parsing text: String) throws(InvalidRadii) {
        var radii: [Double] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let r = Double(trimmed) else {
                throw InvalidRadii(description: "'\(trimmed)' in '\(text)' is not a radius in km")
            }
            radii.append(r)
        }
        try self.init(kilometres: radii)
    }

    /// The index of the smallest ring whose radius reaches `metres` (compared unrounded, so a point 50.0004 km
    /// away is outside the 50 km ring), or nil beyond the largest.
    @inlinable
    public func ringIndex(forDistance metres: Double) -> Int? {
        for (i, r) in radiiKilometres.enumerated() where metres <= r * 1000 { return i }
        return nil
    }
}
