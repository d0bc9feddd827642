import Foundation
import Geocoding
import Incidents
import Testing
import Text

/// Checks NumberReader against phrases written by an independent generator (num2words, through
/// Scripts/check-number-words.sh), so our grammar is not tested against our own idea of French and English.
@Suite("NumberWordsGenerated")
struct NumberWordsGeneratedTests {
    static let tsvPath = ProcessInfo.processInfo.environment["NUMBER_WORDS_TSV"]

    // Skipped, not passed, without the file: run Scripts/check-number-words.sh, which makes it and sets the variable.
    @Test(
        "every generated phrase reads as its number, consuming all its tokens",
        .enabled(if: tsvPath != nil, "NUMBER_WORDS_TSV is not set: run Scripts/check-number-words.sh")
    )
    func generatedPhrases() throws {
        let path = try #require(Self.tsvPath)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var checked = 0
        var failures: [String] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, let language = DocumentLanguage(rawValue: String(fields[0])), let n = Int(fields[1]) else {
                failures.append("malformed line: \(line)")
                continue
            }
            let phrase = String(fields[2])
            let tokens = Tokenizer.tokens(in: phrase)
            let reading = NumberReader.read(tokens, at: 0, language: language)
            checked += 1
            if reading?.value != n || reading?.tokens != 0..<tokens.count || reading?.isApproximate != false {
                let got = reading.map { "\($0.value) over tokens \($0.tokens) of \(tokens.count)" } ?? "nil"
                failures.append("\(language.rawValue) \(n) \"\(phrase)\": \(got)")
            }
        }
        print("NumberWordsGenerated: \(checked) phrases checked, \(failures.count) failures")
        #expect(checked > 0, "no phrase in \(path)")
        // The count, not the list, in the expectation: Swift Testing would print every element of the list.
        let failureCount = failures.count
        #expect(failureCount == 0, "\(failureCount) of \(checked) phrases misread; the first 20:\n\(failures.prefix(20).joined(separator: "\n"))")
    }
}
