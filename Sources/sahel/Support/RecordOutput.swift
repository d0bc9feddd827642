import FileOutput
import Foundation
import GeoJSON

/// Where a command's records go, the same for every command that writes JSON lines, CSV or GeoJSON: lines or
/// CSV rows (after their header) through an atomic `OutputFile`, Features through the GeoJSON writer.
enum RecordOutput {
    case lines(OutputFile)
    case csv(OutputFile)
    case features(GeoJSONWriter)

    /// The layout to write.
    enum Layout {
        case lines
        case csv(header: [UInt8])
        case featureCollection
        case featureSequence
    }

    /// Opens `output` (standard output when nil) for `layout`; a CSV's header is written at once.
    init(_ layout: Layout, output: String?) throws {
        let file: OutputFile.Destination = output.map { .file(path: $0) } ?? .standardOutput
        let destination: GeoJSONWriter.Destination = output.map { .file(URL(fileURLWithPath: $0)) } ?? .standardOutput
        switch layout {
        case .lines:
            self = .lines(try OutputFile(file))
        case .csv(let header):
            let sink = try OutputFile(file)
            try sink.write(header)
            self = .csv(sink)
        case .featureCollection:
            self = .features(try GeoJSONWriter(destination: destination, layout: .featureCollection))
        case .featureSequence:
            self = .features(try GeoJSONWriter(destination: destination, layout: .sequence))
        }
    }

    func finish() throws {
        switch self {
        case .lines(let file), .csv(let file): try file.finish()
        case .features(let writer): try writer.finish()
        }
    }

    /// Removes a temporary output file; the target is left as it was.
    func cancel() {
        switch self {
        case .lines(let file), .csv(let file): file.cancel()
        case .features(let writer): writer.cancel()
        }
    }
}
