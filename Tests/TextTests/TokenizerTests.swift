import Foundation
import Testing
@testable import Text

@Suite("Tokenizer")
struct TokenizerTests {
    private func words(_ text: String) -> [String] { Tokenizer.tokens(in: text).map(\.text) }

    /// The text a token's offsets point at, read back from the original by Unicode scalars.
    private func slice(_ text: String, _ token: Token) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[token.start..<token.end])
        return String(view)
    }

    @Test func offsetsAreUnicodeScalarsIntoTheOriginal() {
        let text = "Attaque à Ségou, près de Ménaka : 3 morts."
        let tokens = Tokenizer.tokens(in: text)
        for token in tokens { #expect(slice(text, token) == token.text) }
        let segou = tokens.first { $0.text == "Ségou" }
        #expect(segou?.start == 10)
        #expect(segou?.end == 15)
        #expect(segou?.isCapitalized == true)
        #expect(tokens.first { $0.text == "3" }?.kind == .number)
    }

    @Test func decomposedAccentsStayInTheirWord() {
        // "Se\u{301}gou": e followed by a combining acute accent, as some feeds write it.
        let text = "a Se\u{301}gou"
        let tokens = Tokenizer.tokens(in: text)
        #expect(tokens.map(\.text) == ["a", "Se\u{301}gou"])
        #expect(tokens[1].end == 8)   // 6 scalars: the accent is one of them
    }

    @Test func frenchElisionIsSplitOffButNamesKeepTheirApostrophes() {
        #expect(words("près d'Ansongo et de l’Azawad") == ["près", "d'", "Ansongo", "et", "de", "l’", "Azawad"])
        #expect(words("L'Azawad") == ["L'", "Azawad"])
        #expect(words("à N'Tillit, N'Djamena") == ["à", "N'Tillit", ",", "N'Djamena"])
        #expect(words("aujourd'hui qu'il n'est") == ["aujourd'hui", "qu'", "il", "n'", "est"])
        let text = "l'attaque d'Ansongo"
        let ansongo = Tokenizer.tokens(in: text).first { $0.text == "Ansongo" }
        #expect(ansongo.map { slice(text, $0) } == "Ansongo")
        #expect(ansongo?.start == 12)
    }

    @Test func hyphenatedNamesAndNumbers() {
        #expect(words("Ké-Macina, Gourma-Rharous") == ["Ké-Macina", ",", "Gourma-Rharous"])
        #expect(words("à 37 km, 12,5 km ou 1.5") == ["à", "37", "km", ",", "12,5", "km", "ou", "1.5"])
        #expect(words("sud-est de") == ["sud-est", "de"])
        #expect(words("«Kati»") == ["«", "Kati", "»"])
        #expect(words("") == [])
    }
}
