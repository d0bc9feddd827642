import Foundation
import Gazetteer
import Spatial
import Text

/// Finds and resolves the places of a document against an in-memory `PlaceIndex`.
///
/// Recognition, then evidence gathering (countries, admin hints), then two ranking passes: the first
/// without, the second with the other places of the text, so "Boni" lands near "Douentza" when both are
/// named. Relative phrases ("à 40 km à l'est de Ménaka", "entre Gossi et Gao") then move the point and lower
/// the precision. Pure and `Sendable`: one geocoder serves all threads.
public struct Geocoder: Sendable {
    /// Where "N km (direction) of X" is put: at the offset point (default; the anchor is kept beside it), or at
    /// X itself, as ACLED codes such reports ("coded to that town", precision 2).
    public enum RelativePoint: String, Sendable, CaseIterable {
        case offset, anchor
    }

    public let index: PlaceIndex
    public let relativePoint: RelativePoint

    public init(index: PlaceIndex, relativePoint: RelativePoint = .offset) {
        self.index = index
        self.relativePoint = relativePoint
    }

    /// Texts longer than this (in scalars) are geocoded in sections, so memory stays bounded by the section.
    public static let sectionLength = 100_000

    public func geocode(_ text: String, language: DocumentLanguage? = nil) -> GeocodedDocument {
        geocode(TextDocument(text: text), language: language)
    }

    /// The places of a document read once by the `Text` model: its tokens and sentences are the ones the
    /// incident readers use, and names in its web boilerplate (menus, "Lire aussi" lists, comments) are not read.
    public func geocode(_ document: TextDocument, language: DocumentLanguage? = nil) -> GeocodedDocument {
        let scalars = document.text.unicodeScalars
        guard document.scalars.count > Self.sectionLength else {
            let context = TokenContext(document: document)
            return geocodeSection(context, language: language
                ?? LanguageDetector.detect(lowercasedWords: context.cueForms.indices.lazy.filter { context.isWord($0) }
                    .map { context.cueForms[$0] }).language,
                isBoilerplate: { document.part(at: $0) == .boilerplate })
        }
        // A long document (a book, a merged feed): sections cut at a line or sentence end, offsets shifted back.
        let language = language ?? LanguageDetector.detect(String(String.UnicodeScalarView(scalars.prefix(20_000)))).language
        var mentions: [PlaceMention] = []
        var offset = 0
        var start = scalars.startIndex
        while start < scalars.endIndex {
            let end = Self.sectionEnd(scalars, from: start)
            let section = String(String.UnicodeScalarView(scalars[start..<end]))
            let length = section.unicodeScalars.count
            let shift = offset
            mentions += geocodeSection(TokenContext(text: section), language: language,
                                       isBoilerplate: { document.part(at: $0 + shift) == .boilerplate })
                .places.map { $0.shifted(by: shift) }
            offset += length
            start = end
        }
        return GeocodedDocument(language: language, places: mentions, focus: Self.focus(of: mentions))
    }

    /// Where the section starting at `start` ends: the last newline, else sentence end, within `sectionLength`.
    static func sectionEnd(_ scalars: String.UnicodeScalarView, from start: String.UnicodeScalarView.Index)
        -> String.UnicodeScalarView.Index {
        guard let limit = scalars.index(start, offsetBy: sectionLength, limitedBy: scalars.endIndex),
              limit < scalars.endIndex else { return scalars.endIndex }
        let window = scalars[start..<limit]
        if let newline = window.lastIndex(of: "\n"), scalars.distance(from: start, to: newline) > sectionLength / 2 {
            return scalars.index(after: newline)
        }
        if let stop = window.lastIndex(where: { $0 == "." || $0 == "!" || $0 == "?" }),
           scalars.distance(from: start, to: stop) > sectionLength / 2 {
            return scalars.index(after: stop)
        }
        return limit
    }

