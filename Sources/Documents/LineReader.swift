#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hands out the lines of a file descriptor one at a time, reading it in chunks (1 MiB by default), so a
/// multi-GB JSONL file is never in memory at once.
///
/// Lines end at "\n"; a "\r" before it is dropped (files saved on Windows), and so is a UTF-8 byte order mark
/// at the start of the first line. A last line without "\n" is still a line. A line longer than
/// `maximumLineBytes` is not kept: its bytes are dropped as they arrive and only its length is reported, so
/// a binary file named `.jsonl` cannot exhaust memory.
public struct LineReader {
    public enum Line: Equatable, Sendable {
        case bytes([UInt8])
        case tooLong(byteCount: Int)
    }

    private let descriptor: Int32
    private let displayPath: String
    private let maximumLineBytes: Int
    private var buffer: [UInt8]
    /// The first byte not yet handed out.
    private var start = 0
    /// One past the last byte read.
    private var end = 0
    /// Bytes in `start..<scanned` are known to hold no newline.
    private var scanned = 0
    private var reachedEnd = false
    /// Bytes of the current line already dropped because it is too long.
    private var dropped = 0
    /// The number of the line last returned (1-based).
    public private(set) var lineNumber = 0
    /// Bytes of the lines returned so far, line ends, byte order mark and dropped bytes included: the
    /// offset in the input where the next line starts (the input's length once `next()` returned nil).
    public private(set) var consumedBytes = 0

    public init(descriptor: Int32, displayPath: String, chunkSize: Int = 1 << 20, maximumLineBytes: Int) {
        self.descriptor = descriptor
        self.displayPath = displayPath
        self.maximumLineBytes = max(1, maximumLineBytes)
        buffer = Array(repeating: 0, count: max(16, min(chunkSize, maximumLineBytes + 1)))
    }

    /// The next line, or nil at the end of the input.
    /// - Throws: `DocumentInputError` (`.unreadable`) when read(2) fails.
    public mutating func next() throws(DocumentInputError) -> Line? {
        while true {
            if let newline = findNewline() {
                let line = take(upTo: newline)
                consumedBytes += 1   // the "\n"
                start = newline + 1
                scanned = start
                return line
            }
            scanned = end
            if reachedEnd {
                guard start < end || dropped > 0 else { return nil }
                let line = take(upTo: end)
                start = end
                return line
            }
            try fill()
        }
    }

    /// The line in `start..<lineEnd`, without its "\r" and, for the first line, its byte order mark.
    private mutating func take(upTo lineEnd: Int) -> Line {
        lineNumber += 1
        consumedBytes += dropped + (lineEnd - start)
        if dropped > 0 {
            let count = dropped + (lineEnd - start)
            dropped = 0
            return .tooLong(byteCount: count)
        }
        var from = start
        var to = lineEnd
        if to > from && buffer[to - 1] == UInt8(ascii: "\r") { to -= 1 }
        if lineNumber == 1 && to - from >= 3 && buffer[from] == 0xEF && buffer[from + 1] == 0xBB
            && buffer[from + 2] == 0xBF {
            from += 3
        }
        return .bytes(Array(buffer[from..<to]))
    }

    private func findNewline() -> Int? {
        guard scanned < end else { return nil }
        return buffer.withUnsafeBufferPointer { pointer -> Int? in
            guard let base = pointer.baseAddress,
                  let found = memchr(base + scanned, Int32(UInt8(ascii: "\n")), end - scanned)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Makes room (moving the unfinished line to the front, or dropping it when it is already too long) and
    /// reads once.
    private mutating func fill() throws(DocumentInputError) {
        if end - start > maximumLineBytes {
            dropped += end - start
            start = 0
            end = 0
            scanned = 0
        } else if start > 0 {
            let count = end - start
            let from = start
            buffer.withUnsafeMutableBytes { raw in
                guard let base = raw.baseAddress else { return }
                memmove(base, base + from, count)
            }
            end = count
            scanned -= from
            start = 0
        }
        if end == buffer.count {
            buffer.append(contentsOf: repeatElement(0, count: min(buffer.count, maximumLineBytes + 1 - end)))
        }
        var failure: Int32 = 0
        var count = 0
        let offset = end
        buffer.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            while true {
                count = read(descriptor, base + offset, raw.count - offset)
                if count < 0 && errno == EINTR { continue }
                if count < 0 { failure = errno }
                return
            }
        }
        if failure != 0 { throw DocumentInputError(file: displayPath, action: "cannot read", errno: failure) }
        if count == 0 { reachedEnd = true }
        end += max(0, count)
    }
}
