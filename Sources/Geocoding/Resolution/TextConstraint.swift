import Gazetteer

/// Where the text itself says one of its names lies: inside a unit it names beside it ("Boni (cercle de
/// Douentza)", "Tagou (Fada Ngourma, Gourma)", "Sandaré, dans le cercle de Nioro"), in a country it names so
/// ("Koro (Burkina Faso)"), or within a distance of another place ("Doro (50 km de Gao)": within about 80 km).
/// The strongest evidence a text gives: a candidate outside every constraint is never chosen while one inside
/// exists, and looser spellings are tried only inside.
struct TextConstraint: Sendable {
    enum Kind: Sendable {
        /// An admin unit named beside the place.
        case unit
        /// A country named beside the place.
        case country
        /// "à 30 km de X": within the distance (plus a margin) of X.
        case anchor
    }

    let kind: Kind
    /// The span naming the unit, the country or the anchor.
    let span: Int
    /// The unit's normalised name, as the gazetteer's admin names are compared.
    let key: String
    /// The first pass's answer for that span: the unit's main town or region, the country, the anchor.
    let place: IndexedPlace
    /// How far from `place` a candidate may lie when the gazetteer cannot say which unit it is in (for a unit),
    /// or at all (for an anchor).
    let radiusKm: Double
    /// Whether the gazetteer files settlements under this unit's name: then it alone says what is inside.
    var isKnownUnit = false
    /// A cercle or a commune ("cercle de Kayes", the first of "(Kayes, Kayes)"): where the gazetteer gives a
    /// place's cercle and commune, only those count, not a region of the same name.
    var isLocalUnit = false

    /// Whether a candidate lies inside: by the gazetteer's admin names (and region polygons) when it knows the
    /// unit, else by distance to the unit's main town.
    func admits(_ candidate: IndexedPlace) -> Bool {
        switch kind {
        case .country:
            return candidate.country == place.country
        case .anchor:
            return Haversine.km(candidate.latitude, candidate.longitude, place.latitude, place.longitude) <= radiusKm
        case .unit:
            if isLocalUnit, candidate.admin2Key != nil {
                if candidate.admin2Key == key || candidate.admin3Key == key { return true }
            } else if candidate.adminKeys.contains(key) {
                return true
            }
            guard !isKnownUnit, place.kind == .settlement, candidate.country == place.country else { return false }
            return Haversine.km(candidate.latitude, candidate.longitude, place.latitude, place.longitude) <= radiusKm
        }
    }

    /// "inside \"Douentza\"", "within 65 km of Gao": for explanations.
    var label: String {
        switch kind {
        case .unit: "inside \"\(place.kind == .region ? place.name : key)\""
        case .country: "in \(place.country)"
        case .anchor: "within \(Int(radiusKm.rounded())) km of \(place.name)"
        }
    }

    /// How far "près de X", "near X" reaches in the region's press: the villages of X's cercle ("Boni, près de
    /// Douentza" is 90 km off). Loose, but it keeps out a namesake in another region or country.
    static let nearbyKm = 120.0

    /// How far from the anchor a place said to be `km` away may lie: the press rounds distances and often gives
    /// them by road, which runs about a third longer than the straight line; 15 km more for the rounding.
    static func anchorRadiusKm(_ km: Double) -> Double { km * 1.3 + 15 }

    /// How far a place may be from the main town of a unit of this kind, by the cue before the unit's name:
    /// communes are tens of kilometres across, cercles, provinces and departments up to about two hundred.
    static func unitRadiusKm(cue: String?, positionInList: Int, listLength: Int) -> Double {
        let cue = cue?.lowercased() ?? ""
        if cue.hasPrefix("commune") { return 40 }
        if cue.hasPrefix("région") || cue.hasPrefix("region") { return 250 }
        if !cue.isEmpty { return 120 }
        // "(Foutouri, Komandjari)": the first of a list is the smallest unit; a unit alone may be a cercle.
        return listLength > 1 && positionInList == 0 ? 60 : 120
    }
}

/// Reads the constraints of every name from the spans around it, once the first pass has placed them.
struct TextConstraintReader {
    let spans: [NameSpan]
    let context: TokenContext
    /// The first pass's answer per span.
    let firstPass: [Int: IndexedPlace]
    let areas: SettlementAreas

