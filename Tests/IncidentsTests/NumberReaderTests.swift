import Geocoding
import Incidents
import Testing
import Text

@Suite("NumberReader")
struct NumberReaderTests {
    /// The reading at the token whose text is `word` (the first token when nil).
    private func read(_ text: String, at word: String? = nil, _ language: DocumentLanguage = .fr) -> NumberReading? {
        let tokens = Tokenizer.tokens(in: text)
        let index = word.flatMap { w in tokens.firstIndex { $0.text == w } } ?? 0
        return NumberReader.read(tokens, at: index, language: language)
    }

    /// The value and the number of tokens consumed, for compact expectations.
    private struct Got: Equatable {
        let value: Int
        let tokenCount: Int
        init(_ value: Int, _ tokenCount: Int) {
            self.value = value
            self.tokenCount = tokenCount
        }
    }

    private func value(_ text: String, at word: String? = nil, _ language: DocumentLanguage = .fr) -> Got? {
        read(text, at: word, language).map { Got($0.value, $0.tokens.count) }
    }

    @Test("digits: a count, French thousands with spaces or no-break spaces, dotted and comma thousands")
    func digits() {
        #expect(value("15 soldats") == Got(15, 1))
        #expect(value("1 000 déplacés") == Got(1000, 2))
        #expect(value("1\u{202F}000 déplacés") == Got(1000, 2))
        #expect(value("1\u{00A0}000 déplacés") == Got(1000, 2))
        #expect(value("12 500 000 habitants") == Got(12_500_000, 3))
        #expect(value("1.000 morts") == Got(1000, 1))
        #expect(value("1,000 people", .en) == Got(1000, 1))
        #expect(value("15 mille réfugiés") == Got(15000, 2))
        #expect(value("2,5 millions de déplacés") == Got(2_500_000, 2))
        #expect(value("1.5 million people", .en) == Got(1_500_000, 2))
        #expect(value("1 000 000") == Got(1_000_000, 3))
        #expect(value("Les 3 000 soldats", at: "3") == Got(3000, 2))
        #expect(read("15 soldats")?.isApproximate == false)
    }

    @Test("a decimal is not a count: \"12,5\" reads as nothing, not as 12")
    func decimals() {
        #expect(read("12,5 km") == nil)
        #expect(read("1.5 km", .en) == nil)
        // Four digits after the separator are not a thousands group either.
        #expect(read("1,0005") == nil)
    }

    @Test("a year is not joined to the count that follows it, nor a count to a three-digit number two spaces away")
    func digitGroups() {
        #expect(value("2019 150 morts") == Got(2019, 1))
        #expect(value("15  000") == Got(15, 1))
    }

    @Test("French words under a hundred")
    func frenchSmall() {
        #expect(value("zéro") == Got(0, 1))
        #expect(value("zero") == Got(0, 1))
        #expect(value("quinze") == Got(15, 1))
        #expect(value("dix-sept") == Got(17, 1))
        #expect(value("Vingt et un morts") == Got(21, 3))
        #expect(value("trente et une victimes") == Got(31, 3))
        #expect(value("soixante-dix") == Got(70, 1))
        #expect(value("soixante et onze") == Got(71, 3))
        #expect(value("soixante-douze") == Got(72, 1))
        #expect(value("quatre-vingts") == Got(80, 1))
        #expect(value("quatre-vingt-un") == Got(81, 1))
        #expect(value("quatre-vingt-onze") == Got(91, 1))
        #expect(value("quatre-vingt-dix-neuf") == Got(99, 1))
        #expect(value("QUATRE VINGT DIX NEUF") == Got(99, 4))
    }

    @Test("French hundreds and thousands, traditional and 1990 spellings")
    func frenchLarge() {
        #expect(value("cent") == Got(100, 1))
        #expect(value("cent un") == Got(101, 2))
        #expect(value("deux cents") == Got(200, 2))
        #expect(value("deux cent trois") == Got(203, 3))
        #expect(value("mille") == Got(1000, 1))
        #expect(value("deux mille soldats") == Got(2000, 2))
        #expect(value("dix mille") == Got(10000, 2))
        #expect(value("neuf mille neuf cent quatre-vingt-dix-neuf") == Got(9999, 5))
        #expect(value("deux-cent-vingt-et-un") == Got(221, 1))
        #expect(value("neuf-cent-quatre-vingt-dix-neuf-mille-neuf-cent-quatre-vingt-dix-neuf") == Got(999_999, 1))
        #expect(value("quatre-vingt mille") == Got(80000, 2))
        #expect(value("deux millions") == Got(2_000_000, 2))
    }

