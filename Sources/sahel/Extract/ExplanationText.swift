import Incidents

/// `--explain` as a user reads it: one block per document.
enum ExplanationText {
    static func render(_ explanation: ExtractionExplanation, document: String) -> String {
        var text = "== \(document): \(explanation.incidents.count) incident\(explanation.incidents.count == 1 ? "" : "s")\n"
        for incident in explanation.incidents {
            text += "  \(incident.incidentID), read from \(incident.sentences.count) sentence\(incident.sentences.count == 1 ? "" : "s"):\n"
            for sentence in incident.sentences { text += "    | \(shortened(sentence))\n" }
            for note in incident.notes { text += "    - \(note)\n" }
        }
        for dropped in explanation.dropped {
            text += "  dropped: \(shortened(dropped.sentence))\n    - \(dropped.reason)\n"
        }
        for place in explanation.reportingPlaces {
            text += "  not an incident place: \(place.name) (offset \(place.start)): \(place.reason)\n"
        }
        return text
    }

    /// One line of at most 160 characters.
    private static func shortened(_ sentence: String) -> String {
        let line = sentence.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count > 160 ? String(line.prefix(157)) + "..." : line
    }
}
