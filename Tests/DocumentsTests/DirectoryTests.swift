import Foundation
import Testing
@testable import Documents

@Suite("Directories and paths")
struct DirectoryTests {
    @Test func directoryIsWalkedInSortedOrderSkippingHiddenAndNotingOthers() throws {
        let scratch = try Scratch()
        try scratch.write("corpus/b.txt", "b")
        try scratch.write("corpus/a/2.md", "a2")
        try scratch.write("corpus/a/1.jsonl", "{\"text\": \"a1-1\"}\n{\"text\": \"a1-2\"}\n")
        try scratch.write("corpus/a/deeper/z.text", "z")
        try scratch.write("corpus/README", "readme")
        try scratch.write("corpus/c.NDJSON", "{\"id\": \"c\", \"text\": \"c\"}\n")
        try scratch.write("corpus/.hidden.txt", "hidden")
        try scratch.write("corpus/.git/config.txt", "hidden too")
        try scratch.write("corpus/events.csv", "a,b\n")
        let corpus = scratch.path("corpus")

        let result = try DocumentReader(inputs: [corpus]).readAll()
        // Byte order: "README" sorts before lower-case names; a directory's files come where its name sorts.
        #expect(result.ids == ["README", "1.jsonl:1", "1.jsonl:2", "2.md", "z.text", "b.txt", "c"])
        #expect(result.documents.map(\.source.file) == [
            "\(corpus)/README", "\(corpus)/a/1.jsonl", "\(corpus)/a/1.jsonl", "\(corpus)/a/2.md",
            "\(corpus)/a/deeper/z.text", "\(corpus)/b.txt", "\(corpus)/c.NDJSON",
        ])
        #expect(result.summary.warnings.map(\.description) == [
            "\(corpus)/events.csv: not a document file (.csv); skipped",
        ])
        #expect(result.summary.warnings.first?.kind == .skippedFile)
        #expect(result.summary.skippedFileCount == 1)
        #expect(result.summary.problems.isEmpty)
    }

    @Test func directoryAndFilesMixInArgumentOrder() throws {
        let scratch = try Scratch()
        let single = try scratch.write("single.txt", "s")
        try scratch.write("dir/x.txt", "x")
        let result = try DocumentReader(inputs: [scratch.path("dir") + "/", single]).readAll()
        #expect(result.ids == ["x.txt", "single.txt"])
        #expect(result.documents.first?.source.file == scratch.path("dir") + "/x.txt")
    }

    @Test func symbolicLinkLoopIsWalkedOnce() throws {
        let scratch = try Scratch()
        try scratch.write("tree/a.txt", "a")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path("tree/loop"), withDestinationPath: scratch.path("tree")
        )
        #expect(try DocumentReader(inputs: [scratch.path("tree")]).readAll().ids == ["a.txt"])
    }

    @Test func missingPathThrowsAnErrorNamingIt() throws {
        let scratch = try Scratch()
        let present = try scratch.write("present.txt", "here")
        let missing = scratch.path("absent.jsonl")
        var delivered = 0
        #expect {
            _ = try DocumentReader(inputs: [present, missing]).batches(size: 1) { delivered += $0.count }
        } throws: { error in
            guard let error = error as? DocumentInputError else { return false }
            return error.kind == .unreadable && error.file == missing
                && error.description == "\(missing): cannot open: No such file or directory"
        }
        // Paths are checked before anything is read, so a typo costs no partial output.
        #expect(delivered == 0)
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file"))
    func unreadableFileThrowsAnErrorNamingIt() throws {
        let scratch = try Scratch()
        let path = try scratch.write("secret.txt", "x")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        #expect {
            _ = try DocumentReader(inputs: [path]).readAll()
        } throws: { error in
            (error as? DocumentInputError)?.description == "\(path): cannot open: Permission denied"
        }
    }
}
