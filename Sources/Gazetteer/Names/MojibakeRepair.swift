/// Undoes the commonest corruption in West African data files: UTF-8 bytes decoded as Latin-1 or Windows-1252
/// and saved again (`KabatÃ©` for `Kabaté`, `DjennÃ©` for `Djenné`).
public enum MojibakeRepair {
    /// The repaired text, or nil when `text` does not look like mojibake (or its bytes are not valid UTF-8
    /// once re-encoded, in which case it is left alone rather than guessed at).
    public static func repair(_ text: String) -> String? {
        // Mojibake of accented Latin letters always contains Ã or Â followed by a Latin-1/CP1252 character.
        guard text.unicodeScalars.contains(where: { $0 == "\u{00C3}" || $0 == "\u{00C2}" }) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x100 {
                bytes.append(UInt8(scalar.value))
            } else if let byte = windows1252[scalar] {
                bytes.append(byte)
            } else {
                return nil
            }
        }
        guard let repaired = String(validating: bytes, as: UTF8.self), repaired != text else { return nil }
        return repaired
    }

    /// The characters Windows-1252 puts at 0x80...0x9F, which Latin-1 leaves as controls.
    private static let windows1252: [Unicode.Scalar: UInt8] = [
        "\u{20AC}": 0x80, "\u{201A}": 0x82, "\u{0192}": 0x83, "\u{201E}": 0x84, "\u{2026}": 0x85, "\u{2020}": 0x86,
        "\u{2021}": 0x87, "\u{02C6}": 0x88, "\u{2030}": 0x89, "\u{0160}": 0x8A, "\u{2039}": 0x8B, "\u{0152}": 0x8C,
        "\u{017D}": 0x8E, "\u{2018}": 0x91, "\u{2019}": 0x92, "\u{201C}": 0x93, "\u{201D}": 0x94, "\u{2022}": 0x95,
        "\u{2013}": 0x96, "\u{2014}": 0x97, "\u{02DC}": 0x98, "\u{2122}": 0x99, "\u{0161}": 0x9A, "\u{203A}": 0x9B,
        "\u{0153}": 0x9C, "\u{017E}": 0x9E, "\u{0178}": 0x9F,
    ]
}
