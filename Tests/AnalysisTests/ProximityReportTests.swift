import Incidents
import Foundation
import Spatial
import Testing
@testable import Analysis

@Suite("Proximity report: periods, rings, medians and the trend")
struct ProximityReportTests {
    static let bamako = (latitude: 12.6392, longitude: -8.0029)

    private func day(_ text: String) throws -> CivilDate { try CivilDate(validating: text) }

    @Test("ISO weeks at year boundaries: the week belongs to the year of its Thursday")
    func isoWeeksAtYearBoundaries() throws {
        #expect(try day("2020-12-31").weekLabel == "2020-W53")
        #expect(try day("2021-01-03").weekLabel == "2020-W53")   // a Sunday, still in 2020's last week
        #expect(try day("2021-01-04").weekLabel == "2021-W01")   // the Monday after
        #expect(try day("2019-12-30").weekLabel == "2020-W01")   // a Monday whose Thursday is 2020-01-02
        #expect(try day("2022-07-22").weekLabel == "2022-W29")
        #expect(try day("2022-07-27").weekLabel == "2022-W30")
        #expect(try day("2022-07-22").monthLabel == "2022-07")
    }

    @Test("dates that are not days are refused, naming the text")
    func invalidDays() {
        #expect(throws: (any Error).self) { try CivilDate(validating: "2022-02-30") }
        #expect(throws: (any Error).self) { try CivilDate(validating: "2022-7-1") }
        #expect((try? CivilDate(validating: "2024-02-29")) != nil)
    }

    @Test("a point exactly on a ring's radius is inside it; a metre more is in the next")
    func ringAssignmentAtExactRadii() throws {
        let rings = try DistanceRings(kilometres: [50, 100])
        #expect(rings.ringIndex(forDistance: 50_000) == 0)
        #expect(rings.ringIndex(forDistance: 50_001) == 1)
        #expect(rings.ringIndex(forDistance: 100_000) == 1)
        #expect(rings.ringIndex(forDistance: 100_001) == nil)

        // Through the report, with points placed by the direct geodesic problem, 1 m inside and outside.
        let capital = try GeoPoint(latitude: Self.bamako.latitude, longitude: Self.bamako.longitude)
        let points = [49_999.0, 50_001.0, 99_999.0, 100_001.0].map { Geodesic.wgs84.direct(from: capital, azimuth: 30, distance: $0) }
        let observations = try points.map {
            ProximityObservation(date: try day("2022-07-01"), killed: 1, latitude: $0.latitude, longitude: $0.longitude)
        }
        let report = ProximityReport(observations: observations, capital: capital, capitalName: "Bamako",
                                     granularity: .month, rings: rings)
        #expect(report.periods.first?.ringIncidents == [1, 2, 1])
        #expect(report.ringNames == ["50", "100", "beyond"])
    }

    @Test("median: the middle value, or the mean of the two middle values for an even count")
    func medians() {
        #expect(ProximityPeriod.median([]) == nil)
        #expect(ProximityPeriod.median([7]) == 7)
        #expect(ProximityPeriod.median([30, 10, 20]) == 20)
        #expect(ProximityPeriod.median([40, 10, 30, 20]) == 25)
    }

    @Test("medians 100, 90, 80 km over three months: -10 km/month, closer")
    func slopeOfAShrinkingSeries() {
        let jan2022 = 2022 * 12
        let trend = DistanceTrend(months: [
            .init(monthIndex: jan2022 + 2, medianKm: 80, incidents: 5),
            .init(monthIndex: jan2022, medianKm: 100, incidents: 3),
            .init(monthIndex: jan2022 + 1, medianKm: 90, incidents: 4),
        ], capitalName: "Bamako")
        #expect(abs((trend.kilometresPerMonth ?? 0) + 10) < 1e-9)
        #expect(trend.sentence == "attacks moved 10.0 km/month closer to Bamako, Jan–Mar 2022, 12 incidents")
        #expect(trend.from == "2022-01" && trend.to == "2022-03")
    }

