import Gazetteer
import Testing

@Suite("NameNormalizer")
struct NameNormalizerTests {
    @Test func accentsAndCaseMeet() {
        let forms = ["Ségou", "SEGOU", "Segou", "ségou", "SÉGOU"].map(NameNormalizer.normalize)
        #expect(Set(forms) == ["segou"])
    }

    @Test func hyphensAndSpacesMeet() {
        #expect(NameNormalizer.normalize("Ké-Macina") == NameNormalizer.normalize("Ke Macina"))
        #expect(NameNormalizer.normalize("Ké-Macina") == "ke macina")
    }

    @Test func apostrophesDisappear() {
        let forms = ["N'Tillit", "Ntillit", "N\u{2019}Tillit", "N\u{02BC}Tillit"].map(NameNormalizer.normalize)
        #expect(Set(forms) == ["ntillit"])
    }

    @Test func plainNamesOnlyLoseCase() {
        #expect(NameNormalizer.normalize("Tombouctou") == "tombouctou")
        #expect(NameNormalizer.normalize("tombouctou") == "tombouctou")
    }

    @Test func extraSpacesCollapse() {
        #expect(NameNormalizer.normalize("  Gourma   -  Rharous  ") == "gourma rharous")
        #expect(NameNormalizer.normalize("Fada\tN'Gourma") == "fada ngourma")
    }

    @Test func emptyStaysEmpty() {
        #expect(NameNormalizer.normalize("") == "")
        #expect(NameNormalizer.normalize("   ") == "")
        #expect(NameNormalizer.normalize(" - ' ") == "")
    }
}
