import Testing
import GeoJSON

@Suite("JSONObject keeps key order")
struct JSONObjectTests {
    @Test("setting appends new keys and replaces existing ones in place")
    func subscriptOrder() {
        var object: JSONObject = ["doc_id": "a", "date": "2019-05-03"]
        object["killed"] = 2
        object["doc_id"] = "b"
        #expect(object.keys == ["doc_id", "date", "killed"])
        #expect(object["doc_id"] == "b")
        #expect(object.count == 3)
        object["date"] = nil
        #expect(object.keys == ["doc_id", "killed"])
        #expect(Array(object.map(\.value)) == ["b", 2])
    }

    @Test("equality is order-sensitive: objects are equal when they write the same")
    func equality() {
        let ab: JSONObject = ["a": 1, "b": 2]
        let ba: JSONObject = ["b": 2, "a": 1]
        #expect(ab != ba)
        #expect(ab == JSONObject([("a", 1), ("b", 2)]))
        #expect(Set([ab, JSONObject([("a", 1), ("b", 2)])]).count == 1)
    }

    @Test("large objects (indexed lookup) behave the same")
    func largeObjects() {
        var object = JSONObject()
        for i in 0..<100 { object["k\(i)"] = .integer(Int64(i)) }
        object["k5"] = "five"
        object["k50"] = nil
        #expect(object.count == 99)
        #expect(object["k5"] == "five")
        #expect(object["k50"] == nil)
        #expect(object["k99"] == 99)
        #expect(object.keys.first == "k0")
        #expect(object.keys.last == "k99")
        var copy = JSONObject()
        for (key, value) in object { copy[key] = value }
        #expect(copy == object)
    }

    @Test("the reader keeps the file's key order")
    func readerKeepsOrder() throws {
        let text = #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"z":1,"a":2,"m":{"y":1,"b":2}}}]}"#
        let collection = try GeoJSONReader.decodeFeatureCollection(from: .init(text.utf8))
        let properties = try #require(collection.features.first?.properties)
        #expect(properties.keys == ["z", "a", "m"])
        guard case .object(let nested)? = properties["m"] else {
            Issue.record("m is not an object")
            return
        }
        #expect(nested.keys == ["y", "b"])
    }
}
