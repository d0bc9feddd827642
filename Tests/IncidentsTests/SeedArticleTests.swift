import Foundation
import Incidents
import Testing

/// The article the project started from: the Kati garrison attack of Friday 22 July 2022 and the three
/// coordinated attacks of Wednesday 27 July, published Friday 29 July 2022.
@Suite("Seed article")
struct SeedArticleTests {
    let incidents: [Incident]

    init() throws {
        let text = try String(contentsOf: IncidentFixture.seed, encoding: .utf8)
        incidents = try IncidentFixture.extract(text, published: "2022-07-29")
    }

    @Test("the Kati attack: 22 July 2022, at least one killed, located at Kati, 13.9 km from Bamako")
    func kati() throws {
        let kati = try #require(incidents.first { $0.date == "2022-07-22" }, "\(incidents.map(\.date))")
        #expect(kati.datePrecision == 1)
        #expect(kati.killed == 1)
        let location = try #require(kati.location)
        #expect(location.name == "Kati")
        let toBamako = haversine(location.latitude, location.longitude, 12.6392, -8.0029)
        #expect(abs(toBamako - 13.9) < 1.0, "\(toBamako) km")
        #expect(kati.country == "ML")
        #expect(kati.evidence.text.contains("vendredi 22 juillet"))
    }

    @Test("the 27 July attacks: 18 killed (15 soldiers, 3 civilians), in Mali, with no invented place")
    func twentySeventh() throws {
        let day = try #require(incidents.first { $0.date == "2022-07-27" }, "\(incidents.map(\.date))")
        #expect(day.killed == 18)
        #expect(day.killedByGroup[.soldiers] == 15)
        #expect(day.killedByGroup[.civilians] == 3)
        #expect(day.location == nil)
        #expect(day.country == "ML")
    }

    @Test("commentary is not an incident: the embassy's warnings, '11 attaques en moins d'une semaine'")
    func noCommentary() {
        #expect(incidents.count == 2, "\(incidents.map { ($0.date ?? "-", $0.evidence.text.prefix(60)) })")
    }

    private func haversine(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> Double {
        let p = Double.pi / 180, x = sin((c - a) * p / 2), y = sin((d - b) * p / 2)
        return 2 * 6371.0088 * asin(min(1, (x * x + cos(a * p) * cos(c * p) * y * y).squareRoot()))
    }
}
