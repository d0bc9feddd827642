import TextEncoding
/// A delimited text table held in memory as bytes: its header, its delimiter and where its records start.
///
/// Records are not materialised; callers scan them with `scanner()` so a million-row table costs its
/// bytes and nothing per row until a caller decides what to keep.
public struct CSVTable: Sendable {
    /// The file as the user named it, for error messages.
    public let file: String
    public let bytes: [UInt8]
    public let delimiter: UInt8
    public let header: [String]
    /// Byte offset and line number of the first record after the header.
    public let bodyOffset: Int
    public let bodyLine: Int

    /// Reads `path` (`-` for standard input).
    public init(contentsOf path: String) throws(CSVError) {
        try self.init(bytes: FileBytes.read(path: path), file: path)
    }

    /// - Parameter delimiter: `nil` detects comma, semicolon or tab from the header line.
    public init(bytes: [UInt8], file: String, delimiter: UInt8? = nil) throws(CSVError) {
        self.file = file
        self.bytes = bytes
        if let bad = UTF8Validation.firstInvalidByte(in: bytes) {
            let line = bytes[..<bad].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            throw CSVError(file: file, line: line, message:
                "byte \(bad) is not UTF-8 (save the file as UTF-8, or convert it: iconv -f WINDOWS-1252 -t UTF-8)")
        }
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let chosen = delimiter ?? CSVTable.detectDelimiter(bytes[bom...])
        self.delimiter = chosen
        var fields: [CSVFieldSpan] = []
        var names: [String] = []
        var offset = bom
        var line = 2
        do {
            try bytes.withUnsafeBufferPointer { (buffer) throws(CSVScanError) in
                var scanner = CSVScanner(bytes: buffer, delimiter: chosen, startingAt: bom)
                guard try scanner.nextRecord(into: &fields) else { return }
                names = fields.map { CSVTable.decode($0, in: buffer) }
                offset = scanner.offset
                line = scanner.nextLine
            }
        } catch {
            throw CSVError(file: file, line: error.line, message: error.message)
        }
        guard !names.isEmpty, names != [""] else {
            throw CSVError(file: file, line: 1, message: "the file is empty: expected a header line naming the columns")
        }
        self.header = names.map { $0.trimmingSpaces() }
        self.bodyOffset = offset
        self.bodyLine = line
    }

    /// A scanner over the records after the header.
    public func withScanner<R>(_ body: (inout CSVScanner, UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer, delimiter: delimiter, startingAt: bodyOffset, line: bodyLine)
            return try body(&scanner, buffer)
        }
    }

    /// The text of one field, with a quoted field's doubled quotes undone.
    public static func decode(_ span: CSVFieldSpan, in buffer: UnsafeBufferPointer<UInt8>) -> String {
        let raw = UnsafeBufferPointer(rebasing: buffer[span.start..<span.end])
        let text = String(decoding: raw, as: UTF8.self)
        return span.hasEscapedQuote ? text.replacingAll("\"\"", with: "\"") : text
    }

    /// The most frequent of `,` `;` and tab outside quotes on the first line; comma when none appears.
    static func detectDelimiter(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for b in bytes {
            if b == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if !quoted && b == UInt8(ascii: "\n") { break }
            if !quoted, let c = counts[b] { counts[b] = c + 1 }
        }
        let best = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key != UInt8(ascii: ",")) }
        guard let best, best.value > 0 else { return UInt8(ascii: ",") }
        return best.key
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
