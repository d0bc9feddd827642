/// English cardinals written in words, from "zero" to the millions.
///
/// Every reading of the parts is kept, as in French. Accepted: "and" or not after "hundred" and "thousand"
/// ("one hundred five"), hyphens or spaces ("ninety nine"), "a hundred" and "a thousand", hundreds counted
/// past ten ("fifteen hundred"), and the comma some writers put after "thousand" before the hundreds
/// ("one thousand, two hundred"). "and" and the comma are consumed only when a number follows them.
enum EnglishNumberGrammar {
    static let vocabulary: Set<String> = Set(units.keys).union(teens.keys).union(tens.keys)
        .union(["a", "and", "hundred", "thousand", "million", "zero"])

    /// Every (value, end) such that parts[start..<end] reads as a number.
    static func readings(_ words: NumberWordSequence, at start: Int) -> [(value: Int, end: Int)] {
        if words.part(start) == "zero" { return [(0, start + 1)] }
        var all = belowMillion(words, start)
        for (count, end) in multipliers(words, start) where words.part(end) == "million" {
            let millions = count * 1_000_000
            all.append((millions, end + 1))
            for (rest, restEnd) in belowMillion(words, end + 1) { all.append((millions + rest, restEnd)) }
            if words.part(end + 1) == "and" {
                for (rest, restEnd) in below100(words, end + 2) { all.append((millions + rest, restEnd)) }
            }
        }
        return all
    }

    /// 1 ... 999 999.
    private static func belowMillion(_ words: NumberWordSequence, _ start: Int) -> [(value: Int, end: Int)] {
        var all = below1000(words, start)
        // "a" alone is 1 too: the caller knows whether it was an article.
        if words.part(start) == "a" { all.append((1, start + 1)) }
        for (count, end) in multipliers(words, start) where words.part(end) == "thousand" {
            let thousands = count * 1000
            all.append((thousands, end + 1))
            // "two thousand five", "one thousand one hundred".
            for (rest, restEnd) in below1000(words, end + 1) { all.append((thousands + rest, restEnd)) }
            // "one thousand and five".
            if words.part(end + 1) == "and" {
                for (rest, restEnd) in below100(words, end + 2) { all.append((thousands + rest, restEnd)) }
            }
            // "one thousand, two hundred": the comma only before hundreds, where it cannot end a clause.
            if words.part(end + 1) == "," {
                for (rest, restEnd) in below1000(words, end + 2) where rest >= 100 { all.append((thousands + rest, restEnd)) }
            }
        }
        return all
    }

    /// What may stand before "thousand" or "million": "a", "one", "twenty-one", "nine hundred and ninety-nine".
    private static func multipliers(_ words: NumberWordSequence, _ start: Int) -> [(value: Int, end: Int)] {
        var all = below1000(words, start)
        if words.part(start) == "a" { all.append((1, start + 1)) }
        return all
    }

    /// 1 ... 999 (and "fifteen hundred" up to 9 999).
    private static func below1000(_ words: NumberWordSequence, _ start: Int) -> [(value: Int, end: Int)] {
        let small = below100(words, start)
        var all = small
        var hundreds: [(value: Int, end: Int)] = []
        if words.part(start) == "a", words.part(start + 1) == "hundred" { hundreds.append((100, start + 2)) }
        // "one hundred", "nine hundred"; "fifteen hundred", "twenty-five hundred" but not "twenty hundred".
        for (count, end) in small where words.part(end) == "hundred" && (count < 10 || count % 10 != 0) {
            hundreds.append((count * 100, end + 1))
        }
        for (value, end) in hundreds {
            all.append((value, end))
            for (rest, restEnd) in below100(words, end) { all.append((value + rest, restEnd)) }
            if words.part(end) == "and" {
                for (rest, restEnd) in below100(words, end + 1) { all.append((value + rest, restEnd)) }
            }
        }
        return all
    }

    /// 1 ... 99: "one", "nineteen", "twenty-one", "ninety nine".
    private static func below100(_ words: NumberWordSequence, _ start: Int) -> [(value: Int, end: Int)] {
        guard let word = words.part(start) else { return [] }
        if let unit = units[word] { return [(unit, start + 1)] }
        if let teen = teens[word] { return [(teen, start + 1)] }
        guard let ten = tens[word] else { return [] }
        if let next = words.part(start + 1), let unit = units[next] { return [(ten, start + 1), (ten + unit, start + 2)] }
        return [(ten, start + 1)]
    }

    private static let units: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]
    private static let teens: [String: Int] = [
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
}
