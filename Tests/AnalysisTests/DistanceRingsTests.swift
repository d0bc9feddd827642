import Testing
@testable import Analysis

@Suite("Distance rings")
struct DistanceRingsTests {
    @Test func smallestRingThatReachesTheDistance() throws {
        let rings = try DistanceRings(parsing: "100, 50,200,300,500")
        #expect(rings.radiiKilometres == [50, 100, 200, 300, 500])
        #expect(rings.ringIndex(forDistance: 0) == 0)
        #expect(rings.ringIndex(forDistance: 50_000) == 0)          // on the ring counts as inside
        #expect(rings.ringIndex(forDistance: 50_000.0004) == 1)     // compared unrounded
        #expect(rings.ringIndex(forDistance: 499_999) == 4)
        #expect(rings.ringIndex(forDistance: 500_001) == nil)
        #expect(rings.ringIndex(forDistance: .nan) == nil)
    }

    @Test func rejectsWhatIsNotAListOfRadii() {
        // A ring wider than half the Earth's circumference (1e19 once trapped in the ring labels) is refused.
        for text in ["", "50,,100", "50,abc", "0", "-5", "50,50", "inf", "1e19", "50,20001"] {
            #expect(throws: DistanceRings.InvalidRadii.self, "\(text)") { try DistanceRings(parsing: text) }
        }
    }
}
