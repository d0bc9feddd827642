/// A JSON object that keeps key order, so properties come out in the order the user's
/// CSV columns had.
///
/// Equality is order-sensitive: two objects are equal when they would be written the same.
/// Setting an existing key replaces its value in place; setting a new key appends it;
/// setting `nil` removes the key.
public struct JSONObject: Sendable {
    /// One member of the object.
    public typealias Element = (key: String, value: JSONValue)

    private var storedKeys: [String] = []
    private var storedValues: [JSONValue] = []
    // Properties are usually a handful of keys, where a linear scan beats hashing;
    // a key -> position index is kept only for large objects.
    private var index: [String: Int]?
    private static let indexThreshold = 16

    public init() {}

    /// Makes an object from key/value pairs in order; a repeated key keeps its first
    /// position and its last value.
    public init(_ pairs: [(String, JSONValue)]) {
        storedKeys.reserveCapacity(pairs.count)
        storedValues.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// The keys, in order.
    public var keys: [String] { storedKeys }
    /// The values, in key order.
    public var values: [JSONValue] { storedValues }
    /// The number of members.
    public var count: Int { storedKeys.count }
    /// True when the object has no members.
    public var isEmpty: Bool { storedKeys.isEmpty }

    /// The value for `key`; setting appends new keys at the end, replaces existing ones in
    /// place, and removes the key when set to `nil`.
    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { storedValues[$0] } }
        set {
            if let i = position(of: key) {
                if let newValue {
                    storedValues[i] = newValue
                } else {
                    storedKeys.remove(at: i)
                    storedValues.remove(at: i)
                    rebuildIndex()
                }
            } else if let newValue {
                storedKeys.append(key)
                storedValues.append(newValue)
                if index != nil {
                    index?[key] = storedKeys.count - 1
                } else if storedKeys.count > Self.indexThreshold {
                    rebuildIndex()
                }
            }
        }
    }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return storedKeys.firstIndex(of: key)
    }

    private mutating func rebuildIndex() {
        guard storedKeys.count > Self.indexThreshold else {
            index = nil
            return
        }
        var built = [String: Int](minimumCapacity: storedKeys.count)
        for (i, key) in storedKeys.enumerated() { built[key] = i }
        index = built
    }
}

extension JSONObject: Hashable {
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.storedKeys == rhs.storedKeys && lhs.storedValues == rhs.storedValues
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storedKeys)
        hasher.combine(storedValues)
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public typealias Key = String
    public typealias Value = JSONValue

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }
}

extension JSONObject: Sequence {
    public struct Iterator: IteratorProtocol {
        private let object: JSONObject
        private var position = 0

        fileprivate init(_ object: JSONObject) { self.object = object }

        public mutating func next() -> Element? {
            guard position < object.storedKeys.count else { return nil }
            defer { position += 1 }
            return (object.storedKeys[position], object.storedValues[position])
        }
    }

    public func makeIterator() -> Iterator { Iterator(self) }
    public var underestimatedCount: Int { count }
}

extension JSONObject: Codable {
    private struct MemberKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decoding through `Codable` keeps whatever key order the decoder reports;
    /// `GeoJSONReader` keeps the order of the file.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: MemberKey.self)
        self.init()
        for key in container.allKeys {
            self[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: MemberKey.self)
        for (key, value) in self {
            try container.encode(value, forKey: MemberKey(stringValue: key))
        }
    }
}
