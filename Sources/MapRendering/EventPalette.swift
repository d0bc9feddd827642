/// Colours of the six ACLED event types, in the codebook's order, plus one for anything else.
///
/// Picked to stay apart for the common colour-vision deficiencies (after Okabe and Ito) and to read on a
/// pale background; violence is warm, protests and riots cool, strategic developments neutral.
public enum EventPalette {
    public struct Entry: Sendable, Equatable {
        public let eventType: String
        public let color: String
    }

    public static let entries: [Entry] = [
        Entry(eventType: "Battles", color: "#d55e00"),
        Entry(eventType: "Explosions/Remote violence", color: "#e69f00"),
        Entry(eventType: "Violence against civilians", color: "#cc3377"),
        Entry(eventType: "Protests", color: "#0072b2"),
        Entry(eventType: "Riots", color: "#009e73"),
        Entry(eventType: "Strategic developments", color: "#6b6b6b"),
    ]

    /// For event types outside the codebook ("Unknown" when a feature had none).
    public static let other = Entry(eventType: "Other", color: "#222222")

    /// The index into `entries` of a type, or `entries.count` for "other".
    public static func index(of eventType: String) -> Int {
        entries.firstIndex { $0.eventType == eventType } ?? entries.count
    }

    public static func color(of eventType: String) -> String {
        let i = index(of: eventType)
        return i < entries.count ? entries[i].color : other.color
    }
}