    private func geocodeSection(_ context: TokenContext, language: DocumentLanguage,
                                isBoilerplate: (Int) -> Bool) -> GeocodedDocument {
        let recognized = ToponymRecognizer(index: index, language: language).recognize(context)
        var spans = recognized.spans.filter { !isBoilerplate(context.tokens[$0.tokens.lowerBound].start) }
        for k in spans.indices { spans[k].relative = RelativePhraseReader.phrase(before: spans[k].tokens.lowerBound, context) }
        var evidence = gatherEvidence(spans, demonyms: recognized.demonymCountries, context)
        // A guessed spelling whose every candidate lies in a country the text gives no sign of is not that place
        // ("Anzourou" in a report on Tillabéri, Niger, is not the Danzourou of Côte d'Ivoire). (One that
        // contradicts the unit named beside it is left to the constraints below.)
        let otherCountries = evidence.countryWeights.filter { $0.value > 0 }
        let contradicted = spans.indices.filter { k in
            guard spans[k].nearMiss != nil, evidence.localHints[k] == nil, !otherCountries.isEmpty else { return false }
            return !spans[k].candidates.contains { otherCountries[index.places[Int($0)].country] != nil }
        }
        if !contradicted.isEmpty {
            spans = spans.enumerated().filter { !contradicted.contains($0.offset) }.map(\.element)
            evidence = gatherEvidence(spans, demonyms: recognized.demonymCountries, context)
        }

        // Pass 1 without coherence; its confident settlements become the reference points of pass 2.
        var ranker = CandidateRanker(index: index, evidence: evidence)
        var firstPassID: [Int: Int32] = [:]
        for (k, span) in spans.enumerated() {
            if let best = ranker.rank(span, spanIndex: k, withCoherence: false).first {
                let place = index.places[Int(best.place)]
                firstPassID[k] = best.place
                if place.kind != .country { evidence.chosenPoints[k] = (place.latitude, place.longitude) }
            }
        }
        // The text's own geography: units named beside a name, offsets from an anchor.
        let reader = TextConstraintReader(spans: spans, context: context,
                                          firstPass: firstPassID.mapValues { index.places[Int($0)] },
                                          areas: index.settlementAreas)
        var unitHints = Set<Int>()
        for k in spans.indices {
            let constraints = reader.constraints(of: k)
            if !constraints.isEmpty, apply(constraints, to: &spans[k]) {
                unitHints.formUnion(constraints.filter { $0.kind != .anchor }.map { spans[$0.span].start })
            }
            // Moved or unplaced: the first pass's point no longer stands for this name.
            if spans[k].fallback != nil || spans[k].candidates.isEmpty {
                evidence.chosenPoints[k] = nil
            } else if let id = firstPassID[k], !spans[k].candidates.contains(id),
                      let best = ranker.rank(spans[k], spanIndex: k, withCoherence: false).first {
                let place = index.places[Int(best.place)]
                evidence.chosenPoints[k] = place.kind == .country ? nil : (place.latitude, place.longitude)
            }
        }
        ranker = CandidateRanker(index: index, evidence: evidence)
        var resolved: [ResolvedSpan?] = spans.indices.map { k in
            let span = spans[k]
            let ranked = ranker.rank(span, spanIndex: k, withCoherence: spans.count > 1)
            guard span.fallback == nil, let best = ranked.first else { return nil }
            var reasons = ranker.reasons(for: best.place, span: span, spanIndex: k, withCoherence: spans.count > 1)
            if let note = span.constraintNote { reasons.insert(note, at: 0) }
            return ResolvedSpan(span: span, place: index.places[Int(best.place)], confidence: ranker.confidence(ranked),
                                reasons: reasons, isFallback: false)
        }
        // A name coded to its unit goes where the unit's own name was resolved, with the whole text in view.
        for (k, span) in spans.enumerated() {
            guard let fallback = span.fallback else { continue }
            let unit = resolved[fallback.span]?.place ?? fallback.place
            resolved[k] = ResolvedSpan(
                span: span, place: unit, confidence: 0.5,
                reasons: ["no \"\(span.surface)\" in the gazetteer \(fallback.label): coded to \(unit.name)"],
                isFallback: true)
        }
        let mentions = MentionBuilder(context: context, resolved: resolved.compactMap { $0 }, relativePoint: relativePoint,
                                      unitHintStarts: unitHints).build()
        return GeocodedDocument(language: language, places: mentions, focus: Self.focus(of: mentions))
    }

