extension GazetteerStore {
    /// What follows an import of places, in order: the team's press spellings attached again (re-importing a
    /// source replaces its places' names, curated ones included, and an alias-only place moves onto the place
    /// a new source brings), the capitals rebuilt, and the capitals moved to the team's reference points (a
    /// re-imported source brings back its own point).
    /// - Returns: the summaries of the tables applied (none for a nil path).
    @discardableResult
    public func applyCuratedTables(aliases: String?, capitalPoints: String?) throws -> [ImportSummary] {
        var summaries: [ImportSummary] = []
        if let aliases { summaries.append(try importAliases(aliases)) }
        try rebuildCapitals()
        if let capitalPoints { summaries.append(try importCapitalPoints(capitalPoints)) }
        return summaries
    }
}
