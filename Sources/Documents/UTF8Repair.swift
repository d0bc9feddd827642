import TextEncoding
import Tabular

/// Finds bytes that are not well-formed UTF-8 and replaces them with U+FFFD, so a Latin-1 paragraph pasted
/// into an export costs a warning, not the document.
enum UTF8Repair {
    /// The offset of the first byte that does not start or continue a well-formed sequence, or nil.
    static func firstInvalidByte(in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        UTF8Validation.firstInvalidByte(in: buffer)
    }

    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        UTF8Validation.firstInvalidByte(in: bytes)
    }

    /// The text with every malformed sequence replaced by U+FFFD (the standard's "maximal subpart" rule, as
    /// `String(decoding:as:)` applies it).
    static func repaired(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