    // MARK: - Constraints

    /// Narrows a name's candidates to those inside the most constraints; when none is inside, tries looser
    /// spellings inside, then codes the name to the unit (a name only offset from an anchor stays unplaced).
    /// Returns whether the constraints decided the answer.
    private func apply(_ constraints: [TextConstraint], to span: inout NameSpan) -> Bool {
        let inside = span.candidates.map { id in satisfied(constraints, by: id) }
        let most = inside.max() ?? 0
        // A looser spelling is tried when the name as written is in no place inside every constraint: "Guesebine
        // (cercle de Kita, région de Kayes)" is the Guessebine of Kita before the Guédébiné elsewhere in Kayes.
        if most < constraints.count || span.triesLooserSpellingFirst,
           let looser = looserSpelling(of: span.key, inside: constraints),
           looser.satisfied > most || (span.triesLooserSpellingFirst && looser.satisfied >= most) {
            span.candidates = looser.matches.map(\.place)
            span.nearMiss = nil
            span.constraintNote = looser.note
            return true
        }
        if most > 0 {
            span.candidates = zip(span.candidates, inside).filter { $0.1 == most }.map(\.0)
            span.constraintNote = constraints.filter { c in span.candidates.contains { c.admits(index.places[Int($0)]) } }
                .map(\.label).joined(separator: ", ")
            return true
        }
        span.candidates = []
        span.nearMiss = nil
        // (Only a unit of the region: a world capital in parentheses is a dateline or a source, not a unit.)
        guard let unit = constraints.first(where: { $0.kind == .unit && index.regionCountries.contains($0.place.country) })
        else { return false }
        span.fallback = unit
        return true
    }

    private func satisfied(_ constraints: [TextConstraint], by id: Int32) -> Int {
        constraints.count { $0.admits(index.places[Int(id)]) }
    }

    /// The places inside a constraint (the most specific first) whose name is a looser spelling of `key`: the
    /// closest kind found, those inside the most constraints.
    private func looserSpelling(of key: String, inside constraints: [TextConstraint])
        -> (matches: [SpellingMatch], satisfied: Int, note: String)? {
        for constraint in constraints where constraint.kind != .country {
            let area = settlements(around: constraint)
            let matches = index.spellingMatches(of: key, inside: area.slots, countsAfterFilter: area.byRadius) {
                constraint.admits(index.places[Int($0)])
            }
            guard let best = matches.first else { continue }
            let closest = matches.prefix { $0.rank == best.rank }
            let counts = closest.map { satisfied(constraints, by: $0.place) }
            let most = counts.max() ?? 0
            let kept = zip(closest, counts).filter { $0.1 == most }.map(\.0)
            let names = Set(kept.map(\.name)).sorted().map { "\"\($0)\"" }.joined(separator: " or ")
            return (kept, most, "spelling \(best.label) of \(names) \(constraint.label)")
        }
        return nil
    }

    /// The settlements a constraint may admit: the unit's, or those of the grid cells around its town or anchor.
    private func settlements(around constraint: TextConstraint) -> (slots: [Int32], byRadius: Bool) {
        let areas = index.settlementAreas
        let byRadius = constraint.kind == .anchor || (constraint.place.kind == .settlement && !constraint.isKnownUnit)
        let around = byRadius ? areas.settlements(around: constraint.place.latitude, constraint.place.longitude,
                                                  km: constraint.radiusKm) : []
        guard constraint.kind == .unit else { return (around, byRadius) }
        let unit = areas.settlements(inUnit: constraint.key)
        return (around.isEmpty ? unit : unit + around, byRadius)
    }

