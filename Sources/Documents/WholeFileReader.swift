#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a plain-text document whole: an article is small, and the geocoder wants its full text at once.
/// A size limit keeps a stray multi-GB file from being taken for one article.
enum WholeFileReader {
    /// All bytes up to end of file, or nil as soon as there are more than `limit` (the rest is not read).
    /// - Throws: `DocumentInputError` (`.unreadable`) when read(2) fails.
    static func contents(descriptor: Int32, displayPath: String, limit: Int) throws(DocumentInputError) -> [UInt8]? {
        var info = stat()
        var sizeHint = 1 << 16
        if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG {
            guard Int(info.st_size) <= limit else { return nil }
            sizeHint = Int(info.st_size) + 1
        }
        var bytes: [UInt8] = []
        var capacity = max(4096, min(sizeHint, limit + 1))
        while true {
            let filled = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: capacity - filled))
            var count = 0
            var failure: Int32 = 0
            bytes.withUnsafeMutableBytes { raw in
                guard let base = raw.baseAddress else { return }
                while true {
                    count = read(descriptor, base + filled, raw.count - filled)
                    if count < 0 && errno == EINTR { continue }
                    if count < 0 { failure = errno }
                    return
                }
            }
            if failure != 0 {
                throw DocumentInputError(file: displayPath, action: "cannot read", errno: failure)
            }
            bytes.removeSubrange((filled + count)...)
            if bytes.count > limit { return nil }
            if count == 0 { return bytes }
            if bytes.count == capacity { capacity = min(capacity * 2, limit + 1) }
        }
    }
}
