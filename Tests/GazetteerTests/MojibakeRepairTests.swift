import Foundation
import Gazetteer
import Testing

@Suite("MojibakeRepair")
struct MojibakeRepairTests {
    @Test func repairsUTF8ReadAsLatin1() {
        #expect(MojibakeRepair.repair("KabatÃ©") == "Kabaté")
        #expect(MojibakeRepair.repair("AbeÃ¯bara") == "Abeïbara")
        #expect(MojibakeRepair.repair("DjennÃ©") == "Djenné")
        #expect(MojibakeRepair.repair("MÃ©naka") == "Ménaka")
    }

    @Test func leavesCleanTextAlone() {
        #expect(MojibakeRepair.repair("Kabaté") == nil)
        #expect(MojibakeRepair.repair("Tombouctou") == nil)
        #expect(MojibakeRepair.repair("") == nil)
    }

    @Test func realÃWordsAreNotGuessedAt() {
        // Portuguese "SÃO TOMÉ": Ã followed by O is not a UTF-8 sequence once re-encoded.
        #expect(MojibakeRepair.repair("SÃO TOMÉ") == nil)
        #expect(MojibakeRepair.repair("Ã") == nil)
    }

    /// Every mojibake name of the OCHA Mali settlements file repairs to text without the tell-tale Ã/Â.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: MojibakeRepairTests.ochaPath)))
    func repairsTheRealOCHAFile() throws {
        let text = try String(contentsOfFile: Self.ochaPath, encoding: .utf8)
        var broken = 0
        var repaired: [String] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() where !line.contains("\"") {
            let name = String(line.split(separator: ",", omittingEmptySubsequences: false)[2])
            guard name.contains("Ã") || name.contains("Â") else { continue }
            broken += 1
            if let fixed = MojibakeRepair.repair(name), !fixed.contains("Ã"), !fixed.contains("Â") {
                repaired.append(fixed)
            }
        }
        #expect(broken > 100)
        #expect(repaired.count == broken)
        #expect(repaired.contains("Kabaté"))
    }

    static let ochaPath = TestData.ochaMali
}
