#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file (written atomically) or standard output, written with write(2).
///
/// A file destination is a temporary file beside the target that `finish()` renames over it; if the
/// output is cancelled, dropped, or an I/O error happens first, the temporary file is removed and the
/// target is left as it was, so a failed run never leaves a half-written file. Standard output cannot be
/// taken back: what was written stays written.
///
/// A target that exists and is not a regular file (`/dev/null`, a named pipe) is written in place: renaming
/// over a device node would replace it with a regular file.
///
/// Callers buffer: each `write` goes straight to the descriptor.
public final class OutputFile {
    public enum Destination: Sendable, Equatable {
        case file(path: String)
        case standardOutput
    }

    private enum State {
        case open, finished, cancelled
        case failed(OutputError)
    }

    /// The path errors name: the user's target, or `<stdout>`.
    public var displayPath: String { output.displayPath }

    private let output: FileDescriptorOutput
    private let replacement: AtomicFileReplacement?
    /// A device or pipe opened in place, closed by `finish()`.
    private let openedInPlace: Bool
    private var state = State.open

    /// Opens the destination; for a file, creates the temporary file in the target's directory.
    /// - Throws: `OutputError` naming the path, e.g. when its directory does not exist.
    public init(_ destination: Destination) throws(OutputError) {
        switch destination {
        case .file(let path):
            var info = stat()
            if stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
                guard (info.st_mode & S_IFMT) != S_IFDIR else {
                    throw OutputError(path: path, message: "is a directory; name a file to write")
                }
                let descriptor = open(path, O_WRONLY | O_CLOEXEC)
                guard descriptor >= 0 else { throw OutputError(path: path, action: "cannot open", errno: errno) }
                replacement = nil
                openedInPlace = true
                output = FileDescriptorOutput(descriptor: descriptor, displayPath: path)
            } else {
                let replacement = try AtomicFileReplacement.create(replacing: path)
                self.replacement = replacement
                openedInPlace = false
                output = replacement.output
            }
        case .standardOutput:
            // Anything print()ed earlier sits in stdio's buffer; it must come out first.
            fflush(nil)
            replacement = nil
            openedInPlace = false
            output = FileDescriptorOutput(descriptor: STDOUT_FILENO, displayPath: "<stdout>")
        }
    }

    deinit {
        if case .open = state { replacement?.discard() }
        if openedInPlace, case .open = state { _ = close(output.descriptor) }
    }

    /// Writes all of `bytes`. After a failure the temporary file is already gone and every later call
    /// throws the same error.
    public func write(_ bytes: [UInt8]) throws(OutputError) {
        try checkOpen()
        do {
            try output.writeAll(bytes)
        } catch {
            replacement?.discard()
            state = .failed(error)
            throw error
        }
    }

    /// For a file: flushes it to disk and renames it over the target. Calling it again does nothing.
    public func finish() throws(OutputError) {
        switch state {
        case .finished: return
        case .cancelled: throw OutputError(path: displayPath, message: "the output was cancelled")
        case .failed(let error): throw error
        case .open: break
        }
        if let replacement {
            do {
                try replacement.commit()
            } catch {
                state = .failed(error)
                throw error
            }
        }
        if openedInPlace { _ = close(output.descriptor) }
        state = .finished
    }

    /// Abandons a file destination: the temporary file is removed and the target left as it was.
    public func cancel() {
        guard case .open = state else { return }
        replacement?.discard()
        state = .cancelled
    }

    private func checkOpen() throws(OutputError) {
        switch state {
        case .open: return
        case .finished: throw OutputError(path: displayPath, message: "the output is already finished")
        case .cancelled: throw OutputError(path: displayPath, message: "the output was cancelled")
        case .failed(let error): throw error
        }
    }
}
