/// Low-level JSON text encoding into a growable byte array, with no intermediate `String`s:
/// the hot path of a million-feature job and the building block of `FeatureEncoder`.
///
/// The bytes are always UTF-8. Methods append; nothing is ever inserted or checked for
/// overall JSON validity, that is the caller's structure.
public struct JSONBytes: Sendable {
    /// The encoded bytes so far.
    public var bytes: [UInt8]

    public init(reservingCapacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(reservingCapacity)
    }

    /// The number of bytes so far.
    @inlinable public var count: Int { bytes.count }

    /// Appends JSON punctuation or any other text as is.
    @inlinable
    public mutating func appendRaw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends bytes as they are (for example, a feature encoded elsewhere).
    @inlinable
    public mutating func appendRaw<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        self.bytes.append(contentsOf: bytes)
    }

    /// Appends one byte as it is.
    @inlinable
    public mutating func appendByte(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends `null`, `true`/`false`, a number, a string, an array or an object.
    ///
    /// A `number` is written in Swift's shortest round-trip form, keeping a `.0` on
    /// integral values (`3.0`) so it reads back as a number, not an integer; NaN and
    /// infinities, which JSON lacks, become `null`.
    public mutating func appendValue(_ v: JSONValue) {
        switch v {
        case .null: appendRaw("null")
        case .bool(let b): if b { appendRaw("true") } else { appendRaw("false") }
        case .integer(let i): appendInteger(i)
        case .number(let d): appendShortestNumber(d)
        case .string(let s): appendString(s)
        case .array(let elements):
            bytes.append(ASCII.openBracket)
            for (i, element) in elements.enumerated() {
                if i > 0 { bytes.append(ASCII.comma) }
                appendValue(element)
            }
            bytes.append(ASCII.closeBracket)
        case .object(let object):
            appendObject(object)
        }
    }

    /// Appends `{"key":value,...}` in the object's key order.
    public mutating func appendObject(_ object: JSONObject) {
        bytes.append(ASCII.openBrace)
        appendMembers(of: object)
        bytes.append(ASCII.closeBrace)
    }

    /// Appends `"key":value` pairs separated by commas, without braces.
    mutating func appendMembers(of object: JSONObject) {
        var first = true
        for (key, value) in object {
            if !first { bytes.append(ASCII.comma) }
            first = false
            appendString(key)
            bytes.append(ASCII.colon)
            appendValue(value)
        }
    }

    /// Empties the buffer, keeping its memory when asked so a worker can reuse it.
    public mutating func removeAll(keepingCapacity: Bool) {
        bytes.removeAll(keepingCapacity: keepingCapacity)
    }
}
