/// Reads the dateline that opens a wire dispatch or a daily's article: a place, then a date or an agency or
/// both, then a dash. "BAMAKO, 4 oct 2021 (AFP) -", "Ouagadougou, le 3 mai 2021 -", "NIAMEY (Reuters) -",
/// "GENEVA, 5 March (OHCHR) –", "(AFP) -". A capitalised place and a dash alone ("Kati - Les habitants") is not
/// enough: the place is in capitals, or a date or an agency follows it.
enum DatelineReader {
    /// The longest stretch read as a dateline.
    static let maxLength = 90

    static func dateline(at start: Int, in scalars: [Unicode.Scalar]) -> DocumentLayout.Dateline? {
        let limit = min(scalars.count, start + maxLength)
        var i = start
        func skipSpaces() { while i < limit && (scalars[i] == " " || scalars[i] == "\u{00A0}") { i += 1 } }
        // The place: one to four capitalised words.
        var place: Range<Int>?
        var allCaps = true
        var words = 0
        while i < limit, words < 4, isUppercase(scalars[i]) {
            let wordStart = i
            while i < limit && (scalars[i].properties.isAlphabetic || scalars[i] == "-" || scalars[i] == "'"
                                || scalars[i] == "\u{2019}" || (scalars[i].value >= 0x300 && scalars[i].value < 0x370)) { i += 1 }
            if scalars[wordStart..<i].contains(where: { $0.properties.isLowercase }) { allCaps = false }
            place = (place?.lowerBound ?? wordStart)..<i
            words += 1
            let afterWord = i
            skipSpaces()
            guard i < limit, isUppercase(scalars[i]) else {
                i = afterWord
                break
            }
        }
        if place == nil { allCaps = false }
        skipSpaces()
        var hasDate = false, hasAgency = false
        if place != nil, i < limit, scalars[i] == "," {
            // The date: digits, month words, "le", "er", up to the agency or the dash.
            i += 1
            let dateStart = i
            while i < limit && !isDash(scalars[i]) && scalars[i] != "(" && scalars[i] != "." && scalars[i] != "," { i += 1 }
            let date = scalars[dateStart..<i]
            hasDate = date.contains { $0.value >= 0x30 && $0.value <= 0x39 } && date.count <= 30
            guard hasDate else { return nil }
        }
        skipSpaces()
        if i < limit, scalars[i] == "(" {
            let agencyStart = i
            while i < limit && scalars[i] != ")" { i += 1 }
            guard i < limit, i - agencyStart <= 25 else { return nil }
            hasAgency = true
            i += 1
            skipSpaces()
        }
        guard i + 1 < scalars.count, i < limit, isDash(scalars[i]), scalars[i + 1] == " " || scalars[i + 1] == "\u{00A0}" else {
            return nil
        }
        guard hasAgency || hasDate || (allCaps && place != nil) else { return nil }
        return DocumentLayout.Dateline(range: start..<(i + 1), place: place)
    }

    private static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value >= 0x41 && c.value <= 0x5A : c.properties.isUppercase
    }

    private static func isDash(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "\u{2013}" || c == "\u{2014}"
    }
}

/// The stretches of quoted speech: « ... », “ ... ” and "..." (straight quotes paired within a paragraph).
enum QuotationScan {
    static func quotations(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var open: (start: Int, closer: Unicode.Scalar)?
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if let current = open {
                if c == current.closer {
                    found.append(current.start..<(i + 1))
                    open = nil
                } else if c == "\n", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                    // A quotation does not run past its paragraph.
                    open = nil
                }
            } else if c == "\u{00AB}" {
                open = (i, "\u{00BB}")
            } else if c == "\u{201C}" {
                open = (i, "\u{201D}")
            } else if c == "\"" {
                open = (i, "\"")
            }
            i += 1
        }
        return found
    }
}
