import Analysis
import Foundation
import Incidents

/// Where the incidents of `sahel report proximity` come from, read into plain observations: the merged
/// incidents of a store (page by page), or the lines of a JSONL file in the `sahel extract` contract.
enum ProximityInput {
    /// The observations, and the JSONL lines skipped (each already reported on standard error).
    struct Loaded {
        var observations: [ProximityObservation] = []
        var skippedLines = 0
    }

    static func fromStore(_ path: String, since: String?, until: String?) throws -> Loaded {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure.missingInput("\(path): no incident store here")
        }
        var loaded = Loaded()
        try IncidentStoreOption.converting(path) {
            let store = try IncidentStore(readingFrom: path)
            try store.forEachPage(since: since, until: until) { page in
                for stored in page { loaded.observations.append(try observation(stored.incident, store: path)) }
            }
        }
        return loaded
    }

    /// Reads `path` line by line; with `strict`, the first bad line ends the run (65) instead of being skipped.
    /// `since`/`until` bound the day as in the store (both inclusive; undated incidents are then left out).
    static func fromJSONL(_ path: String, since: String?, until: String?, strict: Bool) throws -> Loaded {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CommandFailure.missingInput("\(path): cannot open (no such file, or not readable)")
        }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.readToEnd() ?? Data() } catch {
            throw CommandFailure.io("\(path): cannot read: \(error.localizedDescription)")
        }
        let bytes = [UInt8](data)
        var loaded = Loaded()
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            lineNumber += 1
            var line = bytes[start..<end]
            start = end + 1
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            switch ProximityLineDecoder.decode(line) {
            case .observation(let observation):
                if within(observation.date, since: since, until: until) { loaded.observations.append(observation) }
            case .problem(let message):
                let located = "\(path):\(lineNumber): \(message)"
                if strict { throw CommandFailure.badData(located) }
                StandardError.write("sahel: skipped: \(located)\n")
                loaded.skippedLines += 1
            }
        }
        return loaded
    }

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