    @Test("a growing series across a year boundary, with a gap, is 'further from'; two months give no trend")
    func slopeSignAndTooFewMonths() {
        let dec2021 = 2021 * 12 + 11
        // Months 0, 1, 3 with 100, 110, 130: the gap counts as time, slope exactly 10.
        let growing = DistanceTrend(months: [
            .init(monthIndex: dec2021, medianKm: 100, incidents: 1),
            .init(monthIndex: dec2021 + 1, medianKm: 110, incidents: 1),
            .init(monthIndex: dec2021 + 3, medianKm: 130, incidents: 1),
        ], capitalName: "Niamey")
        #expect(abs((growing.kilometresPerMonth ?? 0) - 10) < 1e-9)
        #expect(growing.sentence == "attacks moved 10.0 km/month further from Niamey, Dec 2021–Mar 2022, 3 incidents")

        let short = DistanceTrend(months: [.init(monthIndex: dec2021, medianKm: 100, incidents: 9),
                                           .init(monthIndex: dec2021 + 1, medianKm: 50, incidents: 9)], capitalName: "Bamako")
        #expect(short.kilometresPerMonth == nil)
        #expect(short.sentence == "no trend: fewer than 3 months with located incidents")
    }

    @Test("undated incidents are in no period, unlocated ones count in their period but not in rings or distances")
    func undatedAndUnlocated() throws {
        let capital = try GeoPoint(latitude: Self.bamako.latitude, longitude: Self.bamako.longitude)
        let observations = [
            ProximityObservation(date: try day("2022-07-22"), killed: 6, latitude: 12.7441, longitude: -8.0726),  // Kati
            ProximityObservation(date: try day("2022-07-27"), killed: nil, latitude: nil, longitude: nil),
            ProximityObservation(date: nil, killed: 4, latitude: 12.7441, longitude: -8.0726),
        ]
        let report = ProximityReport(observations: observations, capital: capital, capitalName: "Bamako",
                                     granularity: .month, rings: try DistanceRings(kilometres: [50, 100]))
        #expect(report.undated == 1 && report.unlocated == 1)
        let july = try #require(report.periods.first)
        #expect(report.periods.count == 1)
        #expect(july.incidents == 2 && july.killed == 6 && july.located == 1)
        #expect(july.ringIncidents == [1, 0, 0] && july.ringKilled == [6, 0, 0])
        #expect(abs((july.minimumKm ?? 0) - 13.856) < 0.01)
        #expect(july.medianKm == july.minimumKm)
    }

    @Test("a quiet month or week between two incidents is a row of zeros, not a missing row")
    func emptyPeriodsBetweenAreKept() throws {
        let capital = try GeoPoint(latitude: Self.bamako.latitude, longitude: Self.bamako.longitude)
        let observations = [
            ProximityObservation(date: try day("2022-01-30"), killed: 4, latitude: 14.0, longitude: -6.0),
            ProximityObservation(date: try day("2022-04-02"), killed: 1, latitude: 12.744, longitude: -8.073),
        ]
        let rings = try DistanceRings(kilometres: [50, 500])
        let monthly = ProximityReport(observations: observations, capital: capital, capitalName: "Bamako",
                                      granularity: .month, rings: rings)
        #expect(monthly.periods.map(\.label) == ["2022-01", "2022-02", "2022-03", "2022-04"])
        #expect(monthly.periods.map(\.incidents) == [1, 0, 0, 1])
        #expect(monthly.periods[1].medianKm == nil && monthly.periods[1].minimumKm == nil)
        let weekly = ProximityReport(observations: observations, capital: capital, capitalName: "Bamako",
                                     granularity: .week, rings: rings)
        #expect(weekly.periods.first?.label == "2022-W04")
        #expect(weekly.periods.last?.label == "2022-W13")
        #expect(weekly.periods.count == 10)
        #expect(ProximityReport(observations: [], capital: capital, capitalName: "Bamako", granularity: .month,
                                rings: rings).periods.isEmpty)
    }
}
