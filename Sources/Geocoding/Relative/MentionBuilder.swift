import Foundation
import Spatial
import Gazetteer

/// Turns resolved names into output mentions: applies relative phrases (offsets, "près de", "entre X et Y",
/// "l'axe X-Y"), marks admin hints and anchors, and explains each answer.
struct MentionBuilder {
    let context: TokenContext
    let resolved: [ResolvedSpan]
    let relativePoint: Geocoder.RelativePoint
    /// Where the names that served as a unit constraint start: hints, whatever the gazetteer's admin names say.
    var unitHintStarts: Set<Int> = []

    func build() -> [PlaceMention] {
        var mentions: [PlaceMention] = []
        var roles = [PlaceMention.Role](repeating: .place, count: resolved.count)
        var between: [PlaceMention] = []

        for pair in betweenPairs() {
            roles[pair.first] = .anchor
            roles[pair.second] = .anchor
            between.append(midpoint(pair))
        }
        for k in resolved.indices where roles[k] == .place && isAdminHint(k) {
            roles[k] = .adminHint
        }
        for (k, item) in resolved.enumerated() {
            let span = item.span
            let place = item.place
            let score = (span.recognition * item.confidence * 1000).rounded() / 1000
            var reasons = item.reasons
            if let cueText = span.cueText, span.cue != .region, span.cue != .district {
                reasons.insert("after \"\(cueText)\"", at: 0)
            }
            if let nearMiss = span.nearMiss {
                reasons.insert("spelling \(nearMiss.distance) edit\(nearMiss.distance == 1 ? "" : "s") from \"\(nearMiss.key)\"", at: 0)
            }
            let precision: Int? = switch place.kind {
            case .country: nil
            case .region: 3
            case .settlement: span.cue == .proximity || span.cue == .district ? 2 : 1
            }
            // "au nord du Burkina Faso" is a part of the country, not a point north of it.
            if roles[k] == .place, place.kind != .country,
               let phrase = span.relative {
                mentions.append(offset(item, phrase: phrase, score: score, reasons: reasons))
                continue
            }
            if item.isFallback {
                mentions.append(codedToUnit(item, score: score, reasons: reasons))
                continue
            }
            let relative = span.cue == .proximity ? RelativeLocation(
                phrase: span.cueText ?? "", anchors: [anchor(place)], offsetKm: nil, bearing: nil, uncertaintyKm: nil) : nil
            mentions.append(PlaceMention(
                surface: span.surface, start: span.start, end: span.end, name: place.name,
                latitude: place.latitude, longitude: place.longitude, country: place.country, admin1: place.admin1,
                admin2: place.admin2, feature: place.feature, precision: precision, score: score,
                gazetteerID: place.gazetteerID, role: roles[k], cue: span.cue, aside: isAside(span), relative: relative,
                reasons: reasons))
        }
        mentions.append(contentsOf: between)
        return mentions.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
    }

    // MARK: - Relative phrases

    /// "à 40 km à l'est de Ménaka": the offset point when distance and direction are given, else the anchor.
    private func offset(_ item: ResolvedSpan, phrase: RelativePhrase, score: Double, reasons: [String]) -> PlaceMention {
        let place = item.place
        let start = context.tokens[phrase.startToken].start
        var latitude = place.latitude, longitude = place.longitude
        if relativePoint == .offset, let distance = phrase.distanceKm, let bearing = phrase.bearing,
           let origin = try? GeoPoint(latitude: place.latitude, longitude: place.longitude) {
            let point = Geodesic.wgs84.direct(from: origin, azimuth: bearing, distance: distance * 1000)
            latitude = point.latitude
            longitude = point.longitude
        }
        var name = place.name
        let direction = phrase.bearing.map { " " + CompassDirection.name(forAzimuth: $0) } ?? ""
        if let distance = phrase.distanceKm {
            name = "\(Self.kilometres(distance)) km\(direction.isEmpty ? " from" : direction + " of") \(place.name)"
        } else if !direction.isEmpty {
            name = "\(direction.dropFirst()) of \(place.name)"
        }
        let phraseText = context.text(start, item.span.end)
        return PlaceMention(
            surface: item.span.surface, start: item.span.start, end: item.span.end, name: name,
            latitude: latitude, longitude: longitude, country: place.country, admin1: place.admin1,
            admin2: place.admin2, feature: "relative", precision: place.kind == .region ? 3 : 2, score: score,
            gazetteerID: nil, role: .place, cue: item.span.cue, aside: isAside(item.span),
            relative: RelativeLocation(phrase: phraseText, anchors: [anchor(place)], offsetKm: phrase.distanceKm,
                                       bearing: phrase.bearing,
                                       uncertaintyKm: phrase.bearing == nil ? phrase.distanceKm : nil),
            reasons: ["relative phrase \"\(phraseText)\""] + reasons)
    }

