import Testing
import Spatial

@Suite("Compass direction")
struct CompassDirectionTests {
    @Test(arguments: [
        (0.0, "N"), (315, "NW"), (350, "N"), (191, "S"), (11.24, "N"), (11.25, "NNE"), (22.5, "NNE"),
        (45, "NE"), (90, "E"), (135, "SE"), (180, "S"), (202.5, "SSW"), (270, "W"), (337.5, "NNW"),
        (348.75, "N"), (360, "N"), (-10, "N"), (-45, "NW"), (-180, "S"), (725, "N"), (-33.1, "NNW"),
    ])
    func names(_ azimuth: Double, _ expected: String) {
        #expect(CompassDirection.name(forAzimuth: azimuth) == expected)
    }

    @Test func nonFiniteIsUnknown() {
        #expect(CompassDirection.name(forAzimuth: .nan) == "?")
        #expect(CompassDirection.name(forAzimuth: .infinity) == "?")
    }
}