    func constraints(of k: Int) -> [TextConstraint] {
        var found: [TextConstraint] = []
        let span = spans[k]
        let next = span.tokens.upperBound
        // "Tagou (Fada Ngourma, Gourma)", "Doro (50 km de Gao)": the parenthesised group opening right after.
        if next < context.count, context.tokens[next].text == "(", let group = context.parentheses[next] {
            // Spans are in text order: the group's members follow this one (past a hyphenated word's other half).
            let members = ((k + 1)..<spans.count).drop { spans[$0].tokens.lowerBound < next }
                .prefix { spans[$0].parentheses == group }.map { $0 }
            if let first = members.first, let phrase = spans[first].relative, let km = phrase.distanceKm,
               phrase.startToken == next + 1 {
                found += anchor(first, radiusKm: TextConstraint.anchorRadiusKm(km))
            } else if isAdminList(group: group, opening: next, members: members) {
                // Items are counted by their commas: a unit the gazetteer lacks still holds its place in the list.
                let commas = (next..<context.count).prefix { context.parentheses[$0] == group }
                    .filter { context.tokens[$0].text == "," }
                for j in members {
                    let position = commas.count { $0 < spans[j].tokens.lowerBound }
                    found += unit(j, positionInList: position, listLength: commas.count + 1)
                }
            }
        }
        // The next name after this one (a hyphenated word's other half shares its tokens).
        guard let j = ((k + 1)..<spans.count).first(where: { spans[$0].tokens.lowerBound >= next }) else { return found }
        // "Sandaré, dans le cercle de Nioro", "Boni, cercle de Douentza", "X, in the commune of Y".
        if spans[j].sentence == span.sentence, let cueStart = spans[j].cueStart, let cueText = spans[j].cueText,
           Self.unitCues.contains(where: { cueText.lowercased().hasPrefix($0) }),
           appositionGap(next..<cueStart) {
            found += unit(j, positionInList: 0, listLength: 1)
        }
        if spans[j].sentence == span.sentence, spans[j].parentheses == span.parentheses {
            // "Intadouft, à 40 km à l'est de Ménaka", "X, some 30 km from Y".
            if let phrase = spans[j].relative, let km = phrase.distanceKm,
               phrase.startToken == next || appositionGap(next..<phrase.startToken) {
                found += anchor(j, radiusKm: TextConstraint.anchorRadiusKm(km))
            }
            // "Kongodjan, near Larabin", "Diengo, en périphérie de Gao": a village by a known town.
            if spans[j].relative == nil, spans[j].cue == .proximity, let cueStart = spans[j].cueStart,
               cueStart == next || appositionGap(next..<cueStart) {
                found += anchor(j, radiusKm: TextConstraint.nearbyKm)
            }
        }
        return found
    }

    private func unit(_ j: Int, positionInList: Int, listLength: Int) -> [TextConstraint] {
        guard let place = firstPass[j] else { return [] }
        if place.kind == .country {
            return [TextConstraint(kind: .country, span: j, key: spans[j].key, place: place, radiusKm: 0)]
        }
        let radius = TextConstraint.unitRadiusKm(cue: spans[j].cueText, positionInList: positionInList,
                                                 listLength: listLength)
        let cue = spans[j].cueText?.lowercased() ?? ""
        let isLocal = Self.localUnitCues.contains { cue.hasPrefix($0) } || (cue.isEmpty && listLength > 1 && positionInList == 0)
        return [TextConstraint(kind: .unit, span: j, key: spans[j].key, place: place, radiusKm: radius,
                               isKnownUnit: areas.knowsUnit(spans[j].key), isLocalUnit: isLocal)]
    }

    private func anchor(_ j: Int, radiusKm: Double) -> [TextConstraint] {
        // (A distance of thousands of kilometres is no constraint on a place in the Sahel.)
        guard let place = firstPass[j], place.kind != .country, radiusKm > 0, radiusKm < 2_000 else { return [] }
        return [TextConstraint(kind: .anchor, span: j, key: spans[j].key, place: place, radiusKm: radiusKm)]
    }

    /// A group holding only names, commas and unit words: "(Douentza, Mopti)", "(cercle de Bourem, région de
    /// Gao)", "(Ménaka Region)". "(frontière du Burkina)" or "(entre Gossi et Gao)" say something else.
    private func isAdminList(group: Int, opening: Int, members: [Int]) -> Bool {
        guard !members.isEmpty else { return false }
        let named = Set(members.flatMap { Array(spans[$0].tokens) })
        var p = opening + 1
        while p < context.count, context.parentheses[p] == group {
            let form = context.cueForms[p]
            if form == ")" { return true }
            // (A capitalised word the gazetteer does not know may be a unit it lacks: "(Foutouri, Komandjari)".)
            if !named.contains(p), form != ",", !Self.unitWords.contains(form),
               !(context.isWord(p) && context.tokens[p].isCapitalized) { return false }
            p += 1
        }
        return true
    }

    /// Only a comma and "dans le", "in the" between a name and the unit or offset that follows it.
    private func appositionGap(_ gap: Range<Int>) -> Bool {
        guard gap.count >= 1, gap.count <= 4 else { return false }
        return gap.allSatisfy { Self.appositionWords.contains(context.cueForms[$0]) }
            && context.tokens[gap.lowerBound].text == ","
    }

    static let localUnitCues = ["cercle", "circle", "commune", "district"]
    /// The unit cues, with the English "department" the apposition rule reads too.
    static let unitCues = PlaceCueLexicon.unitWords + ["department"]
    /// Words a list of units may hold besides the names: "cercle de", "région de", "Region", "province of".
    static let unitWords: Set<String> = ["cercle", "commune", "région", "region", "province", "département",
                                         "department", "préfecture", "district", "circle", "de", "d'", "du",
                                         "of", "the", "la", "le", "et", "and", "dans", "in"]
    static let appositionWords: Set<String> = [",", "dans", "la", "le", "l'", "du", "en", "in", "the", "située",
                                               "situé", "situated", "located", "soit", "some", "about"]
}
