import GeoJSON
import Tabular

/// The comma bookkeeping of one CSV row, shared by the CSV outputs (incidents, geocoded places): numbers as
/// their JSON text, text quoted only when it must be, a missing value as an empty field. The caller ends the
/// row with a newline.
struct CSVRow {
    private var first = true

    private mutating func separate(_ out: inout JSONBytes) {
        if !first { out.appendByte(UInt8(ascii: ",")) }
        first = false
    }

    mutating func text(_ value: String?, _ out: inout JSONBytes) {
        separate(&out)
        if let value { CSVFieldEncoding.append(value, into: &out.bytes) }
    }

    mutating func integer<I: BinaryInteger>(_ value: I?, _ out: inout JSONBytes) {
        separate(&out)
        if let value { out.appendInteger(Int64(value)) }
    }

    mutating func number(_ value: Double?, decimals: Int, _ out: inout JSONBytes) {
        separate(&out)
        if let value, value.isFinite { out.appendNumber(value, maxFractionDigits: decimals) }
    }
}
