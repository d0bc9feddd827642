import Foundation
import Text
import Testing
import TestSupport

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    /// The sentences as text, read back from the original through their scalar offsets.
    private func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.sentences(in: text).map { range in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
    }

    @Test func plainSentencesInBothLanguages() {
        #expect(split("Trois soldats ont été tués. Deux autres sont blessés.")
                == ["Trois soldats ont été tués.", "Deux autres sont blessés."])
        #expect(split("  Gunmen attacked a post!  Two died?   Yes. ")
                == ["Gunmen attacked a post!", "Two died?", "Yes."])
        #expect(split("") == [])
        #expect(split("   \n\n  ") == [])
    }

    @Test func abbreviationsAndTitlesDoNotEndSentences() {
        #expect(split("M. Traoré et Mme Diallo sont arrivés. Le Gén. Gamou aussi.")
                == ["M. Traoré et Mme Diallo sont arrivés.", "Le Gén. Gamou aussi."])
        #expect(split("Le Col. Diarra et le Lt. Keïta commandaient. Dr Koné soignait.")
                == ["Le Col. Diarra et le Lt. Keïta commandaient.", "Dr Koné soignait."])
        #expect(split("Mr. Smith met U.S. officials in Bamako. They left.")
                == ["Mr. Smith met U.S. officials in Bamako.", "They left."])
        #expect(split("La ville existait en 500 apr. J.-C. et même avant. Puis vint l'empire.")
                == ["La ville existait en 500 apr. J.-C. et même avant.", "Puis vint l'empire."])
        #expect(split("It happened on the 21st. The army said so.") == ["It happened on the 21st.", "The army said so."])
        #expect(split("Some groups, e.g. JNIM, are strong. Others, i.e. the rest, are not.")
                == ["Some groups, e.g. JNIM, are strong.", "Others, i.e. the rest, are not."])
    }

    @Test func monthsAndNumbersBeforeDigits() {
        #expect(split("L'attaque du 5 janv. 2020 a fait 3 morts. Le bilan est lourd.")
                == ["L'attaque du 5 janv. 2020 a fait 3 morts.", "Le bilan est lourd."])
        #expect(split("The attack on Jan. 5 killed three. Another followed.")
                == ["The attack on Jan. 5 killed three.", "Another followed."])
        #expect(split("Voir le décret N° 12 et l'art. 4 du code. Fin.")
                == ["Voir le décret N° 12 et l'art. 4 du code.", "Fin."])
    }

    @Test func initialsStayWithTheName() {
        #expect(split("Selon J. P. Dupont, chercheur, la zone est instable. Il le répète.")
                == ["Selon J. P. Dupont, chercheur, la zone est instable.", "Il le répète."])
    }

    @Test func numbersWithDotsAndEllipsis() {
        #expect(split("Plus de 1.000 déplacés et 3.5 tonnes d'aide le 12.05.2020 à Gao. Ensuite, rien.")
                == ["Plus de 1.000 déplacés et 3.5 tonnes d'aide le 12.05.2020 à Gao.", "Ensuite, rien."])
        #expect(split("Ils ont attendu… puis ils sont partis. Silence... Rien.")
                == ["Ils ont attendu… puis ils sont partis.", "Silence...", "Rien."])
        #expect(split("Quoi !? Encore une attaque ?! Oui.") == ["Quoi !?", "Encore une attaque ?!", "Oui."])
    }

    @Test func aClosingQuoteStaysWithTheSentenceItCloses() {
        #expect(split("Il a déclaré : « La situation est grave. » Puis il est parti.")
                == ["Il a déclaré : « La situation est grave. »", "Puis il est parti."])
        #expect(split("« Pourquoi ? » a-t-il demandé. Personne n'a répondu.")
                == ["« Pourquoi ? » a-t-il demandé.", "Personne n'a répondu."])
        #expect(split("He said: \"We will return.\" Then he left.")
                == ["He said: \"We will return.\"", "Then he left."])
        #expect(split("Une attaque \"terroriste\" a eu lieu. Elle a fait deux morts.")
                == ["Une attaque \"terroriste\" a eu lieu.", "Elle a fait deux morts."])
    }

    @Test func headlinesAndBlankLinesEndSentences() {
        let text = """
            Mali : trois attaques en une semaine

            Kidal sous tension
            Des tirs ont été entendus à Kidal
            dans la nuit de mardi. Le calme est revenu.
            """
        #expect(split(text) == ["Mali : trois attaques en une semaine", "Kidal sous tension",
                                "Des tirs ont été entendus à Kidal\ndans la nuit de mardi.", "Le calme est revenu."])
        // A line cut after a short word continues on the next line, even before a capital.
        #expect(split("Ils ont attaqué le camp de\nBoni hier. Fin.") == ["Ils ont attaqué le camp de\nBoni hier.", "Fin."])
        #expect(split("Première ligne\r\n\r\nDeuxième ligne") == ["Première ligne", "Deuxième ligne"])
    }

    @Test func theSeedArticleSplitsIntoItsSentences() throws {
        let url = TestPaths.shared.appendingPathComponent("data/seed/mali-2022-07-29.fr.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let ranges = SentenceSplitter.sentences(in: text)
        let scalars = Array(text.unicodeScalars)
        // 9 paragraphs, two of them of two sentences, and the two headline lines.
        #expect(ranges.count == 12)
        var previousEnd = 0
        for range in ranges {
            #expect(range.lowerBound >= previousEnd && range.upperBound <= scalars.count && !range.isEmpty)
            #expect(!scalars[range.lowerBound].properties.isWhitespace)
            #expect(!scalars[range.upperBound - 1].properties.isWhitespace)
            previousEnd = range.upperBound
        }
        // Together the sentences hold every visible character of the text.
        let visible = scalars.filter { !$0.properties.isWhitespace }.count
        #expect(ranges.reduce(0) { $0 + scalars[$1].filter { !$0.properties.isWhitespace }.count } == visible)
        let sentences = split(text)
        #expect(sentences[1] == "Le Mali, cible de 11 attaques en moins d'une semaine")
        #expect(sentences[7].hasPrefix("Le Mali, pays enclavé") && sentences[7].hasSuffix("en 2020 et 2021."))
        #expect(sentences[8].hasPrefix("La crise politique"))
        #expect(sentences[6].hasSuffix("de l’enlèvement»."))
        #expect(sentences[11].hasSuffix("du pays\"."))
    }
}
