import Analysis
import Documents
import Foundation
import Glibc
import Incidents
import Store

/// Where the incidents of `sahel report proximity` come from, read into plain observations: the merged
/// incidents of a store (page by page), or the lines of a JSONL file in the `sahel extract` contract.
enum ProximityInput {
    /// The observations, and the JSONL lines skipped (each already reported on standard error).
    struct Loaded {
        var observations: [ProximityObservation] = []
        var skippedLines = 0
    }

    static func fromStore(_ path: String, since: String?, until: String?) throws -> Loaded {
        var loaded = Loaded()
        try IncidentStoreOption.converting(path) {
            let store = try IncidentStoreOption.openForReading(path)
            try store.forEachPage(since: since, until: until) { page in
                for stored in page { loaded.observations.append(try observation(stored.incident, store: store.name)) }
            }
        }
        return loaded
    }

    /// Reads `path` line by line; with `strict`, the first bad line ends the run (65) instead of being skipped.
    /// `since`/`until` bound the day as in the store (both inclusive; undated incidents are then left out).
    static func fromJSONL(_ path: String, since: String?, until: String?, strict: Bool) throws -> Loaded {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw CommandFailure.missingInput("\(path): cannot open (no such file, or not readable)")
        }
        defer { close(descriptor) }
        // Streamed a line at a time by the reader the documents use (CRLF, byte order mark, bounded lines).
        var lines = LineReader(descriptor: descriptor, displayPath: path, maximumLineBytes: Self.maximumLineBytes)
        var loaded = Loaded()
        func skip(_ message: String) throws {
            let located = "\(path):\(lines.lineNumber): \(message)"
            if strict { throw CommandFailure.badData(located) }
            StandardError.write("sahel: skipped: \(located)\n")
            loaded.skippedLines += 1
        }
        while let next = try lines.next() {
            switch next {
            case .tooLong(let count):
                try skip("\(count) bytes long, more than an incident line may have")
            case .bytes(let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                switch ProximityLineDecoder.decode(bytes[...]) {
                case .observation(let observation):
                    if within(observation.date, since: since, until: until) { loaded.observations.append(observation) }
                case .problem(let message):
                    try skip(message)
                }
            }
        }
        return loaded
    }

    /// An incident line is a few hundred bytes; a longer one than this is not an incident.
    static let maximumLineBytes = 16 << 20

    private static func within(_ day: CivilDate?, since: String?, until: String?) -> Bool {
        guard since != nil || until != nil else { return true }
        guard let text = day?.description else { return false }
        return (since.map { text >= $0 } ?? true) && (until.map { text <= $0 } ?? true)
    }

    /// A stored incident's date was checked when it was stored; one that no longer parses is bad data.
    private static func observation(_ incident: Incident, store: String) throws -> ProximityObservation {
        var day: CivilDate?
        if let date = incident.date {
            do { day = try CivilDate(validating: date) } catch {
                throw CommandFailure.badData("\(store): incident \(incident.incidentID): date \(error.description)")
            }
        }
        return ProximityObservation(date: day, killed: incident.killed, latitude: incident.location?.latitude,
                                    longitude: incident.location?.longitude)
    }
}
