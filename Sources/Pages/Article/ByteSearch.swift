/// Substring search on UTF-8 bytes. `String.contains(_: String)` goes through Foundation's NSString on
/// Linux, which was a tenth of a page's reading time for these short, ASCII needles.
enum ByteSearch {
    static func contains<S: StringProtocol>(_ haystack: S, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        let h = haystack.utf8
        let count = h.count
        guard count >= n.count else { return false }
        var i = h.startIndex
        var remaining = count
        while remaining >= n.count {
            if h[i] == first {
                var j = h.index(after: i)
                var k = 1
                while k < n.count, h[j] == n[k] {
                    j = h.index(after: j)
                    k += 1
                }
                if k == n.count { return true }
            }
            i = h.index(after: i)
            remaining -= 1
        }
        return false
    }
}
