import Testing
@testable import Documents

@Suite("Published dates")
struct PublishedDateTests {
    @Test func realDatesAreAccepted() throws {
        let date = try PublishedDate(validating: "2000-02-29")
        #expect(date.text == "2000-02-29" && date.year == 2000 && date.month == 2 && date.day == 29)
        #expect(throws: Never.self) { try PublishedDate(validating: "2022-12-31") }
    }

    @Test func impossibleDaysAreRejected() {
        for text in ["2022-02-31", "1900-02-29", "2022-13-01", "2022-00-10", "2022-04-31", "0000-01-01"] {
            #expect(throws: PublishedDateError(text: text, message: "\"\(text)\" is not a real date")) {
                try PublishedDate(validating: text)
            }
        }
    }

    @Test func otherShapesAreRejected() {
        for text in ["2022-2-3", "03/02/2022", "2022-02-03T10:00", " 2022-02-03", "", "２０２２-02-03"] {
            #expect(throws: PublishedDateError(text: text, message: "\"\(text)\" is not a YYYY-MM-DD date")) {
                try PublishedDate(validating: text)
            }
        }
    }
}
