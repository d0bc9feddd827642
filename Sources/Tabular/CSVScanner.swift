/// Where one field of a record lies in the file's bytes.
///
/// For a quoted field the span covers the text between the quotes, with any doubled quotes (`""`) still in
/// it; `CSVTable.string(of:)` undoes them.
public struct CSVFieldSpan: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var isQuoted: Bool
    /// True when a quoted field contains a doubled quote that must be unescaped.
    public var hasEscapedQuote: Bool
}

/// Splits RFC 4180 text into records without copying it: quoted fields may hold delimiters, doubled quotes
/// and line breaks; line ends may be LF or CRLF. It keeps the line number on which each record starts so
/// errors can point at it.
public struct CSVScanner {
    public let delimiter: UInt8
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    private var line: Int

    /// The 1-based line on which the record last returned by `nextRecord` starts.
    public private(set) var recordLine = 0
    /// The byte offset at which the record last returned by `nextRecord` starts.
    public private(set) var recordStart = 0

    public init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, startingAt offset: Int = 0, line: Int = 1) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.position = offset
        self.line = line
    }

    /// The byte offset where the next record would start.
    public var offset: Int { position }
    /// The 1-based line on which the next record would start.
    public var nextLine: Int { line }

    /// Reads the next record's field spans into `fields` (cleared first).
    /// Returns false at the end of the input. A blank line is returned as a record with one empty field.
    /// - Throws: `CSVScanError` for a quote that is never closed or text after a closing quote.
    public mutating func nextRecord(into fields: inout [CSVFieldSpan]) throws(CSVScanError) -> Bool {
        fields.removeAll(keepingCapacity: true)
        let count = bytes.count
        guard position < count else { return false }
        recordLine = line
        recordStart = position
        var i = position
        while true {
            // One field starts at i.
            if i < count && bytes[i] == UInt8(ascii: "\"") {
                let start = i + 1
                var j = start
                var escaped = false
                while true {
                    guard j < count else {
                        throw CSVScanError(line: recordLine, message: "a quoted field is never closed")
                    }
                    let b = bytes[j]
                    if b == UInt8(ascii: "\"") {
                        if j + 1 < count && bytes[j + 1] == UInt8(ascii: "\"") {
                            escaped = true
                            j += 2
                            continue
                        }
                        break
                    }
                    if b == UInt8(ascii: "\n") { line += 1 }
                    j += 1
                }
                fields.append(CSVFieldSpan(start: start, end: j, isQuoted: true, hasEscapedQuote: escaped))
                i = j + 1
                if i < count && bytes[i] == UInt8(ascii: "\r") { i += 1 }
                if i >= count { position = count; return true }
                let next = bytes[i]
                if next == delimiter { i += 1; continue }
                if next == UInt8(ascii: "\n") { line += 1; position = i + 1; return true }
                throw CSVScanError(line: line, message: "unexpected text after a closing quote")
            }
            let start = i
            while i < count {
                let b = bytes[i]
                if b == delimiter || b == UInt8(ascii: "\n") { break }
                i += 1
            }
            var end = i
            if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            fields.append(CSVFieldSpan(start: start, end: end, isQuoted: false, hasEscapedQuote: false))
            if i >= count { position = count; return true }
            if bytes[i] == delimiter { i += 1; continue }
            line += 1
            position = i + 1
            return true
        }
    }
}

/// A syntax error found while scanning; `CSVTable` turns it into a `CSVError` naming the file.
public struct CSVScanError: Error, Sendable {
    public let line: Int
    public let message: String
}
