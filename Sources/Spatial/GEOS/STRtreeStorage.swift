import CGEOS

/// Owns a GEOS STRtree handle, the items it indexes and the envelope rectangles handed to GEOS.
///
/// GEOS stores each item as an opaque pointer; we store `index + 1` so the C side never holds a
/// Swift reference, and map back through `items`.
final class STRtreeStorage<Item> {
    let context: GEOSContext
    let handle: OpaquePointer
    var items: [Item] = []
    // The C API does not promise to copy the inserted geometry's envelope, so the rectangles live as long as the tree.
    var rectangles: [Geometry] = []

    init(context: GEOSContext, nodeCapacity: Int) throws {
        guard nodeCapacity >= 2 else {
            throw GEOSError(kind: .invalidArgument, message: "nodeCapacity must be >= 2, got \(nodeCapacity)",
                            function: "GEOSSTRtree_create_r")
        }
        self.context = context
        handle = try context.call("GEOSSTRtree_create_r") { GEOSSTRtree_create_r($0, nodeCapacity) }
    }

    deinit {
        GEOSSTRtree_destroy_r(context.handle, handle)
    }

    /// A GEOS rectangle (or degenerate line/point) for `box`.
    func rectangle(_ box: BoundingBox) throws -> Geometry {
        guard box.isWellFormed else {
            throw GEOSError(kind: .invalidArgument, message: "malformed envelope \(box)",
                            function: "GEOSGeom_createRectangle_r")
        }
        return Geometry(owning: try context.call("GEOSGeom_createRectangle_r") {
            GEOSGeom_createRectangle_r($0, box.minX, box.minY, box.maxX, box.maxY)
        }, context: context)
    }

    func insert(_ item: Item, envelope: BoundingBox) throws {
        let rectangle = try rectangle(envelope)
        let tag = UnsafeMutableRawPointer(bitPattern: items.count + 1)
        let (_, message) = context.withMessages { GEOSSTRtree_insert_r($0, handle, rectangle.handle, tag) }
        if let message { throw GEOSError(geosMessage: message, function: "GEOSSTRtree_insert_r") }
        items.append(item)
        rectangles.append(rectangle)
    }

    /// Indices (0-based, ascending) of the items whose envelope intersects `box`.
    func queryIndices(_ box: BoundingBox) -> [Int] {
        guard let rectangle = try? rectangle(box) else { return [] }
        var hits: [Int] = []
        withUnsafeMutablePointer(to: &hits) { hitsPointer in
            _ = context.withMessages {
                GEOSSTRtree_query_r($0, handle, rectangle.handle, { item, userdata in
                    guard let userdata else { return }
                    let hits = userdata.assumingMemoryBound(to: [Int].self)
                    hits.pointee.append(Int(bitPattern: item) - 1)
                }, hitsPointer)
            }
        }
        hits.sort()
        return hits
    }
}
