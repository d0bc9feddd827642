import Foundation
import TestSupport

/// Runs the built `sahel` binary, as a user would, and captures what it prints.
struct SahelProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// `SAHEL_BIN` (set by Scripts/test.sh), else the `sahel` beside the test bundle in the build folder.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["SAHEL_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sahel")
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Paths the tests read: the project's own examples and the team's shared data beside the checkout.
enum Fixtures {
    static let packageRoot = TestPaths.packageRoot
    static let shared = TestPaths.shared
    static let towns = packageRoot.appendingPathComponent("Examples/sahel-towns.csv").path
    static let admin1 = shared.appendingPathComponent("bench/data/admin1_sahel.geojson").path

    /// The default gazetteer (as Scripts/bootstrap.sh builds it: GeoNames and Natural Earth).
    static let defaultGazetteer = packageRoot.appendingPathComponent("Gazetteer/build/sahel.sqlite").path

    /// A copy of the default gazetteer with the OCHA Mali settlements imported by the binary, made once per
    /// test run: the commune and cercle names ("Boni (cercle de Douentza)") only OCHA's file carries.
    static let ochaGazetteer: Result<String, Error> = Result {
        let dir = try temporaryDirectory()
        let copy = dir.appendingPathComponent("sahel-ocha.sqlite").path
        try FileManager.default.copyItem(atPath: defaultGazetteer, toPath: copy)
        let ocha = shared.appendingPathComponent("data/ocha-mali-settlements-2015.csv").path
        let result = try SahelProcess.run(["gazetteer", "import", "ocha", ocha, "--db", copy])
        guard result.status == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "OCHA import failed: \(result.stderr)"])
        }
        return copy
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sahel-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func json(_ text: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw CocoaError(.coderReadCorrupt)
        }
        return object
    }

    /// `ogrinfo -ro -al -so` (with open `options` such as `-oo X_POSSIBLE_NAMES=lon`), or nil when GDAL is not
    /// installed.
    static func ogrSummary(_ path: String, options: [String] = []) throws -> String? {
        let ogrinfo = "/usr/bin/ogrinfo"
        guard FileManager.default.isExecutableFile(atPath: ogrinfo) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ogrinfo)
        process.arguments = ["-ro", "-al", "-so"] + options + [path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
