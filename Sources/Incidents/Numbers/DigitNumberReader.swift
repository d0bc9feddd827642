import Geocoding
import Text

/// Counts written in digits: "15", "1 000" (French groups of three, separated by a space or a no-break space
/// that the tokenizer leaves out), "1.000" and "1,000", and a digit count times a word: "15 mille",
/// "2,5 millions", "1.5 million".
///
/// A count of people has no decimals, so "12,5" or "1.5" alone is not read at all (nil) rather than cut to 12:
/// such a number is a distance or a percentage, and the caller should not mistake it for victims.
/// "1.000" and "1,000" are a thousand because exactly three digits follow the separator.
enum DigitNumberReader {
    static func read(_ tokens: [Token], at start: Int, language: DocumentLanguage) -> (value: Int, tokenCount: Int)? {
        let first = tokens[start]
        guard first.kind == .number else { return nil }
        var end = start + 1
        var integer: Int?
        var fraction: Substring = ""
        if let grouped = groupedValue(first.text) {
            integer = grouped
        } else if first.text.allSatisfy(\.isASCIIDigit), first.text.count <= 15, let plain = Int(first.text) {
            integer = plain
            // "1 000", "12 500 000": one to three digits, then groups of exactly three after one space each.
            if first.text.count <= 3 {
                while end < tokens.count, isGroup(tokens[end], after: tokens[end - 1]), let next = integer {
                    integer = next * 1000 + (Int(tokens[end].text) ?? 0)
                    end += 1
                }
            }
        } else if let (whole, decimals) = decimal(first.text) {
            integer = whole
            fraction = decimals
        }
        guard let integer else { return nil }
        if end < tokens.count, tokens[end].kind == .word,
           let multiplier = multipliers(language)[tokens[end].text.lowercased()],
           let value = scaled(integer, fraction, by: multiplier) {
            return (value, end - start + 1)
        }
        guard fraction.isEmpty else { return nil }
        return (integer, end - start)
    }

    /// "1.000", "1,000", "12.500.000": one to three digits, then groups of three after one kind of separator.
    private static func groupedValue(_ text: String) -> Int? {
        guard let separator = text.first(where: { $0 == "." || $0 == "," }) else { return nil }
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count >= 2, groups.count <= 5, (1...3).contains(groups[0].count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        return Int(groups.joined())
    }

    /// "2,5" → (2, "5"); nil for anything but digits, one separator, digits.
    private static func decimal(_ text: String) -> (Int, Substring)? {
        let pieces = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard pieces.count == 2, pieces[0].count <= 15, pieces[1].count <= 6,
              pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let whole = Int(pieces[0]) else { return nil }
        return (whole, pieces[1])
    }

    /// A group of three digits right after the previous number, one space (or no-break space) away.
    private static func isGroup(_ token: Token, after previous: Token) -> Bool {
        token.kind == .number && token.start == previous.end + 1 && token.text.count == 3 && token.text.allSatisfy(\.isASCIIDigit)
    }

    /// integer.fraction × multiplier, when that is a whole number that fits.
    private static func scaled(_ integer: Int, _ fraction: Substring, by multiplier: Int) -> Int? {
        let (whole, overflow) = integer.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        guard !fraction.isEmpty else { return whole }
        var denominator = 1
        for _ in fraction { denominator *= 10 }
        guard let digits = Int(fraction), (digits * multiplier) % denominator == 0 else { return nil }
        return whole + digits * multiplier / denominator
    }

    private static func multipliers(_ language: DocumentLanguage) -> [String: Int] {
        switch language {
        case .fr: ["mille": 1000, "million": 1_000_000, "millions": 1_000_000]
        case .en: ["thousand": 1000, "million": 1_000_000]
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
