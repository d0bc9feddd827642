import Foundation
import TestSupport
import Testing
import GeoJSON

@Suite("JSONBytes numbers")
struct JSONBytesNumberTests {
    private func number(_ v: Double, _ digits: Int = 6) -> String {
        var out = JSONBytes()
        out.appendNumber(v, maxFractionDigits: digits)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    private func integer(_ v: Int64) -> String {
        var out = JSONBytes()
        out.appendInteger(v)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test("coordinates print as written", arguments: [
        (12.6392, 6, "12.6392"),
        (-8.0029, 6, "-8.0029"),
        (0.0, 6, "0"),
        (180.0, 6, "180"),
        (-180.0, 6, "-180"),
        (0.000001, 6, "0.000001"),
        (-0.000001, 6, "-0.000001"),
        (0.1 + 0.2, 6, "0.3"),
        (12.5, 0, "13"),
        (-12.5, 0, "-13"),
        (99.9999996, 6, "100"),
    ])
    func coordinates(value: Double, digits: Int, expected: String) {
        #expect(number(value, digits) == expected)
    }

    @Test("rounding is half away from zero on the Double product v × 10^N")
    func roundingRule() {
        #expect(number(13.8564999, 3) == "13.856")
        #expect(number(13.8565, 3) == "13.857")
        #expect(number(-13.8565, 3) == "-13.857")
        // 1.0005 is stored a hair below 1.0005, but 1.0005 * 1000 is exactly 1000.5.
        #expect(number(1.0005, 3) == "1.001")
        #expect(number(2.5, 0) == "3")
    }

    @Test("tiny values and negative zero print 0")
    func zeros() {
        #expect(number(1e-7) == "0")
        #expect(number(-0.0000001) == "0")
        #expect(number(-0.0) == "0")
        #expect(number(-0.0000004) == "0")
        #expect(number(-0.0000005) == "-0.000001")
    }

    @Test("large values stay valid JSON and avoid exponents below 1e15")
    func largeValues() throws {
        #expect(number(1e14) == "100000000000000")
        // Past 2^53 / 10^6 the Double has fewer than 6 decimals to give: its shortest form is written.
        #expect(number(123456789012.345678) == "123456789012.34567")
        #expect(number(999_999_999_999_999.0) == "999999999999999")
        #expect(number(-4e14 - 0.25) == "-400000000000000.25")
        let huge = number(1e20)
        #expect(Double(huge) == 1e20)
        #expect(huge.wholeMatch(of: try Regex(#"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?"#)) != nil, "\(huge)")
        #expect(number(Double.greatestFiniteMagnitude).contains("e"))
    }

    @Test("non-finite values print null")
    func nonFinite() {
        #expect(number(.nan) == "null")
        #expect(number(.infinity) == "null")
        #expect(number(-.infinity) == "null")
        var out = JSONBytes()
        out.appendValue(.number(.nan))
        #expect(out.bytes == Array("null".utf8))
    }

    @Test("integers, including the extremes")
    func integers() {
        #expect(integer(0) == "0")
        #expect(integer(7) == "7")
        #expect(integer(-42) == "-42")
        #expect(integer(Int64.max) == "9223372036854775807")
        #expect(integer(Int64.min) == "-9223372036854775808")
    }

    @Test("numbers in JSONValue keep their kind")
    func valueNumbers() {
        var out = JSONBytes()
        out.appendValue([.integer(3), .number(3.0), .number(0.1), .number(1e-5), .number(-2.5e30)])
        #expect(String(decoding: out.bytes, as: UTF8.self) == "[3,3.0,0.1,1e-05,-2.5e+30]")
    }

    @Test("100,000 random coordinates match (v * 1e6).rounded() / 1e6")
    func randomCoordinates() {
        var generator = SeededGenerator(seed: 0x5A4E_1234)
        var mismatches: [String] = []
        for _ in 0..<100_000 {
            let v = Double.random(in: -180...180, using: &generator)
            let text = number(v, 6)
            let expected = (v * 1e6).rounded() / 1e6
            guard let parsed = Double(text), abs(parsed - expected) <= 1e-12 else {
                mismatches.append("\(v) -> \(text), expected \(expected)")
                continue
            }
            if let dot = text.firstIndex(of: "."), text[text.index(after: dot)...].count > 6 || text.hasSuffix("0") {
                mismatches.append("\(v) -> \(text): more than 6 decimals or a trailing zero")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
