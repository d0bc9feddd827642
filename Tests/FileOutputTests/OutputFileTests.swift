import Foundation
import Testing
@testable import FileOutput

@Suite("Atomic output files")
struct OutputFileTests {
    private func directory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sahel-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    private func entries(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    @Test func finishRenamesTheCompleteFileIntoPlace() throws {
        let dir = try directory()
        let target = dir.appendingPathComponent("out.csv").path
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        let output = try OutputFile(.file(path: target))
        try output.write(Array("a,b\n".utf8))
        try output.write(Array("1,2\n".utf8))
        // Until finish, readers still see the old file.
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
        try output.finish()
        try output.finish()   // harmless
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "a,b\n1,2\n")
        #expect(try entries(dir) == ["out.csv"])
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(mode == 0o644)
    }

    @Test func cancelledOrDroppedOutputLeavesNothing() throws {
        let dir = try directory()
        let cancelled = try OutputFile(.file(path: dir.appendingPathComponent("a.csv").path))
        try cancelled.write(Array("x".utf8))
        cancelled.cancel()
        #expect(throws: OutputError.self) { try cancelled.finish() }
        do {
            let dropped = try OutputFile(.file(path: dir.appendingPathComponent("b.csv").path))
            try dropped.write(Array("y".utf8))
        }
        #expect(try entries(dir) == [])
    }

    @Test func missingDirectoryNamesThePath() {
        #expect {
            try OutputFile(.file(path: "/nonexistent-dir/out.geojson"))
        } throws: { error in
            guard let error = error as? OutputError else { return false }
            return error.path == "/nonexistent-dir/out.geojson" && error.message.contains("No such file or directory")
        }
    }

    @Test func writingAfterFinishIsAnError() throws {
        let dir = try directory()
        let output = try OutputFile(.file(path: dir.appendingPathComponent("c.csv").path))
        try output.finish()
        #expect(throws: OutputError.self) { try output.write([0x41]) }
    }

    @Test func devicesAreWrittenInPlaceNotReplaced() throws {
        let output = try OutputFile(.file(path: "/dev/null"))
        try output.write(Array("discarded".utf8))
        try output.finish()
        var info = stat()
        #expect(stat("/dev/null", &info) == 0)
        #expect((info.st_mode & S_IFMT) == S_IFCHR)
    }

    @Test func aDirectoryIsNotAnOutputFile() throws {
        let dir = try directory()
        #expect {
            try OutputFile(.file(path: dir.path))
        } throws: { ($0 as? OutputError)?.message.contains("is a directory") == true }
    }
}