    @Test("Belgian and Swiss tens")
    func frenchRegional() {
        #expect(value("septante") == Got(70, 1))
        #expect(value("septante et un") == Got(71, 3))
        #expect(value("huitante-deux") == Got(82, 1))
        #expect(value("octante") == Got(80, 1))
        #expect(value("nonante-neuf") == Got(99, 1))
    }

    @Test("approximations at ACLED's values, marked approximate, without the \"de\" that follows")
    func frenchApproximations() {
        let dizaine = read("une dizaine de civils")
        #expect(dizaine?.value == 10)
        #expect(dizaine?.isApproximate == true)
        #expect(dizaine?.tokens == 0..<2)
        #expect(value("une quinzaine") == Got(15, 2))
        #expect(value("une vingtaine") == Got(20, 2))
        #expect(value("une centaine") == Got(100, 2))
        #expect(value("des dizaines de morts") == Got(12, 2))
        #expect(value("des centaines") == Got(100, 2))
        #expect(value("plusieurs") == Got(3, 1))
        #expect(value("plusieurs dizaines") == Got(12, 2))
        #expect(value("quelques") == Got(3, 1))
        #expect(value("un millier de personnes") == Got(1000, 2))
        #expect(value("Une Centaine") == Got(100, 2))
        #expect(read("plusieurs")?.isApproximate == true)
        #expect(read("des soldats") == nil)
    }

    @Test("English words")
    func english() {
        #expect(value("zero", .en) == Got(0, 1))
        #expect(value("twenty-one soldiers", .en) == Got(21, 1))
        #expect(value("ninety nine", .en) == Got(99, 2))
        #expect(value("one hundred and five", .en) == Got(105, 4))
        #expect(value("one hundred five", .en) == Got(105, 3))
        #expect(value("a hundred", .en) == Got(100, 2))
        #expect(value("a thousand", .en) == Got(1000, 2))
        #expect(value("fifteen hundred", .en) == Got(1500, 2))
        #expect(value("nine thousand nine hundred and ninety-nine", .en) == Got(9999, 6))
        #expect(value("one thousand, two hundred people", .en) == Got(1200, 5))
        #expect(value("Two thousand and five", .en) == Got(2005, 4))
    }

    @Test("English approximations")
    func englishApproximations() {
        #expect(value("a dozen", .en) == Got(12, 2))
        #expect(value("dozens of villagers", .en) == Got(12, 1))
        #expect(value("several", .en) == Got(3, 1))
        #expect(value("a few", .en) == Got(3, 2))
        #expect(value("hundreds", .en) == Got(100, 1))
        #expect(value("several hundred people", .en) == Got(100, 2))
        #expect(read("dozens", .en)?.isApproximate == true)
        #expect(read("a hundred", .en)?.isApproximate == false)
    }

    @Test("articles alone read as 1; the caller decides")
    func articles() {
        #expect(value("un soldat") == Got(1, 1))
        #expect(value("une attaque") == Got(1, 1))
        #expect(value("a soldier", .en) == Got(1, 1))
        #expect(value("one soldier", .en) == Got(1, 1))
        // French "a" is the verb "avoir".
        #expect(read("a été tué", .fr) == nil)
    }

    @Test("no over-reading: the number stops where the words stop belonging to it")
    func noOverReading() {
        #expect(value("trois soldats") == Got(3, 1))
        #expect(value("deux et trois") == Got(2, 1))
        #expect(value("vingt et des poussières") == Got(20, 1))
        #expect(value("one and two", .en) == Got(1, 1))
        #expect(value("one hundred and soldiers", .en) == Got(100, 2))
        #expect(value("two thousand, five soldiers", .en) == Got(2000, 2))
        #expect(value("trois, quatre") == Got(3, 1))
        // A hyphenated word that only starts with a number is not one.
        #expect(read("deux-roues") == nil)
    }

    @Test("language matters: words of the other language are not read")
    func language() {
        #expect(read("trois", .en) == nil)
        #expect(read("three", .fr) == nil)
    }

    @Test("reading from the middle of a token array reports indices into that array")
    func middle() {
        let reading = read("Le bilan fait état de quatre-vingt-dix-sept morts et de nombreux blessés.", at: "quatre-vingt-dix-sept")
        #expect(reading?.value == 97)
        #expect(reading?.tokens == 5..<6)
        let english = read("The attack killed twenty one soldiers.", at: "twenty", .en)
        #expect(english?.value == 21)
        #expect(english?.tokens == 3..<5)
        #expect(read("Le bilan est lourd.", at: "bilan") == nil)
        #expect(NumberReader.read(Tokenizer.tokens(in: "trois"), at: 5, language: .fr) == nil)
        #expect(NumberReader.read([], at: 0, language: .fr) == nil)
    }
}
