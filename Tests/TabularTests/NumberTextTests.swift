import Testing
import Foundation
@testable import Tabular

@Suite("Numbers in text")
struct NumberTextTests {
    private func parse(_ s: String, decimalComma: Bool = false) -> Double? {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { NumberText.parseDouble($0, 0, $0.count, decimalComma: decimalComma) }
    }

    private func kind(_ s: String) -> ValueKind {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { NumberText.kind(of: $0, 0, $0.count) }
    }

    @Test func parsesDecimalsExactlyLikeTheStandardLibrary() {
        for text in ["12.6392", "-8.0029", "0", "-0.000001", "179.999999", "+3.5", " 14.5 ", "1e3", "2.5E-2", "12345678901234567890"] {
            #expect(parse(text) == Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "+", with: "")), "\(text)")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10_000 {
            let micro = Int.random(in: -180_000_000...180_000_000, using: &generator)
            let text = String(format: "%.6f", Double(micro) / 1e6)
            #expect(parse(text) == Double(text))
        }
    }

    @Test func decimalCommaOnlyWhenAsked() {
        #expect(parse("13,44", decimalComma: true) == 13.44)
        #expect(parse("13,44") == nil)
    }

    @Test func rejectsWhatIsNotANumber() {
        for text in ["", " ", "nan", "inf", "0x1A", "1.2.3", "12a", "-", ".", "1e", "1e400", "--1"] {
            #expect(parse(text) == nil, "\(text)")
        }
    }

    @Test func classifiesValuesAsJSONWouldReadThem() {
        #expect(kind("") == .empty)
        #expect(kind("42") == .integer)
        #expect(kind("-7") == .integer)
        #expect(kind("0") == .integer)
        #expect(kind("007") == .text)   // a code, not a number: keep its zeros
        #expect(kind("+5") == .text)
        #expect(kind("1.50") == .number)
        #expect(kind("-2.5e3") == .number)
        #expect(kind("1.") == .text)
        #expect(kind("2022-07-22") == .text)
        #expect(kind("12345678901234567890") == .number)
        #expect(kind("1e999") == .text)
    }
}