    /// A place the gazetteer lacks, coded as ACLED codes it: under its own name, at the main town of the unit
    /// the text puts it in (precision 2; 3 for a region), with that town as its anchor.
    private func codedToUnit(_ item: ResolvedSpan, score: Double, reasons: [String]) -> PlaceMention {
        let unit = item.place
        let span = item.span
        return PlaceMention(
            surface: span.surface, start: span.start, end: span.end, name: span.surface,
            latitude: unit.latitude, longitude: unit.longitude, country: unit.country, admin1: unit.admin1,
            admin2: unit.admin2, feature: "relative", precision: unit.kind == .region ? 3 : 2, score: score,
            gazetteerID: nil, role: .place, cue: span.cue, aside: isAside(span),
            relative: RelativeLocation(phrase: span.surface, anchors: [anchor(unit)], offsetKm: nil, bearing: nil,
                                       uncertaintyKm: nil),
            reasons: reasons)
    }

    /// Pairs of names joined as "entre X et Y", "between X and Y", or "l'axe X-Y" / "route Gossi-Gao".
    private func betweenPairs() -> [(first: Int, second: Int, phraseStart: Int)] {
        var pairs: [(Int, Int, Int)] = []
        for k in resolved.indices.dropLast() {
            let a = resolved[k].span, b = resolved[k + 1].span
            guard a.sentence == b.sentence, settlementLike(k), settlementLike(k + 1) else { continue }
            if a.tokens == b.tokens {
                // Two halves of one hyphenated word: a road when introduced as one, else still the stretch between.
                pairs.append((k, k + 1, axisStart(before: a.tokens.lowerBound) ?? a.tokens.lowerBound))
                continue
            }
            let joiner = a.tokens.upperBound
            guard joiner < context.count, Self.joiners.contains(context.cueForms[joiner]),
                  b.tokens.lowerBound - joiner <= 4 else { continue }
            if let start = introducer(of: a)
                ?? axisStart(before: a.tokens.lowerBound) {
                pairs.append((k, k + 1, start))
            }
        }
        return pairs
    }

    private func settlementLike(_ k: Int) -> Bool { resolved[k].place.kind == .settlement }

    /// The token of "entre"/"between" at most four words before the first name ("entre les localités de X").
    private func introducer(of span: NameSpan) -> Int? {
        let lower = max(0, span.tokens.lowerBound - 5)
        for p in stride(from: span.tokens.lowerBound - 1, through: lower, by: -1) {
            if context.cueForms[p] == "entre" || context.cueForms[p] == "between" { return p }
            if context.tokens[p].kind == .punctuation { return nil }
        }
        return nil
    }

    /// "l'axe", "la route", "le tronçon", "road", "axis" just before.
    private func axisStart(before first: Int) -> Int? {
        for p in stride(from: first - 1, through: max(0, first - 2), by: -1) where Self.roadWords.contains(context.cueForms[p]) {
            return p > 0 && ["l'", "la", "le", "the"].contains(context.cueForms[p - 1]) ? p - 1 : p
        }
        return nil
    }

    private func midpoint(_ pair: (first: Int, second: Int, phraseStart: Int)) -> PlaceMention {
        let a = resolved[pair.first], b = resolved[pair.second]
        var latitude = (a.place.latitude + b.place.latitude) / 2
        var longitude = (a.place.longitude + b.place.longitude) / 2
        var half = Haversine.km(a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude) / 2
        if let p = try? GeoPoint(latitude: a.place.latitude, longitude: a.place.longitude),
           let q = try? GeoPoint(latitude: b.place.latitude, longitude: b.place.longitude) {
            let line = Geodesic.wgs84.inverse(from: p, to: q)
            let middle = Geodesic.wgs84.direct(from: p, azimuth: line.initialAzimuth, distance: line.distance / 2)
            latitude = middle.latitude
            longitude = middle.longitude
            half = line.distance / 2000
        }
        let start = context.tokens[pair.phraseStart].start
        let end = b.span.end
        let phrase = context.text(start, end)
        let score = (min(a.span.recognition, b.span.recognition) * min(a.confidence, b.confidence) * 1000).rounded() / 1000
        return PlaceMention(
            surface: phrase, start: start, end: end, name: "between \(a.place.name) and \(b.place.name)",
            latitude: latitude, longitude: longitude, country: a.place.country,
            admin1: a.place.admin1 == b.place.admin1 ? a.place.admin1 : nil,
            admin2: a.place.admin2 == b.place.admin2 ? a.place.admin2 : nil,
            feature: "relative", precision: 2, score: score, gazetteerID: nil, role: .place, cue: nil, aside: isAside(a.span),
            relative: RelativeLocation(phrase: phrase, anchors: [anchor(a.place), anchor(b.place)],
                                       offsetKm: (half * 10).rounded() / 10, bearing: nil, uncertaintyKm: (half * 10).rounded() / 10),
            reasons: ["midpoint of \"\(phrase)\"", "uncertainty \(Int(half.rounded())) km"])
    }

