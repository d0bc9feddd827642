import Foundation
@testable import Store
import Incidents
import Testing

/// `append(_ batch:)` is a faster way to append documents one by one, not another behaviour: the same
/// incidents, merges, sources and results, a document listed twice replaced by its second listing.
@Suite("Incident store: appending a batch")
struct IncidentStoreBatchTests {
    typealias Entry = (incidents: [Incident], document: ReportDocument)

    /// Reports around Boni over a few days (many merge), some documents repeated, one corrected.
    static func documents() -> [Entry] {
        var entries: [Entry] = []
        for n in 0..<30 {
            let id = "doc-\(n % 24)"
            let day = 1 + n % 4
            let killed = n % 5 == 0 ? nil : n % 7
            let place = StoreFixture.north(of: StoreFixture.boni, km: Double(n % 6) * 9)
            var reports = [StoreFixture.report(id, number: 1, date: "2024-03-0\(day)", at: place, killed: killed,
                                               actors: n % 3 == 0 ? ["JNIM", "FAMa \"dozos\""] : ["EIGS"],
                                               type: n % 4 == 0 ? .battles : .violenceAgainstCivilians,
                                               subType: n % 4 == 0 ? .armedClash : .attack)]
            if n % 6 == 1 {
                reports.append(StoreFixture.report(id, number: 2, date: nil, at: nil, killed: 2))
            }
            // doc-0 .. doc-5 come back at n = 24 ... 29 with other figures: replaced, across and within batches.
            entries.append((reports, ReportDocument(id: id, sourceFile: "feed.jsonl:\(n + 1)", published: "2024-03-05")))
        }
        // An exact repeat: unchanged.
        entries.append(entries[entries.count - 1])
        return entries
    }

    static func snapshot(_ store: some IncidentStore) throws -> ([StoredIncident], IncidentStoreCounts, [[Incident]]) {
        let incidents = try store.incidents()
        return (incidents, try store.counts(), try incidents.map { try store.reports(ofIncident: $0.incident.incidentID) })
    }

    @Test("one batch, several batches and one document at a time give the same store and results", arguments: StoreKind.allCases)
    func batchEqualsSequence(kind: StoreKind) throws {
        let entries = Self.documents()
        let single = try StoreFixture.newStore(kind)
        let oneByOne = try entries.map { try single.append($0.incidents, document: $0.document) }

        let whole = try StoreFixture.newStore(kind)
        let batched = try whole.append(entries)
        #expect(batched == oneByOne)

        // Batches of 7: doc-3 is in the first batch and again in the last two.
        let chunked = try StoreFixture.newStore(kind)
        var results: [IncidentAppendResult] = []
        for start in stride(from: 0, to: entries.count, by: 7) {
            results += try chunked.append(Array(entries[start..<min(start + 7, entries.count)]))
        }
        #expect(results == oneByOne)

        let expected = try Self.snapshot(single)
        for store in [whole, chunked] {
            let got = try Self.snapshot(store)
            #expect(got.0 == expected.0)
            #expect(got.1 == expected.1)
            #expect(got.2 == expected.2)
        }
        #expect(oneByOne.contains { $0.replacedDocument } && oneByOne.last?.unchanged == true)
        #expect(oneByOne.contains { $0.mergedReports > 0 })
    }

    @Test("a document twice in one batch: the second listing replaces the first, as two appends would", arguments: StoreKind.allCases)
    func sameDocumentTwiceInBatch(kind: StoreKind) throws {
        let first = StoreFixture.report("afp", date: "2024-03-02", at: StoreFixture.boni, killed: 12)
        let second = StoreFixture.report("afp", date: "2024-03-02", at: StoreFixture.boni, killed: 9)
        let other = StoreFixture.report("rfi", date: "2024-03-03", at: StoreFixture.boni, killed: 15)
        let store = try StoreFixture.newStore(kind)
        let results = try store.append([([first], ReportDocument(id: "afp")), ([other], ReportDocument(id: "rfi")),
                                        ([second], ReportDocument(id: "afp"))])
        #expect(results.map(\.replacedDocument) == [false, false, true])
        #expect(results.map(\.mergedReports) == [0, 1, 1])
        let incidents = try store.incidents()
        #expect(incidents.count == 1)
        #expect(incidents.first?.incident.killed == 9)
        #expect(incidents.first?.sources == ["afp", "rfi"])
        #expect(try store.counts() == IncidentStoreCounts(documents: 2, reports: 2, incidents: 1))
    }

