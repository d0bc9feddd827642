import CGEOS

/// Collects items and their envelopes for an `STRtree`.
///
/// GEOS 3.11 builds its tree on the first query and silently ignores later inserts. This builder is
/// `~Copyable` and `build()` consumes it, so inserting after the tree exists does not compile:
///
/// ```swift
/// var builder = try STRtreeBuilder<String>(context: context)
/// try builder.insert("Bamako", envelope: box)
/// let tree = builder.build()
/// // builder.insert(...)  // error: 'builder' used after consume
/// ```
public struct STRtreeBuilder<Item>: ~Copyable {
    private let storage: STRtreeStorage<Item>

    /// `nodeCapacity` is the STR packing fan-out (GEOS's default is 10).
    public init(context: GEOSContext, nodeCapacity: Int = 10) throws {
        storage = try STRtreeStorage(context: context, nodeCapacity: nodeCapacity)
    }

    /// Adds `item` under `envelope`; a malformed envelope (NaN, min > max) throws `.invalidArgument`.
    public mutating func insert(_ item: Item, envelope: BoundingBox) throws {
        try storage.insert(item, envelope: envelope)
    }

    /// Freezes the tree. GEOS builds its index now, not on the first real query.
    public consuming func build() -> STRtree<Item> {
        // An empty query makes GEOS pack the tree immediately.
        _ = storage.queryIndices(BoundingBox(minX: 0, minY: 0, maxX: 0, maxY: 0))
        return STRtree(storage: storage)
    }
}

/// A read-only Sort-Tile-Recursive R-tree over envelopes (GEOS's `GEOSSTRtree`). Not `Sendable`.
public final class STRtree<Item> {
    private let storage: STRtreeStorage<Item>

    init(storage: STRtreeStorage<Item>) {
        self.storage = storage
    }

    /// Number of indexed items.
    public var count: Int { storage.items.count }

    /// Items whose envelope intersects `envelope` (closed boxes), in insertion order.
    /// A malformed query box (NaN, min > max) matches nothing.
    public func query(_ envelope: BoundingBox) -> [Item] {
        storage.queryIndices(envelope).map { storage.items[$0] }
    }
}
