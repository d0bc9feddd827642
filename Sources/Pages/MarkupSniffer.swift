/// Tells a web page from an RSS or Atom feed by its first bytes, for inputs whose name does not say.
public enum MarkupSniffer {
    public enum Kind: Sendable, Equatable { case html, feed, neither }

    /// Looks at the first 2 KiB: `<rss`, `<feed` or `<rdf:RDF` before any `<html` is a feed; a doctype or an
    /// `html`, `head` or `body` tag is a page.
    public static func kind(_ bytes: UnsafeBufferPointer<UInt8>) -> Kind {
        let end = min(bytes.count, 2048)
        var lowered = [UInt8](repeating: 0, count: end)
        for i in 0..<end { let b = bytes[i]; lowered[i] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
        func find(_ marker: String) -> Int? {
            let m = Array(marker.utf8)
            guard m.count <= end else { return nil }
            for i in 0...(end - m.count) where lowered[i] == m[0] && Array(lowered[i..<(i + m.count)]) == m { return i }
            return nil
        }
        let feed = [find("<rss"), find("<feed"), find("<rdf:rdf")].compactMap { $0 }.min()
        let page = [find("<!doctype html"), find("<html"), find("<head"), find("<body")].compactMap { $0 }.min()
        switch (feed, page) {
        case let (f?, p?): return f < p ? .feed : .html
        case (_?, nil): return .feed
        case (nil, _?): return .html
        default: return .neither
        }
    }

    public static func kind(_ bytes: [UInt8]) -> Kind {
        bytes.withUnsafeBufferPointer { kind($0) }
    }
}
