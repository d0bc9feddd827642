import Foundation

/// A strict RFC 8259 parser into `JSONValue`. Unlike `JSONSerialization` it keeps object key
/// order and the integer-ness of numbers, and it says where (line, column) text is malformed.
struct JSONParser {
    /// Malformed JSON at a byte offset.
    struct SyntaxError: Error {
        let offset: Int
        let message: String
    }

    /// Deep enough for any GeoJSON (a MultiPolygon inside a collection is about 8 levels);
    /// the limit keeps hostile input from overflowing the stack.
    static let maximumDepth = 512

    let input: UnsafeRawBufferPointer
    var offset = 0
    private var depth = 0
    /// Reused buffer for strings with escapes.
    var scratch: [UInt8] = []

    init(_ input: UnsafeRawBufferPointer) {
        self.input = input
    }

    /// Parses `data` as one JSON document; a syntax error becomes a `GeoJSONError` at path `$`.
    static func parse(_ data: Data, file: String?) throws(GeoJSONError) -> JSONValue {
        let result = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<JSONValue, GeoJSONError> in
            var parser = JSONParser(raw)
            do throws(SyntaxError) {
                return .success(try parser.parseDocument())
            } catch {
                let location = describeLocation(of: error.offset, in: raw)
                return .failure(GeoJSONError(file: file, path: "$", message: "invalid JSON at \(location): \(error.message)"))
            }
        }
        return try result.get()
    }

    /// `line L, column C` (1-based; columns count characters, not bytes) of a byte offset.
    static func describeLocation(of offset: Int, in input: UnsafeRawBufferPointer, firstLine: Int = 1) -> String {
        var line = firstLine
        var column = 1
        for byte in input.prefix(offset) {
            if byte == ASCII.newline {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return "line \(line), column \(column)"
    }

    /// Parses the whole input as one value, allowing a leading UTF-8 byte order mark.
    mutating func parseDocument() throws(SyntaxError) -> JSONValue {
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        let value = try parseValue()
        skipWhitespace()
        guard offset == input.count else {
            throw failure("unexpected \(describeCurrent()) after the JSON value")
        }
        return value
    }

    // MARK: - Values

    private mutating func parseValue() throws(SyntaxError) -> JSONValue {
        skipWhitespace()
        guard let byte = peek() else { throw failure("unexpected end of input; expected a value") }
        switch byte {
        case ASCII.openBrace: return .object(try parseObject())
        case ASCII.openBracket: return .array(try parseArray())
        case ASCII.quote: return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case ASCII.minus, ASCII.zero...ASCII.nine: return try parseNumber()
        default: throw failure("unexpected \(describeCurrent()); expected a value")
        }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONObject {
        try enterContainer()
        defer { depth -= 1 }
        var object = JSONObject()
        skipWhitespace()
        if peek() == ASCII.closeBrace {
            offset += 1
            return object
        }
        while true {
            skipWhitespace()
            guard peek() == ASCII.quote else { throw failure("expected a string key, found \(describeCurrent())") }
            let key = try parseString()
            skipWhitespace()
            guard peek() == ASCII.colon else { throw failure("expected ':' after object key, found \(describeCurrent())") }
            offset += 1
            // RFC 8259 leaves duplicate keys undefined; like most parsers, the last one wins.
            object[key] = try parseValue()
            skipWhitespace()
            switch peek() {
            case ASCII.comma: offset += 1
            case ASCII.closeBrace: offset += 1; return object
            default: throw failure("expected ',' or '}' after object member, found \(describeCurrent())")
            }
        }
    }

    private mutating func parseArray() throws(SyntaxError) -> [JSONValue] {
        try enterContainer()
        defer { depth -= 1 }
        var array: [JSONValue] = []
        skipWhitespace()
        if peek() == ASCII.closeBracket {
            offset += 1
            return array
        }
        while true {
            array.append(try parseValue())
            skipWhitespace()
            switch peek() {
            case ASCII.comma: offset += 1
            case ASCII.closeBracket: offset += 1; return array
            default: throw failure("expected ',' or ']' after array element, found \(describeCurrent())")
            }
        }
    }

    private mutating func parseNumber() throws(SyntaxError) -> JSONValue {
        let start = offset
        let negative = peek() == ASCII.minus
        if negative { offset += 1 }
        var magnitude: UInt64 = 0
        var overflowed = false
        guard let first = peek(), isDigit(first) else { throw failure("expected a digit, found \(describeCurrent())") }
        if first == ASCII.zero {
            offset += 1
            if let next = peek(), isDigit(next) { throw failure("leading zeros are not allowed in numbers") }
        } else {
            while let digit = peek(), isDigit(digit) {
                let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(UInt64(digit - ASCII.zero))
                magnitude = sum
                overflowed = overflowed || o1 || o2
                offset += 1
            }
        }
        var isInteger = true
        if peek() == ASCII.dot {
            isInteger = false
            offset += 1
            try skipDigits(after: "'.'")
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            offset += 1
            if peek() == ASCII.plus || peek() == ASCII.minus { offset += 1 }
            try skipDigits(after: "the exponent sign")
        }
        if isInteger && !overflowed {
            if !negative, magnitude <= UInt64(Int64.max) { return .integer(Int64(magnitude)) }
            if negative, magnitude <= Int64.min.magnitude { return .integer(Int64(truncatingIfNeeded: 0 &- magnitude)) }
        }
        // Coordinates are short, so this String is a small (inline, allocation-free) one.
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: input[start..<offset]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw SyntaxError(offset: start, message: "number \(text) is out of range")
        }
        return .number(value)
    }

    private mutating func skipDigits(after what: String) throws(SyntaxError) {
        guard let digit = peek(), isDigit(digit) else { throw failure("expected a digit after \(what), found \(describeCurrent())") }
        while let digit = peek(), isDigit(digit) { offset += 1 }
    }

    // MARK: - Bytes

    func peek() -> UInt8? {
        offset < input.count ? input[offset] : nil
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == ASCII.space || byte == ASCII.newline || byte == ASCII.tab || byte == ASCII.carriageReturn {
            offset += 1
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(SyntaxError) {
        let bytes = UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        guard input[offset...].starts(with: bytes) else { throw failure("unexpected \(describeCurrent()); expected a value") }
        offset += bytes.count
    }

    private mutating func enterContainer() throws(SyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure("nesting is deeper than \(Self.maximumDepth) levels") }
        offset += 1
    }

    func failure(_ message: String) -> SyntaxError {
        SyntaxError(offset: offset, message: message)
    }

    func describeCurrent() -> String {
        guard let byte = peek() else { return "end of input" }
        if (0x21...0x7E).contains(byte) { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(hex(byte, digits: 2))"
    }

    private func isDigit(_ byte: UInt8) -> Bool { (ASCII.zero...ASCII.nine).contains(byte) }

    func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case ASCII.zero...ASCII.nine: byte - ASCII.zero
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    func hex(_ byte: UInt8, digits: Int) -> String {
        let text = String(byte, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