    /// A name in parentheses right after another name whose answer lies in the unit it names:
    /// "Boni (Douentza)", "Diafarabé (Ténenkou, Mopti)".
    private func isAdminHint(_ k: Int) -> Bool {
        let span = resolved[k].span
        if unitHintStarts.contains(span.start) || isUnitInApposition(k) { return true }
        if span.cue == .district || span.cue == .region {
            // "Boni, cercle de Douentza": a unit named just after another name.
            return resolved[..<k].reversed().prefix { $0.span.sentence == span.sentence }.contains { other in
                other.place.adminKeys.contains(span.key)
            }
        }
        guard let group = span.parentheses,
              span.relative == nil else { return false }
        return resolved[..<k].reversed().prefix { $0.span.sentence == span.sentence }.contains { other in
            other.span.parentheses != group && other.span.sentence == span.sentence
                && other.place.adminKeys.contains(span.key)
        }
    }

    /// "Le poste de Sandaré, dans le cercle de Nioro du Sahel", "le hameau d'Igueressouane, dans la commune
    /// d'Anderamboukane": a unit (cercle, commune, province, région) named right after a settlement, in
    /// apposition, says where that settlement is; it is not a second place. The settlement must lie in it: the
    /// gazetteer's admin names say so, or, where they are missing, the unit's main town is near.
    private func isUnitInApposition(_ k: Int) -> Bool {
        let span = resolved[k].span
        guard let cueStart = span.cueStart, let cueText = span.cueText,
              let unit = PlaceCueLexicon.unitWords.first(where: { cueText.lowercased().hasPrefix($0) }),
              k > 0 else { return false }
        let previous = resolved[k - 1]
        guard previous.span.sentence == span.sentence, previous.place.kind == .settlement,
              previous.span.relative == nil else { return false }
        // Only a comma and "dans la", "in the" between the settlement and the unit's cue.
        let gap = previous.span.tokens.upperBound..<cueStart
        guard gap.count <= 4, gap.allSatisfy({ Self.appositionWords.contains(context.cueForms[$0]) }),
              gap.contains(where: { context.tokens[$0].text == "," }) else { return false }
        let unitKey = NameNormalizer.normalize(resolved[k].place.name)
        if previous.place.adminKeys.contains(span.key) || previous.place.adminKeys.contains(unitKey) { return true }
        let km = Haversine.km(previous.place.latitude, previous.place.longitude,
                              resolved[k].place.latitude, resolved[k].place.longitude)
        return km <= (unit == "région" || unit == "region" || unit == "province" ? 300 : 80)
    }

    private static let appositionWords: Set<String> = [",", "dans", "la", "le", "l'", "du", "en", "in", "the"]

    /// Whether the span sits in a parenthesised group that opens right after another recognised name.
    private func isAside(_ span: NameSpan) -> Bool {
        guard let group = span.parentheses else { return false }
        // Only names of the same sentence can open the parenthesis.
        return resolved.lazy.filter { $0.span.sentence == span.sentence }.contains { other in
            let next = other.span.tokens.upperBound
            return other.span.parentheses != group && next < context.count && context.tokens[next].text == "("
                && context.parentheses[next] == group
        }
    }

    private func anchor(_ place: IndexedPlace) -> RelativeLocation.Anchor {
        .init(name: place.name, latitude: place.latitude, longitude: place.longitude, gazetteerID: place.gazetteerID)
    }

    static let joiners: Set<String> = ["et", "and", "-", "à"]
    static let roadWords: Set<String> = ["axe", "route", "tronçon", "piste", "road", "axis", "highway"]

    static func kilometres(_ km: Double) -> String {
        // (Int(km) traps beyond Int's range: only whole numbers of a sane size are printed as integers.)
        km == km.rounded() && abs(km) < 1e15 ? String(Int(km)) : String(km)
    }
}
