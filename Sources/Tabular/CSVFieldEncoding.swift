/// Writing one CSV field per RFC 4180: quoted only when it holds the delimiter, a quote or a line break.
public enum CSVFieldEncoding {
    public static func append(_ field: String, delimiter: UInt8 = UInt8(ascii: ","), into out: inout [UInt8]) {
        let utf8 = field.utf8
        let needsQuotes = utf8.contains { $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            out.append(contentsOf: utf8)
            return
        }
        out.append(UInt8(ascii: "\""))
        for b in utf8 {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
    }
}
