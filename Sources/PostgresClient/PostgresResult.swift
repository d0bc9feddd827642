import CLibPQ
#if canImport(Glibc)
import Glibc
#endif

/// The rows of one statement, in libpq's text format, read in place (a value is parsed straight from
/// libpq's buffer, without an intermediate `String` for numbers). Owns its `PGresult`.
public final class PostgresResult {
    private let handle: OpaquePointer

    init(_ handle: OpaquePointer) {
        self.handle = handle
    }

    deinit { PQclear(handle) }

    public var rowCount: Int { Int(PQntuples(handle)) }

    /// Rows an INSERT, UPDATE or DELETE touched (0 for other statements).
    public var affectedRows: Int { Int(String(cString: PQcmdTuples(handle))) ?? 0 }

    public func isNull(_ row: Int, _ column: Int) -> Bool {
        PQgetisnull(handle, Int32(row), Int32(column)) != 0
    }

    public func string(_ row: Int, _ column: Int) -> String? {
        guard !isNull(row, column), let value = PQgetvalue(handle, Int32(row), Int32(column)) else { return nil }
        let length = Int(PQgetlength(handle, Int32(row), Int32(column)))
        return value.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    /// An integer column; nil when NULL or not an integer.
    public func int(_ row: Int, _ column: Int) -> Int? {
        guard !isNull(row, column), let value = PQgetvalue(handle, Int32(row), Int32(column)) else { return nil }
        let length = Int(PQgetlength(handle, Int32(row), Int32(column)))
        return value.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
            var index = 0, negative = false, result = 0
            if length > 0, bytes[0] == UInt8(ascii: "-") { negative = true; index = 1 }
            guard index < length else { return nil }
            while index < length {
                let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                guard (0...9).contains(digit) else { return nil }
                let (times, o1) = result.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(digit)
                guard !o1, !o2 else { return nil }
                result = sum
                index += 1
            }
            return negative ? -result : result
        }
    }

    /// A `double precision` column (PostgreSQL writes the shortest text that reads back exactly); nil when
    /// NULL or not a number.
    public func double(_ row: Int, _ column: Int) -> Double? {
        guard !isNull(row, column), let value = PQgetvalue(handle, Int32(row), Int32(column)) else { return nil }
        var end: UnsafeMutablePointer<CChar>?
        let parsed = strtod(value, &end)
        guard let end, end != value, end.pointee == 0 else { return nil }
        return parsed
    }
}
