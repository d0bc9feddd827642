import ArgumentParser
import Foundation

/// `--region ML,BF,NE`: ISO 3166-1 alpha-2 codes, upper-cased, in order.
enum RegionCodes {
    static func parse(_ text: String) throws -> [String] {
        let codes = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
            .filter { !$0.isEmpty }
        for code in codes where code.count != 2 || !code.allSatisfy(\.isLetter) {
            throw ValidationError("--region: \"\(code)\" is not an ISO 3166-1 alpha-2 country code")
        }
        return codes
    }
}
