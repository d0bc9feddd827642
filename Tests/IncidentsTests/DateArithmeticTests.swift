import Incidents
import Testing

@Suite("Civil dates")
struct DateArithmeticTests {
    @Test("weekdays of known days")
    func weekdays() throws {
        #expect(try #require(CivilDate(year: 2022, month: 7, day: 29)).weekday == .friday)
        #expect(try #require(CivilDate(year: 2000, month: 1, day: 1)).weekday == .saturday)
        #expect(try #require(CivilDate(year: 1970, month: 1, day: 1)).weekday == .thursday)
        #expect(try #require(CivilDate(year: 1, month: 1, day: 1)).weekday == .monday)
    }

    @Test("day arithmetic crosses months, years and leap days")
    func adding() throws {
        let newYear = try #require(CivilDate(year: 2022, month: 1, day: 3))
        #expect(newYear.adding(days: -6).description == "2021-12-28")
        let march = try #require(CivilDate(year: 2020, month: 3, day: 1))
        #expect(march.adding(days: -1).description == "2020-02-29")
        let century = try #require(CivilDate(year: 1900, month: 3, day: 1))
        #expect(century.adding(days: -1).description == "1900-02-28")
        #expect(newYear.adding(days: 365).description == "2023-01-03")
    }

    @Test("day numbers round-trip for every day of four centuries")
    func roundTrip() throws {
        var date = try #require(CivilDate(year: 1800, month: 1, day: 1))
        let first = date.dayNumber
        var wrong = 0
        for n in 0..<(146_097 + 10) {
            let next = CivilDate(dayNumber: date.dayNumber + 1)
            if date.dayNumber != first + n || next <= date { wrong += 1 }
            date = next
        }
        #expect(wrong == 0)
        #expect(date.description == "2200-01-11")
    }

    @Test("days that never were are refused")
    func invalid() {
        #expect(CivilDate(year: 2021, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2018, month: 2, day: 31) == nil)
        #expect(CivilDate(year: 2018, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2020, month: 2, day: 29) != nil)
    }
}
