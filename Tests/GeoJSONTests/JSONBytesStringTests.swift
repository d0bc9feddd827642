import Foundation
import Testing
import GeoJSON

@Suite("JSONBytes strings")
struct JSONBytesStringTests {
    private func encoded(_ s: String) -> String {
        var out = JSONBytes()
        out.appendString(s)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test("quotes, backslashes and control characters are escaped per RFC 8259")
    func escaping() {
        #expect(encoded("plain") == #""plain""#)
        #expect(encoded(#"say "hi" \ bye"#) == #""say \"hi\" \\ bye""#)
        #expect(encoded("a\nb\tc\rd\u{8}e\u{C}f") == #""a\nb\tc\rd\be\ff""#)
        #expect(encoded("\u{0}\u{1}\u{1F}\u{7F}") == "\"\\u0000\\u0001\\u001f\u{7F}\"")
        #expect(encoded("/") == #""/""#)
    }

    @Test("non-ASCII text is copied as UTF-8")
    func unicode() {
        #expect(encoded("Ségou, Tombouctou, Ménaka 🌍") == "\"Ségou, Tombouctou, Ménaka 🌍\"")
        #expect(encoded("") == #""""#)
    }

    @Test("already-UTF-8 bytes are escaped the same way")
    func rawBytes() {
        let text = "Ké-Macina \"x\"\n"
        var out = JSONBytes()
        Array(text.utf8).withUnsafeBytes { out.appendString(utf8: $0) }
        #expect(String(decoding: out.bytes, as: UTF8.self) == encoded(text))
    }

    @Test("every escaped string parses back with JSONSerialization")
    func parsesBack() throws {
        let samples = ["Ségou", "tab\there", "\u{0}\u{1}\u{2}\u{1E}\u{1F}", "quote\"back\\slash", "emoji 🌍 and N'Tillit"]
        for sample in samples {
            let data = Data(encoded(sample).utf8)
            let parsed = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed) as? String
            #expect(parsed == sample)
        }
    }

    @Test("removeAll keeps capacity when asked")
    func removeAll() {
        var out = JSONBytes(reservingCapacity: 1024)
        out.appendRaw("{}")
        out.removeAll(keepingCapacity: true)
        #expect(out.bytes.isEmpty)
        #expect(out.bytes.capacity >= 1024)
    }
}