    @Test("a failure anywhere in a batch leaves the store as it was", arguments: StoreKind.allCases)
    func failedBatchRollsBack(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        try StoreFixture.append(store, "afp", date: "2024-03-02", at: StoreFixture.boni, killed: 12)
        let before = try Self.snapshot(store)
        let good = StoreFixture.report("rfi", date: "2024-03-03", at: StoreFixture.boni, killed: 15)
        let bad = StoreFixture.report("bbc", date: "2024-03-03", at: nil, killed: -1)
        let error = try #require(throws: IncidentStoreError.self) {
            try store.append([([good], ReportDocument(id: "rfi")), ([bad], ReportDocument(id: "bbc"))])
        }
        #expect(error.incidentID == "bbc#1")
        let after = try Self.snapshot(store)
        #expect(after.0 == before.0 && after.1 == before.1)
    }

    @Test("actors and warnings with quotes, backslashes, control characters and non-BMP text round-trip", arguments: StoreKind.allCases)
    func listsRoundTrip(kind: StoreKind) throws {
        let actors = ["JNIM \"Jama'at Nusrat al-Islam\"", #"C:\groupe\armé"#, "ligne\nsuivante\ttab\u{1}\u{1F}",
                      "Ménaka – ⵜⴰⵎⴰⵣⵉⵖⵜ", "emoji 😀🇲🇱", "/slash/", "", "\\\"", "\u{7F}"]
        var report = StoreFixture.report("afp", date: "2024-03-02", at: StoreFixture.boni, killed: 1, actors: actors)
        report.warnings = ["\"quoted\" \\ 🤖"]
        report.killedByGroup = [.civilians: 3, .soldiers: 0]
        let store = try StoreFixture.newStore(kind)
        try store.append([report], document: ReportDocument(id: "afp"))
        let stored = try #require(try store.incidents().first?.incident)
        #expect(stored == report)
        #expect(try store.reports(ofIncident: "afp#1") == [report])
        // Unchanged on a second append: what was read back equals what was given.
        #expect(try store.append([report], document: ReportDocument(id: "afp")).unchanged)
    }

    @Test("the hand-written JSON matches JSONEncoder and reads back")
    func listTextMatchesJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var strings = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
        strings += ["é", "😀", "a\"b\\c", "\u{2028}\u{2029}", ""]
        let text = JSONListColumn.text(strings)
        #expect(text == String(decoding: try encoder.encode(strings), as: UTF8.self))
        #expect(JSONListColumn.strings(text) == strings)
        let counts = ["soldiers": 15, "civilians": 3, "z": -2]
        #expect(JSONListColumn.text(counts) == String(decoding: try encoder.encode(counts), as: UTF8.self))
        #expect(JSONListColumn.counts(JSONListColumn.text(counts)) == counts)
    }

    @Test("the JSON reader takes any escape JSON allows, and refuses what is not a list of strings")
    func listTextEscapes() {
        #expect(JSONListColumn.strings(#"["a\"b", "c\\d", "e\/f", "\b\f\n\r\t"]"#) == ["a\"b", "c\\d", "e/f", "\u{8}\u{C}\n\r\t"])
        #expect(JSONListColumn.strings(#"["\u00e9\u00C9", "\ud83d\ude00", "x\u0000y"]"#) == ["éÉ", "😀", "x\u{0}y"])
        #expect(JSONListColumn.strings(" [ \"a\" ,\n\"b\" ] ") == ["a", "b"])
        #expect(JSONListColumn.strings("[]") == [])
        for bad in [#"["\ud83d"]"#, #"["\ude00"]"#, #"["\x"]"#, #"["a"#, #"["a"] x"#, "[1]", "{}", "[\"a\nb\"]", #"["\u12"]"#] {
            #expect(JSONListColumn.strings(bad) == nil, "\(bad)")
        }
        #expect(JSONListColumn.counts(#"{"civilians": 3, "soldiers":12}"#) == ["civilians": 3, "soldiers": 12])
        #expect(JSONListColumn.counts(#"{"a": 1.0}"#) == ["a": 1])  // JSONDecoder's reading of a whole float
        #expect(JSONListColumn.counts(#"{"a": "1"}"#) == nil)
    }
}
