import Foundation
import Text

/// "à 37 km au nord-est de", "40 km east of", "au nord de": where a place is relative to the name that follows.
struct RelativePhrase: Sendable, Equatable {
    /// Token index where the phrase starts.
    let startToken: Int
    let distanceKm: Double?
    /// Degrees clockwise from north, when a direction is given.
    let bearing: Double?
}

/// Reads relative-location phrases backwards from a name, in French and English.
enum RelativePhraseReader {
    /// The phrase ending just before token `nameStart`, if any.
    static func phrase(before nameStart: Int, _ context: TokenContext) -> RelativePhrase? {
        var p = nameStart - 1
        guard p >= 0, prepositions.contains(context.cueForms[p]) else { return nil }
        p -= 1
        var bearing: Double?
        if let direction = direction(endingAt: p, context) {
            bearing = direction.bearing
            p = direction.start - 1
        }
        var distance: Double?
        if p >= 0, units[context.cueForms[p]] != nil, let amount = amount(endingAt: p - 1, context) {
            let km = amount.value * (units[context.cueForms[p]] ?? 1)
            // More than half the Earth's circumference is not a distance from a place, whatever the text says.
            guard km.isFinite, km <= maximumKm else { return nil }
            distance = km
            p = amount.start - 1
        }
        guard bearing != nil || distance != nil else { return nil }
        // "à 40 km", "plus au nord", "some 40 km", "about 40 km": the word before belongs to the phrase.
        if p >= 0, leadingWords.contains(context.cueForms[p]) {
            p -= 1
        }
        return RelativePhrase(startToken: p + 1, distanceKm: distance, bearing: bearing)
    }

    /// "au nord", "à l'est", "au sud-ouest", "north", "north-east", "northeast".
    private static func direction(endingAt p: Int, _ context: TokenContext) -> (bearing: Double, start: Int)? {
        guard p >= 0, let bearing = bearings[context.cueForms[p]] else { return nil }
        if p >= 2, context.cueForms[p - 1] == "l'", context.cueForms[p - 2] == "à" || context.cueForms[p - 2] == "a" {
            return (bearing, p - 2)
        }
        if p >= 1, context.cueForms[p - 1] == "au" { return (bearing, p - 1) }
        // English directions stand alone; a bare French one ("nord de") is not a phrase we trust.
        if englishDirections.contains(context.cueForms[p]) { return (bearing, p) }
        return nil
    }

    /// "37", "12,5", "une quarantaine de", "deux", "forty".
    private static func amount(endingAt p: Int, _ context: TokenContext) -> (value: Double, start: Int)? {
        guard p >= 0 else { return nil }
        let token = context.tokens[p]
        if token.kind == .number {
            let text = token.text.replacingOccurrences(of: ",", with: ".")
            return Double(text).map { ($0, p) }
        }
        if let value = numberWords[context.cueForms[p]] { return (value, p) }
        // "une quarantaine de (kilomètres)": the unit follows "de".
        if context.cueForms[p] == "de" || context.cueForms[p] == "d'", p >= 1, let value = approximations[context.cueForms[p - 1]] {
            let start = p >= 2 && (context.cueForms[p - 2] == "une" || context.cueForms[p - 2] == "un") ? p - 2 : p - 1
            return (value, start)
        }
        return nil
    }

    /// Distances beyond this are not distances (half the circumference is 20,004 km).
    static let maximumKm = 20_000.0

    /// The word joining the phrase to the name: "de", "of", "from".
    static let prepositions: Set<String> = ["de", "d'", "du", "des", "of", "from"]
    /// Words that open the phrase without changing it: "à 40 km", "some 40 km", "plus au nord".
    static let leadingWords: Set<String> = ["à", "a", "some", "about", "around", "roughly", "environ", "plus", "quelque", "at"]
    static let englishDirections: Set<String> = ["north", "south", "east", "west", "northeast", "northwest", "southeast",
                                                 "southwest", "north-east", "north-west", "south-east", "south-west"]

    /// Kilometres per unit.
    static let units: [String: Double] = [
        "km": 1, "kms": 1, "kilomètres": 1, "kilomètre": 1, "kilometres": 1, "kilometre": 1, "kilometers": 1,
        "kilometer": 1, "miles": 1.609344, "mile": 1.609344,
    ]

    static let bearings: [String: Double] = [
        "nord": 0, "north": 0, "nord-est": 45, "north-east": 45, "northeast": 45, "est": 90, "east": 90,
        "sud-est": 135, "south-east": 135, "southeast": 135, "sud": 180, "south": 180, "sud-ouest": 225,
        "south-west": 225, "southwest": 225, "ouest": 270, "west": 270, "nord-ouest": 315, "north-west": 315,
        "northwest": 315,
    ]

    static let numberWords: [String: Double] = [
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
        "dix": 10, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "cent": 100, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "hundred": 100, "a": 1,
    ]

    /// "une dizaine de kilomètres" means about ten.
    static let approximations: [String: Double] = [
        "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
        "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    ]
}
