#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file descriptor written with write(2), retrying partial writes and EINTR.
struct FileDescriptorOutput {
    let descriptor: Int32
    /// The path errors name: the user's target, not a temporary file they never asked for.
    let displayPath: String

    /// Writes all of `bytes` or throws the errno of the failure.
    func writeAll(_ bytes: [UInt8]) throws(OutputError) {
        let failure = bytes.withUnsafeBytes { writeAll($0) }
        if let failure { throw failure }
    }

    private func writeAll(_ buffer: UnsafeRawBufferPointer) -> OutputError? {
        var remaining = buffer
        while let base = remaining.baseAddress, !remaining.isEmpty {
            let written = write(descriptor, base, remaining.count)
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                return OutputError(path: displayPath, action: "cannot write", errno: code)
            }
            // A regular file or pipe never accepts 0 bytes of a non-empty write unless it
            // is stuck; report it rather than spin.
            guard written > 0 else {
                return OutputError(path: displayPath, message: "cannot write: the output accepted no bytes")
            }
            remaining = UnsafeRawBufferPointer(rebasing: remaining[written...])
        }
        return nil
    }
}
