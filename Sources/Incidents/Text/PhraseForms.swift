/// Spelled-out inflections for word lists: "attaqué(e)(s)" stands for attaqué, attaquée, attaqués and
/// attaquées, so a lexicon lists a word once, as a dictionary would.
enum PhraseForms {
    /// Every spelling of `pattern`; each "(...)" group is optional, independently of the others.
    static func expand(_ pattern: String) -> [String] {
        var results = [""]
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "(") {
            let fixed = rest[rest.startIndex..<open]
            results = results.map { $0 + fixed }
            guard let close = rest[open...].firstIndex(of: ")") else {
                results = results.map { $0 + rest[open...] }
                return results
            }
            let optional = rest[rest.index(after: open)..<close]
            results = results.flatMap { [$0, $0 + optional] }
            rest = rest[rest.index(after: close)...]
        }
        return results.map { $0 + rest }
    }
}
