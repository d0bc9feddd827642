/// What the legend explains: the colours of the event types on the map and the circle sizes.
public struct MapLegend: Sendable, Equatable {
    public struct Swatch: Sendable, Equatable {
        public let label: String
        public let color: String
        public let count: Int
    }

    public struct SizeSample: Sendable, Equatable {
        public let killed: Int
        public let radius: Double
        public var label: String { killed == 1 ? "1 killed" : "\(killed) killed" }
    }

    /// Every ACLED type (so the legend reads the same from map to map) with its count; "Other" only if present.
    public let swatches: [Swatch]
    public let sizes: [SizeSample]
    /// Says what the smallest circle means.
    public let sizeNote: String

    public init(incidents: [IncidentMark]) {
        var counts = [Int](repeating: 0, count: EventPalette.entries.count + 1)
        var maxKilled = 0
        for incident in incidents {
            counts[EventPalette.index(of: incident.eventType)] += 1
            maxKilled = max(maxKilled, incident.killed ?? 0)
        }
        var swatches = EventPalette.entries.enumerated().map { Swatch(label: $1.eventType, color: $1.color, count: counts[$0]) }
        if counts[EventPalette.entries.count] > 0 {
            swatches.append(Swatch(label: EventPalette.other.eventType, color: EventPalette.other.color,
                                   count: counts[EventPalette.entries.count]))
        }
        self.swatches = swatches
        sizes = MarkerScale.legendSamples(maxKilled: maxKilled).map { SizeSample(killed: $0, radius: MarkerScale.radius(killed: $0)) }
        sizeNote = "Circle area grows with the number killed; the smallest circle means none or not reported."
    }
}
