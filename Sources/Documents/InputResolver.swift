#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the command line's inputs into the files to read, before any is read, so a mistyped path fails the
/// run at once instead of after an hour of output.
///
/// Directories are walked recursively in a fixed order (entries sorted by their bytes, a directory's files
/// where its name sorts), skipping hidden entries; symbolic links are followed, each directory once.
enum InputResolver {
    struct Resolution {
        var sources: [InputSource] = []
        var notes: [InputWarning] = []

        /// The size of all the sources, or nil when one has none known in advance.
        var totalBytes: Int? {
            sources.reduce(0 as Int?) { total, source in
                guard let total, let count = source.byteCount else { return nil }
                return total + count
            }
        }
    }

    static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]
    static let textExtensions: Set<String> = ["txt", "md", "text"]
    static let pageExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]
    static let feedExtensions: Set<String> = ["xml", "rss", "atom"]

    /// - Throws: `DocumentInputError` (`.unreadable`) naming the first path that does not exist, cannot be
    ///   read, or is a directory that cannot be listed.
    static func resolve(_ inputs: [String], format: InputFormat) throws(DocumentInputError) -> Resolution {
        var resolution = Resolution()
        var visited = Set<DirectoryIdentity>()
        for input in inputs {
            if input == "-" {
                resolution.sources.append(InputSource(
                    path: nil,
                    displayPath: InputSource.standardInputDisplayPath,
                    name: InputSource.standardInputName,
                    layout: namedFileLayout(nil, format: format)
                ))
                continue
            }
            var info = stat()
            guard stat(input, &info) == 0 else {
                throw DocumentInputError(file: input, action: "cannot open", errno: errno)
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                try walk(directory: input, identity: DirectoryIdentity(info), format: format,
                         into: &resolution, visited: &visited)
            } else {
                try checkReadable(input)
                resolution.sources.append(source(path: input, layout: namedFileLayout(input, format: format),
                                                 info: info))
            }
        }
        return resolution
    }

    /// The layout a file's name asks for, or nil for an extension that is not a document's (which only
    /// matters under a directory: a file named on the command line is always read).
    static func layout(of path: String, format: InputFormat) -> InputSource.Layout? {
        let name = fileName(path)
        let ext: String? = name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]).lowercased() }
        let isJSONLines = ext.map { jsonLinesExtensions.contains($0) } ?? false
        let isText = ext.map { textExtensions.contains($0) } ?? true
        let isPage = ext.map { pageExtensions.contains($0) } ?? false
        let isFeed = ext.map { feedExtensions.contains($0) } ?? false
        switch format {
        case .auto:
            if isJSONLines { return .jsonLines }
            if isPage { return .page }
            if isFeed { return .feed }
            // A file without an extension may be a page saved without one.
            return ext == nil ? .sniffed : (isText ? .wholeText : nil)
        case .text: return isJSONLines || isText ? .wholeText : nil
        case .jsonl: return isJSONLines || isText ? .jsonLines : nil
        case .html: return isPage || isText ? .page : nil
        case .feed: return isFeed || ext == nil ? .feed : nil
        }
    }

    /// A file named on the command line is always read: as the format says, else as its extension says
    /// (JSONL, a page, a feed, text), else as a page or a feed when its first bytes say so, else as one text
    /// document. Nil `path` is standard input.
    static func namedFileLayout(_ path: String?, format: InputFormat) -> InputSource.Layout {
        switch format {
        case .jsonl: return .jsonLines
        case .text: return .wholeText
        case .html: return .page
        case .feed: return .feed
        case .auto:
            guard let path else { return .sniffed }
            return layout(of: path, format: .auto) ?? .sniffed
        }
    }

    /// `Page_files` beside `Page.html`: the images, scripts and frames a browser saved with the page.
    static func isSavedPageResources(_ name: String, among names: Set<String>) -> Bool {
        guard name.hasSuffix("_files") else { return false }
        let page = String(name.dropLast("_files".count))
        return pageExtensions.contains { names.contains(page + "." + $0) || names.contains(page + "." + $0.uppercased()) }
    }

    static func fileName(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    private static func source(path: String, layout: InputSource.Layout, info: stat) -> InputSource {
        let isRegular = (info.st_mode & S_IFMT) == S_IFREG
        return InputSource(path: path, displayPath: path, name: fileName(path), layout: layout,
                           byteCount: isRegular ? Int(info.st_size) : nil)
    }

    private static func checkReadable(_ path: String) throws(DocumentInputError) {
        guard access(path, R_OK) == 0 else {
            throw DocumentInputError(file: path, action: "cannot open", errno: errno)
        }
    }

    private static func walk(
        directory: String,
        identity: DirectoryIdentity,
        format: InputFormat,
        into resolution: inout Resolution,
        visited: inout Set<DirectoryIdentity>
    ) throws(DocumentInputError) {
        // A link back up the tree would otherwise be walked forever.
        guard visited.insert(identity).inserted else { return }
        let names = try entries(of: directory)
        let nameSet = Set(names)
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else {
                // A dangling symbolic link: nothing to read, but the user may want to know.
                resolution.notes.append(InputWarning(
                    kind: .skippedFile, file: path, line: nil,
                    message: "cannot open: \(String(cString: strerror(errno))); skipped"
                ))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                // Browsers save a page's resources in a folder beside it: not articles.
                if isSavedPageResources(name, among: nameSet) { continue }
                try walk(directory: path, identity: DirectoryIdentity(info), format: format,
                         into: &resolution, visited: &visited)
            case S_IFREG:
                guard let layout = layout(of: path, format: format) else {
                    let ext = name.lastIndex(of: ".").map { String(name[$0...]) } ?? ""
                    resolution.notes.append(InputWarning(
                        kind: .skippedFile, file: path, line: nil,
                        message: "not a document file (\(ext)); skipped"
                    ))
                    continue
                }
                try checkReadable(path)
                resolution.sources.append(source(path: path, layout: layout, info: info))
            default:
                // A pipe or socket under a directory could block the run forever.
                resolution.notes.append(InputWarning(
                    kind: .skippedFile, file: path, line: nil, message: "not a regular file; skipped"
                ))
            }
        }
    }

    /// The names in a directory, sorted by their UTF-8 bytes so the order does not depend on the locale.
    private static func entries(of directory: String) throws(DocumentInputError) -> [String] {
        guard let handle = opendir(directory) else {
            throw DocumentInputError(file: directory, action: "cannot list directory", errno: errno)
        }
        defer { closedir(handle) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(handle) else {
                guard errno == 0 else {
                    throw DocumentInputError(file: directory, action: "cannot list directory", errno: errno)
                }
                break
            }
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
