import Foundation

/// Leaflet's script and style sheet, read at run time from Debian's `libjs-leaflet` so the page works
/// offline without the project shipping a copy of Leaflet.
public struct LeafletAssets: Sendable {
    public static let defaultDirectory = "/usr/share/javascript/leaflet"
    public static let package = "libjs-leaflet"

    public struct Missing: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let reason: String
        public var description: String {
            "\(path): \(reason); the map inlines Leaflet from Debian's \(LeafletAssets.package) package "
                + "(install it with: apt-get install -y \(LeafletAssets.package), or run Scripts/bootstrap.sh)"
        }
    }

    public let script: String
    public let styleSheet: String
    /// The script file actually read (the minified one when the package has it).
    public let scriptPath: String
    /// Leaflet.markercluster (Debian's `libjs-leaflet.markercluster`, same folder) when installed: the page
    /// clusters its markers above `HTMLPageBuilder.clusterThreshold` incidents with it.
    public var cluster: (script: String, styleSheet: String)?

    public static let clusterPackage = "libjs-leaflet.markercluster"

    public init(script: String, styleSheet: String, scriptPath: String, cluster: (script: String, styleSheet: String)? = nil) {
        self.script = script
        self.styleSheet = styleSheet
        self.scriptPath = scriptPath
        self.cluster = cluster
    }

    /// Reads `leaflet.min.js` (a third of the size of `leaflet.js`, same package) or else `leaflet.js`,
    /// and `leaflet.css`, from `directory`.
    public static func load(from directory: String = defaultDirectory) throws(Missing) -> LeafletAssets {
        let minified = directory + "/leaflet.min.js"
        let plain = directory + "/leaflet.js"
        let scriptPath = FileManager.default.isReadableFile(atPath: minified) ? minified : plain
        let script = try read(scriptPath)
        let css = try read(directory + "/leaflet.css")
        var assets = LeafletAssets(script: inlineSafeScript(script), styleSheet: inlineSafeStyle(css), scriptPath: scriptPath)
        let clusterScript = directory + "/leaflet.markercluster.min.js"
        if let code = try? read(FileManager.default.isReadableFile(atPath: clusterScript) ? clusterScript
                                    : directory + "/leaflet.markercluster.js"),
           let base = try? read(directory + "/MarkerCluster.css"), let look = try? read(directory + "/MarkerCluster.Default.css") {
            assets.cluster = (inlineSafeScript(code), inlineSafeStyle(base + "\n" + look))
        }
        return assets
    }

    private static func read(_ path: String) throws(Missing) -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw Missing(path: path, reason: "not found") }
        guard let data = FileManager.default.contents(atPath: path) else { throw Missing(path: path, reason: "cannot be read") }
        return String(decoding: data, as: UTF8.self)
    }

    /// Drops the source-map comment (it names a file the page cannot reach) and breaks any `</script`
    /// in the code, which would end the inline script early (`<\/` means `</` in JS strings and regexes).
    static func inlineSafeScript(_ script: String) -> String {
        script.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("//# sourceMappingURL=") }
            .joined(separator: "\n")
            .replacingOccurrences(of: "</script", with: "<\\/script", options: .caseInsensitive)
    }

    /// Leaflet's sheet points at marker and layer-control images beside it; the page uses neither (circle
    /// markers, no layer control), so the references go rather than leave requests that fail offline.
    static func inlineSafeStyle(_ css: String) -> String {
        css.replacingOccurrences(of: #"url\(images/[^)]*\)"#, with: "none", options: .regularExpression)
            .replacingOccurrences(of: "</style", with: "<\\/style", options: .caseInsensitive)
    }
}
