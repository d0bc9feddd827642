import Foundation

/// The SVG's projection: equirectangular, with longitudes scaled by cos(mean latitude of the extent) so
/// shapes keep their proportions at the map's latitude (a degree of longitude at 15° N is 0.97 of a degree
/// of latitude; at the Sahel's latitudes the distortion across a map is a few percent). Good enough for a
/// static overview; the HTML page uses Leaflet's Web Mercator.
struct SVGProjection {
    let extent: MapExtent
    let scale: Double
    let xFactor: Double
    let width: Double
    let height: Double

    /// Fits the extent into at most `maxWidth` x `maxHeight` pixels.
    init(extent: MapExtent, maxWidth: Double, maxHeight: Double) {
        self.extent = extent
        xFactor = cos(extent.centerLatitude * .pi / 180)
        let spanX = max((extent.east - extent.west) * xFactor, 1e-6)
        let spanY = max(extent.north - extent.south, 1e-6)
        scale = min(maxWidth / spanX, maxHeight / spanY)
        width = spanX * scale
        height = spanY * scale
    }

    func x(_ p: MapPoint) -> Double { (p.longitude - extent.west) * xFactor * scale }
    func y(_ p: MapPoint) -> Double { (extent.north - p.latitude) * scale }
}
