/// French cardinals written in words, from "zéro" to the millions.
///
/// Every reading of the parts is kept, not the first: "quatre" is 4 and "quatre vingt" 80, and the caller takes
/// the longest one that ends on a token. Spellings accepted:
/// - traditional ("vingt et un", "deux cent trois") and 1990 reform ("deux-cent-vingt-et-un", "deux-mille-trois");
/// - "quatre-vingts" and "quatre-vingt" (before "mille", and as writers often leave it), "deux cents" and
///   the erroneous "deux cents trois";
/// - Belgian and Swiss "septante", "huitante", "octante", "nonante", and the old "vingt-un".
/// Accents and case are gone before the parts get here ("zero", "dix sept").
enum FrenchNumberGrammar {
    static let vocabulary: Set<String> = Set(units.keys).union(teens.keys).union(tens.keys)
        .union(["et", "vingts", "cent", "cents", "mille", "million", "millions", "zero"])

    /// Every (value, end) such that parts[start..<end] reads as a number.
    static func readings(_ words: NumberWordSequence, at start: Int) -> [(value: Int, end: Int)] {
        if words.part(start) == "zero" { return [(0, start + 1)] }
        var all = belowMillion(words, start)
        // "un million", "deux millions trois cent mille".
        for (count, end) in below1000(words, start) where words.part(end) == "million" || words.part(end) == "millions" {
            let millions = count * 1_000_000
            all.append((millions, end + 1))
            for (rest, restEnd) in belowMillion(words, end + 1) { all.append((millions + rest, restEnd)) }
        }
        return all
    }

    /// 1 ... 999 999: "mille", "deux mille", "vingt et un mille trois cents".
    private static func belowMillion(_ words: NumberWordSequence, _ start: Int) -> [(value: Int, end: Int)] {
        let small = below1000(words, start)
        var all = small
        var thousands: [(value: Int, end: Int)] = []
        if words.part(start) == "mille" { thousands.append((1000, start + 1)) }
        // "un mille" is not French: a thousand is "mille" alone.
        for (count, end) in small where count >= 2 && words.part(end) == "mille" { thousands.append((count * 1000, end + 1)) }
        for (value, end) in thousands {
            all.append((value, end))
            for (rest, restEnd) in below1000(words, end) { all.append((value + rest, restEnd)) }
        }
        return all
    }

    /// 1 ... 999: "cent", "deux cents", "trois cent quatre-vingt-dix-neuf".
    private static func below1000(_ words: NumberWordSequence, _ start: Int) -> [(value: Int, end: Int)] {
        var all = below100(words, start)
        var hundreds: [(value: Int, end: Int)] = []
        if words.part(start) == "cent" { hundreds.append((100, start + 1)) }
        if let word = words.part(start), let unit = units[word], unit >= 2,
           let next = words.part(start + 1), next == "cent" || next == "cents" {
            hundreds.append((unit * 100, start + 2))
        }
        for (value, end) in hundreds {
            all.append((value, end))
            for (rest, restEnd) in below100(words, end) { all.append((value + rest, restEnd)) }
        }
        return all
    }

    /// 1 ... 99.
    private static func below100(_ words: NumberWordSequence, _ start: Int) -> [(value: Int, end: Int)] {
        var all = below20(words, start)
        guard let word = words.part(start) else { return all }
        if let ten = tens[word] {
            all.append((ten, start + 1))
            // "vingt et un", "trente et une", "septante et un", "soixante et onze".
            if words.part(start + 1) == "et", let next = words.part(start + 2) {
                if next == "un" || next == "une" { all.append((ten + 1, start + 3)) }
                if next == "onze" && ten == 60 { all.append((71, start + 3)) }
            }
            // "vingt-deux", "septante-neuf"; after "soixante" the teens too: "soixante-dix-sept", "soixante-douze".
            let largest = ten == 60 ? 19 : 9
            for (unit, end) in below20(words, start + 1) where unit <= largest { all.append((ten + unit, end)) }
        }
        // "quatre-vingts", "quatre-vingt-un", "quatre-vingt-onze", "quatre-vingt-dix-neuf".
        if word == "quatre", let next = words.part(start + 1), next == "vingt" || next == "vingts" {
            all.append((80, start + 2))
            if next == "vingt" {
                for (rest, end) in below20(words, start + 2) { all.append((80 + rest, end)) }
            }
        }
        return all
    }

    /// 1 ... 19: "un", "seize", "dix-sept".
    private static func below20(_ words: NumberWordSequence, _ start: Int) -> [(value: Int, end: Int)] {
        guard let word = words.part(start) else { return [] }
        if let unit = units[word] { return [(unit, start + 1)] }
        guard let teen = teens[word] else { return [] }
        if word == "dix", let next = words.part(start + 1), let unit = units[next], unit >= 7 {
            return [(10, start + 1), (10 + unit, start + 2)]
        }
        return [(teen, start + 1)]
    }

    private static let units: [String: Int] = [
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    ]
    private static let teens: [String: Int] = [
        "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    ]
    private static let tens: [String: Int] = [
        "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    ]
}
