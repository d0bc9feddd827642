import Foundation
import TestSupport
import Testing
@testable import Text

@Suite("Language detection")
struct LanguageDetectorTests {
    static let seed = TestPaths.shared.appendingPathComponent("data/seed/mali-2022-07-29.fr.txt")

    @Test func theSeedArticleIsFrench() throws {
        let text = try String(contentsOf: Self.seed, encoding: .utf8)
        let result = LanguageDetector.detect(text)
        #expect(result.language == .fr)
        #expect(result.confidence > 0.8)
    }

    @Test func anACLEDStyleReportIsEnglish() {
        let text = "On 3 May 2019, unidentified gunmen attacked a gendarmerie post in Diafarabé (Ténenkou, Mopti), killing two gendarmes."
        #expect(LanguageDetector.detect(text).language == .en)
    }

    @Test func shortFrenchReports() {
        #expect(LanguageDetector.detect("Attaque contre une base de l'armée à Nampala").language == .fr)
        #expect(LanguageDetector.detect("Un convoi de la MINUSMA saute sur une mine vers Kidal").language == .fr)
    }

    @Test func textWithoutFunctionWordsDefaultsToFrenchUnsure() {
        let result = LanguageDetector.detect("Kidal, Gao, Tombouctou")
        #expect(result.language == .fr)
        #expect(result.confidence == 0.5)
    }
}
