import Foundation
import Gazetteer

/// Where the gazetteer database is: `--gazetteer PATH`, else `SAHEL_GAZETTEER`, else
/// `Gazetteer/build/sahel.sqlite` in the working directory or in the package the binary was built in.
enum GazetteerLocation {
    static let relativePath = "Gazetteer/build/sahel.sqlite"

    /// The database to read, or a failure that says how to build one.
    static func existing(_ explicit: String?) throws -> String {
        if let explicit {
            guard FileManager.default.fileExists(atPath: explicit) else {
                throw CommandFailure.missingInput("\(explicit): no gazetteer database here (build one with: sahel gazetteer build --out \(explicit))")
            }
            return explicit
        }
        if let env = ProcessInfo.processInfo.environment["SAHEL_GAZETTEER"], !env.isEmpty {
            guard FileManager.default.fileExists(atPath: env) else {
                throw CommandFailure.missingInput("SAHEL_GAZETTEER=\(env): no gazetteer database there")
            }
            return env
        }
        for candidate in defaultCandidates where FileManager.default.fileExists(atPath: candidate) {
            return candidate
        }
        throw CommandFailure.missingInput("""
            no gazetteer database found (looked in \(defaultCandidates.joined(separator: ", "))); \
            build it with: bash Scripts/bootstrap.sh, or name one with --gazetteer PATH or SAHEL_GAZETTEER
            """)
    }

    /// Where a new database goes when none is named: the working directory's `Gazetteer/build/`.
    static func forWriting(_ explicit: String?) -> String {
        explicit ?? ProcessInfo.processInfo.environment["SAHEL_GAZETTEER"].flatMap { $0.isEmpty ? nil : $0 } ?? relativePath
    }

    /// The team's alias table: `Gazetteer/aliases.tsv` in the working directory or in the package sahel was built in.
    static var defaultAliases: String? { curatedTable("Gazetteer/aliases.tsv") }

    /// `Gazetteer/capitals.tsv`, the team's reference points of capitals, found like the aliases.
    static var defaultCapitalPoints: String? { curatedTable("Gazetteer/capitals.tsv") }

    private static func curatedTable(_ relative: String) -> String? {
        let candidates = [relative] + (packageOfBinary.map { [$0.appendingPathComponent(relative).path] } ?? [])
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    static var defaultCandidates: [String] {
        var paths = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(relativePath).path]
        if let package = packageOfBinary {
            let path = package.appendingPathComponent(relativePath).path
            if !paths.contains(path) { paths.append(path) }
        }
        return paths
    }

    /// The folder holding Package.swift above the running binary (`PKG/.build/<triple>/release/sahel`).
    private static var packageOfBinary: URL? {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return nil
    }

    static func open(_ explicit: String?) throws -> GazetteerStore {
        let path = try existing(explicit)
        do {
            return try GazetteerStore(readingFrom: path)
        } catch let error as GazetteerError {
            throw CommandFailure.badData(error.description)
        }
    }
}
