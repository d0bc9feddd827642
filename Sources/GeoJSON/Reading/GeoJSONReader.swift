import Foundation

/// Reads GeoJSON files (boundary and point layers), validating them as RFC 7946 and saying
/// where any problem is, as a JSON path (see `GeoJSONError`).
public enum GeoJSONReader {
    /// Reads a file holding one FeatureCollection.
    ///
    /// - Throws: `GeoJSONError`, also for an unreadable file or malformed JSON (path `$`, with
    ///   the line and column of the syntax error).
    public static func readFeatureCollection(contentsOf url: URL) throws -> FeatureCollection {
        let file = url.path
        return try decodeFeatureCollection(from: try contents(of: url, file: file), file: file)
    }

    /// Decodes one FeatureCollection from JSON bytes; `file` only labels errors.
    public static func decodeFeatureCollection(from data: Data, file: String? = nil) throws -> FeatureCollection {
        let value = try JSONParser.parse(data, file: file)
        do {
            return try GeoJSONDecoding.featureCollection(value)
        } catch {
            throw error.error(file: file)
        }
    }

    /// Reads newline-delimited GeoJSON (one Feature per line, GDAL's GeoJSONSeq; a leading
    /// RFC 8142 record separator on a line is allowed, blank lines are skipped).
    public static func readFeatureSequence(contentsOf url: URL) throws -> [Feature] {
        let file = url.path
        return try decodeFeatureSequence(from: try contents(of: url, file: file), file: file)
    }

    /// Decodes newline-delimited Features. Error paths start with the feature's index
    /// (`[3].geometry.coordinates`); syntax errors give the line of the file.
    public static func decodeFeatureSequence(from data: Data, file: String? = nil) throws -> [Feature] {
        let result = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<[Feature], GeoJSONError> in
            var features: [Feature] = []
            var lineNumber = 0
            var lineStart = 0
            while lineStart < raw.count {
                lineNumber += 1
                let lineEnd = raw[lineStart...].firstIndex(of: ASCII.newline) ?? raw.count
                let fullLine = UnsafeRawBufferPointer(rebasing: raw[lineStart..<lineEnd])
                lineStart = lineEnd + 1
                // RFC 8142 puts a record separator before each text; the parser knows only JSON.
                let separators = fullLine.prefix { $0 == 0x1E }.count
                let line = UnsafeRawBufferPointer(rebasing: fullLine[separators...])
                if line.allSatisfy({ $0 == ASCII.space || $0 == ASCII.tab || $0 == ASCII.carriageReturn }) { continue }
                var parser = JSONParser(line)
                do {
                    let value = try parser.parseDocument()
                    features.append(try within(.index(features.count)) { () throws(LocatedFailure) in
                        try GeoJSONDecoding.feature(value)
                    })
                } catch let failure as JSONParser.SyntaxError {
                    let location = JSONParser.describeLocation(of: separators + failure.offset, in: fullLine, firstLine: lineNumber)
                    return .failure(GeoJSONError(file: file, path: "[\(features.count)]", message: "invalid JSON at \(location): \(failure.message)"))
                } catch let failure as LocatedFailure {
                    return .failure(failure.error(file: file))
                } catch {
                    return .failure(GeoJSONError(file: file, path: "[\(features.count)]", message: "\(error)"))
                }
            }
            return .success(features)
        }
        return try result.get()
    }

    private static func contents(of url: URL, file: String) throws(GeoJSONError) -> Data {
        guard url.isFileURL else {
            throw GeoJSONError(file: file, path: "$", message: "cannot read \(url.absoluteString): not a file URL")
        }
        return try FileContents.data(ofFile: url.path)
    }
}
