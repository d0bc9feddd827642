import TestSupport
import Testing
import Spatial

@Suite("STRtree")
struct STRtreeTests {
    @Test func queryEqualsBruteForceEnvelopeFilter() throws {
        let context = try GEOSContext()
        var random = SeededGenerator(seed: 42)
        var boxes: [BoundingBox] = []
        var builder = try STRtreeBuilder<Int>(context: context)
        for i in 0..<2_000 {
            let x = random.uniform(0, 100), y = random.uniform(0, 100)
            let box = BoundingBox(minX: x, minY: y, maxX: x + random.uniform(0, 3), maxY: y + random.uniform(0, 3))
            boxes.append(box)
            try builder.insert(i, envelope: box)
        }
        // `builder` is consumed here; using it again is a compile-time error.
        let tree = builder.build()
        #expect(tree.count == 2_000)
        for _ in 0..<300 {
            let x = random.uniform(-5, 100), y = random.uniform(-5, 100)
            let query = BoundingBox(minX: x, minY: y, maxX: x + random.uniform(0, 10), maxY: y + random.uniform(0, 10))
            let expected = boxes.indices.filter { boxes[$0].intersects(query) }
            #expect(tree.query(query) == expected)  // insertion order
        }
    }

    @Test func buildThenQueryWithOtherItemTypes() throws {
        let context = try GEOSContext()
        var builder = try STRtreeBuilder<String>(context: context, nodeCapacity: 4)
        try builder.insert("Bamako", envelope: BoundingBox(minX: -8.1, minY: 12.5, maxX: -7.9, maxY: 12.7))
        try builder.insert("Kati", envelope: BoundingBox(minX: -8.08, minY: 12.74, maxX: -8.07, maxY: 12.75))
        try builder.insert("Niamey", envelope: BoundingBox(minX: 2.0, minY: 13.4, maxX: 2.2, maxY: 13.6))
        try builder.insert("Kati well", envelope: BoundingBox(minX: -8.075, minY: 12.745, maxX: -8.075, maxY: 12.745))
        let tree = builder.build()
        #expect(tree.query(BoundingBox(minX: -8.075, minY: 12.745, maxX: -8.075, maxY: 12.745)) == ["Kati", "Kati well"])
        #expect(tree.query(BoundingBox(minX: -9, minY: 12, maxX: -7, maxY: 13)) == ["Bamako", "Kati", "Kati well"])
        #expect(tree.query(BoundingBox(minX: 2.2, minY: 13.6, maxX: 3, maxY: 14)) == ["Niamey"])  // touching counts
        #expect(tree.query(BoundingBox(minX: 50, minY: 50, maxX: 51, maxY: 51)).isEmpty)
        #expect(tree.query(BoundingBox(minX: .nan, minY: 0, maxX: 1, maxY: 1)).isEmpty)
    }

    @Test func emptyTreeAndBadEnvelopes() throws {
        let context = try GEOSContext()
        var builder = try STRtreeBuilder<Int>(context: context)
        #expect(throws: GEOSError.self) { try builder.insert(1, envelope: BoundingBox(minX: 1, minY: 0, maxX: 0, maxY: 1)) }
        let tree = builder.build()
        #expect(tree.query(BoundingBox(minX: -1, minY: -1, maxX: 1, maxY: 1)).isEmpty)
        #expect(throws: GEOSError.self) { _ = try STRtreeBuilder<Int>(context: context, nodeCapacity: 1) }
    }
}
