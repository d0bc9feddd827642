/// What a block's own words say about it: a "Lire aussi" / "Related" line, a share bar, a date line, a
/// comments heading, a cookie notice, a copyright line. Compared folded (lowercase, without accents).
enum BoilerplateText {
    /// Lines that introduce links to other articles.
    static let relatedPrefixes = [
        "lire aussi", "a lire aussi", "lire egalement", "a lire egalement", "lire la suite", "voir aussi",
        "a voir aussi", "a voir egalement", "sur le meme sujet", "dans la meme rubrique", "articles similaires",
        "articles lies", "articles recommandes", "nos articles", "a decouvrir", "pour aller plus loin",
        "read more", "read also", "also read", "related", "see also", "more on this", "more stories",
        "recommended", "you may also like", "you might also like", "more from", "plus d'articles",
        "les plus lus", "most read", "les articles les plus", "derniers articles", "latest news", "a la une",
    ]

    static let commentHeadings = [
        "commentaire", "commentaires", "laisser un commentaire", "laissez un commentaire", "reagir", "reactions", "vos reactions",
        "comments", "leave a reply", "leave a comment", "join the discussion", "discussion",
        "ajouter un commentaire", "add new comment", "post a comment", "poster un commentaire",
    ]

    static let dateLinePrefixes = [
        "publie le", "publie :", "publie:", "publie", "mis en ligne", "mis a jour", "derniere mise a jour",
        "modifie le", "published", "updated", "posted on", "posted", "last updated", "date :", "date:",
    ]

    private static let shareWords: Set<String> = [
        "partager", "partagez", "share", "facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail",
        "mail", "imprimer", "print", "telegram", "messenger", "tweet", "tweeter", "pinterest", "reddit",
        "copier", "copy", "link", "le", "lien", "sur", "on", "this", "article", "cet", "via", "par", "by",
        "envoyer", "send", "follow", "suivez", "nous", "us", "google", "news", "flipboard", "|", "-", "·", ":",
    ]

    enum Kind: Equatable { case text, related, commentsHeading, dateLine, share, notice }

    static func kind(of block: TextBlock) -> Kind {
        if block.length > 600 { return .text }
        let folded = fold(block.text)
        if block.length <= 200 {
            if relatedPrefixes.contains(where: { startsWord(folded, $0) }) { return .related }
            if block.tag.isHeading || block.length <= 40,
               commentHeadings.contains(where: { folded == $0 || folded.hasPrefix($0 + " (") || folded.hasPrefix($0 + " :") })
                || endsWithComments(folded) {
                return .commentsHeading
            }
            if block.length <= 120, dateLinePrefixes.contains(where: { startsWord(folded, $0) }) { return .dateLine }
            let words = folded.split(whereSeparator: { $0 == " " || $0 == "\n" })
            if !words.isEmpty, words.count <= 12, words.allSatisfy({ shareWords.contains(String($0)) }) { return .share }
            if folded.hasPrefix("tags") || folded.hasPrefix("mots-cles") || folded.hasPrefix("mots cles")
                || folded.hasPrefix("categories") || folded.hasPrefix("filed under") || folded.hasPrefix("etiquettes") {
                return .related
            }
            if folded.hasPrefix("reporting by") || folded.hasPrefix("editing by") || folded.hasPrefix("writing by")
                || folded.hasPrefix("additional reporting") {
                return .notice
            }
            if ByteSearch.contains(folded, "tous droits reserves") || ByteSearch.contains(folded, "all rights reserved") || folded.hasPrefix("©")
                || folded.hasPrefix("copyright") {
                return .notice
            }
        }
        if ByteSearch.contains(folded, "cookie"),
           ByteSearch.contains(folded, "accept") || ByteSearch.contains(folded, "consent") || ByteSearch.contains(folded, "utilis") || ByteSearch.contains(folded, "use") {
            return .notice
        }
        return .text
    }

    /// "3 commentaires", "12 comments", "Commentaires (4)".
    private static func endsWithComments(_ folded: String) -> Bool {
        let words = folded.split(separator: " ")
        guard words.count <= 4 else { return false }
        return words.contains { $0.hasPrefix("commentaire") || $0 == "comments" || $0 == "reponses" || $0 == "replies" }
    }

    /// Whether `text` starts with `prefix` followed by the end, a space or punctuation.
    static func startsWord(_ text: String, _ prefix: String) -> Bool {
        guard text.hasPrefix(prefix) else { return false }
        guard let next = text.dropFirst(prefix.count).unicodeScalars.first else { return true }
        return !(next.properties.isAlphabetic || ("0"..."9").contains(next))
    }

    /// Lowercase, accents removed, apostrophes straightened, whitespace kept as is.
    ///
    /// ASCII and the Latin-1 letters French uses are folded byte by byte (this runs on every short block of
    /// every page); any other scalar goes through Unicode's decomposition.
    static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v))
                continue
            }
            switch v {
            case 0x2019, 0x2018, 0x02BC: out.append(UInt8(ascii: "'")); continue
            case 0xA0, 0x202F: out.append(0x20); continue
            case 0xC0...0xFF where latin[Int(v - 0xC0)] != 0: out.append(latin[Int(v - 0xC0)]); continue
            default: break
            }
            for folded in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            where folded.properties.generalCategory != .nonspacingMark {
                out.append(contentsOf: String(folded).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// U+00C0 ... U+00FF folded to an ASCII letter, 0 for those that are not one letter (Æ, ×, ß, ÷...).
    private static let latin: [UInt8] = Array("aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y".utf8)
}