    // MARK: - Evidence

    private func gatherEvidence(_ spans: [NameSpan], demonyms: [String], _ context: TokenContext) -> DocumentEvidence {
        var evidence = DocumentEvidence()
        evidence.spanKeys = spans.map(\.key)
        for country in demonyms { evidence.countryWeights[country, default: 0] += 2 }
        for (k, span) in spans.enumerated() {
            let places = span.candidates.map { index.places[Int($0)] }
            if span.cue != .settlement, let country = places.first(where: { $0.kind == .country }) {
                evidence.countryWeights[country.country, default: 0] += 2
            } else if span.nearMiss == nil, let first = places.first, places.allSatisfy({ $0.country == first.country }) {
                // (A guessed spelling is no evidence of its own country.)
                evidence.countryWeights[first.country, default: 0] += 1
            }
            // "(60 km au nord de Ménaka)" locates a place; it does not name its admin unit.
            let isAnchor = span.relative != nil
            if span.cue == .district || span.cue == .region || (span.parentheses != nil && !isAnchor) {
                evidence.adminHints.insert(span.key)
            }
            // The parenthesised group opening right after this name holds its local hints.
            let next = span.tokens.upperBound
            if next < context.count, context.tokens[next].text == "(", let group = context.parentheses[next] {
                let hints = spans[(k + 1)...].prefix { $0.parentheses == group }.filter { $0.relative == nil }.map(\.key)
                if !hints.isEmpty { evidence.localHints[k] = Set(hints) }
            }
            // "Boni, cercle de Douentza": a district or region cue right after the name, same sentence.
            if let following = spans.dropFirst(k + 1).first, following.sentence == span.sentence,
               following.cue == .district || following.cue == .region,
               let cueStart = following.cueStart, cueStart - span.tokens.upperBound <= 2 {
                evidence.localHints[k, default: []].insert(following.key)
            }
        }
        return evidence
    }

    // MARK: - Focus

    /// The main place: a place (not a hint or an anchor) introduced by a cue, settlements before regions
    /// before countries, the earliest on ties. The country: the main place's, else the commonest.
    public static func focus(of mentions: [PlaceMention]) -> DocumentFocus {
        func weight(_ m: PlaceMention) -> Double {
            var w = 0.0
            switch m.role {
            case .place: w += 3
            case .anchor: w += 1
            case .adminHint: w += 0.5
            }
            // "à Boni, près de Douentza": the place itself outranks the one it is said to be near.
            switch m.cue {
            case .locative?, .settlement?: w += 1.2
            case .proximity?: w += 1
            default: break
            }
            if m.feature == "relative" && m.role == .place { w += 1 }
            if m.aside { w -= 1.5 }
            switch m.feature {
            case "country": w += 0
            case "admin1": w += 0.5
            default: w += 1
            }
            return w + m.score * 0.5
        }
        var main: Int?
        for (k, mention) in mentions.enumerated() where mention.feature != "country" {
            if main.map({ weight(mention) > weight(mentions[$0]) }) ?? true { main = k }
        }
        if let main {
            return DocumentFocus(country: mentions[main].country, admin1: mentions[main].admin1, mainPlace: main)
        }
        var counts: [String: Int] = [:]
        for mention in mentions { counts[mention.country, default: 0] += 1 }
        let country = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        return DocumentFocus(country: country, admin1: nil, mainPlace: nil)
    }
}

/// A recognised name with its winning place.
struct ResolvedSpan {
    let span: NameSpan
    let place: IndexedPlace
    let confidence: Double
    let reasons: [String]
    /// Coded to the unit the text names beside it, since no place of that name lies inside.
    let isFallback: Bool
}
