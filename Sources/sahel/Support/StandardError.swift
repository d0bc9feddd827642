import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Standard error, written with write(2), and the one status line (a progress bar) that may be showing on
/// it: any other text first erases that line, so a warning never lands in the middle of a bar; the next
/// progress update draws the bar again below it.
enum StandardError {
    static func write(_ text: String) {
        status.withLock { shown in
            if shown {
                raw(eraseLine)
                shown = false
            }
            raw(text)
        }
    }

    static var isTerminal: Bool { isatty(2) == 1 }

    /// The terminal's width in columns, 80 when it does not say.
    static var columns: Int {
        var size = winsize()
        guard ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Draws `line` (which must fit on one terminal row) over the status line, if one is showing.
    static func showStatus(_ line: String) {
        status.withLock { shown in
            raw("\r" + line + "\u{1B}[K")
            shown = true
        }
    }

    /// Erases the status line, if one is showing, leaving the cursor at the start of the empty row.
    static func clearStatus() {
        status.withLock { shown in
            if shown { raw(eraseLine) }
            shown = false
        }
    }

    /// Carriage return, then erase to the end of the row.
    private static let eraseLine = "\r\u{1B}[K"

    private static let status = StatusFlag()

    private static func raw(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            // A terminal may take a long line in pieces.
            while offset < buffer.count {
                let count = Glibc.write(2, base + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return }
                offset += count
            }
        }
    }
}

/// Whether a status line is showing; the lock keeps a write and a redraw from interleaving their bytes.
private final class StatusFlag: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var shown = false

    func withLock<Result>(_ body: (inout Bool) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&shown)
    }
}
