/// How an article is laid out: its paragraphs, the part each sentence belongs to (title, lead, body, web
/// boilerplate), the dateline that opens the lead ("BAMAKO, 4 oct 2021 (AFP) -") and the quoted speech.
///
/// Read as an analyst reads a page: the menus, share buttons, cookie banners, bylines and "Lire aussi" or
/// "Related" lists around an article are not the article; its headline is the first line of four words or more
/// with no final full stop; the lead is the first paragraph after it; a dateline names where the news was
/// filed, not where it happened.
public struct DocumentLayout: Sendable {
    /// Scalar ranges of the paragraphs (runs of non-blank lines), in order.
    public let paragraphs: [Range<Int>]
    /// Per sentence: its part.
    public let parts: [DocumentPart]
    /// Per sentence: the paragraph it starts in.
    public let sentenceParagraph: [Int]
    /// The dateline, when the lead (or the first paragraphs of the article) opens with one.
    public let dateline: Dateline?
    /// Scalar ranges of quoted speech, quote marks included.
    public let quotations: [Range<Int>]

    /// Where and by whom the report was filed: "BAMAKO, 4 oct 2021 (AFP) -", "Ouagadougou, le 3 mai 2021 -".
    public struct Dateline: Sendable, Equatable {
        /// The whole dateline, its closing dash included.
        public let range: Range<Int>
        /// The place words ("BAMAKO"), when it names one.
        public let place: Range<Int>?
    }

    public init(scalars: [Unicode.Scalar], sentences: [Range<Int>]) {
        let lines = PageLine.lines(of: scalars)
        let rules = BoilerplateRules.boilerplateLines(lines)
        var paragraphs: [Range<Int>] = []
        var paragraphOfLine: [Int] = []
        for (k, line) in lines.enumerated() {
            if line.isBlank {
                paragraphOfLine.append(-1)
                continue
            }
            if k > 0, !lines[k - 1].isBlank, let last = paragraphs.last {
                paragraphs[paragraphs.count - 1] = last.lowerBound..<line.content.upperBound
            } else {
                paragraphs.append(line.content)
            }
            paragraphOfLine.append(paragraphs.count - 1)
        }
        self.paragraphs = paragraphs

        func paragraphOf(_ line: Int) -> Int { paragraphOfLine[line] }
        // The headline: the first line of the article, four words or more, no final full stop.
        // Short labels before it ("Sécurité", "Politique") are the page's rubrics.
        var boilerplate = rules
        var title: Int?
        for (k, line) in lines.enumerated() where !line.isBlank && !boilerplate[k] {
            if line.words <= 3 && !line.endsSentence {
                boilerplate[k] = true
                continue
            }
            if line.words >= 4 && !line.endsSentence && line.words <= 40 { title = k }
            break
        }
        // The lead: the first paragraph after the headline holding a sentence that ends with its mark.
        var lead: Int?
        for (k, line) in lines.enumerated() where !line.isBlank && !boilerplate[k] && k != title
            && !(title.map { paragraphOf($0) == paragraphOf(k) } ?? false) {
            if line.endsSentence || line.words > 25 {
                lead = paragraphOfLine[k]
                break
            }
        }
        var lineIndex = 0
        var parts: [DocumentPart] = []
        var sentenceParagraph: [Int] = []
        parts.reserveCapacity(sentences.count)
        for sentence in sentences {
            while lineIndex + 1 < lines.count && lines[lineIndex].range.upperBound <= sentence.lowerBound { lineIndex += 1 }
            let paragraph = paragraphOfLine.isEmpty ? -1 : paragraphOfLine[lineIndex]
            sentenceParagraph.append(max(paragraph, 0))
            if !boilerplate.isEmpty && boilerplate[lineIndex] {
                parts.append(.boilerplate)
            } else if lineIndex == title {
                parts.append(.title)
            } else if paragraph >= 0 && paragraph == lead {
                parts.append(.lead)
            } else if let title, lineIndex > title, paragraph == paragraphOfLine[title] {
                // A standfirst under the headline, in its paragraph, tells the main event as the lead does.
                parts.append(.lead)
            } else {
                parts.append(.body)
            }
        }
        self.parts = parts
        self.sentenceParagraph = sentenceParagraph
        // A dateline opens the lead; on some pages a byline paragraph comes first, so the next two are tried too.
        var dateline: Dateline?
        let firstParagraphs = lines.indices.filter { k in
            !lines[k].isBlank && !boilerplate[k] && k != title && (k == 0 || lines[k - 1].isBlank || boilerplate[k - 1] || k - 1 == title)
        }.prefix(3)
        for k in firstParagraphs {
            if let found = DatelineReader.dateline(at: lines[k].content.lowerBound, in: scalars) {
                dateline = found
                break
            }
        }
        self.dateline = dateline
        quotations = QuotationScan.quotations(in: scalars)
    }

    /// Whether an offset lies in the dateline.
    public func isInDateline(_ offset: Int) -> Bool {
        dateline?.range.contains(offset) ?? false
    }

    /// Whether an offset lies inside quoted speech.
    public func isQuoted(_ offset: Int) -> Bool {
        var low = 0, high = quotations.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if offset < quotations[mid].lowerBound {
                high = mid - 1
            } else if offset >= quotations[mid].upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
