/// Which lines of a saved web page are the page around the article, in French and English.
///
/// A line is boilerplate when it opens with a page cue ("Partager", "Share", "© 2023", "Publié le"), names a
/// cookie policy, is a menu or breadcrumb (items between "|", "•", "›", " / ", " > " or wide gaps, with no full
/// stop), is a byline ("Par La Rédaction | 10 mai 2023"), or is a site's name ("KayesInfo.net | ..."). A section
/// head ("Lire aussi :", "RELATED", "Commentaires (3)", "Les plus lus") makes the rest of its paragraph
/// boilerplate too, and the next paragraph when the head stands alone: the titles of other articles name other
/// places and other attacks. A paragraph of three or more short lines without full stops is a menu.
enum BoilerplateRules {
    static func boilerplateLines(_ lines: [PageLine]) -> [Bool] {
        var marked = lines.map { !$0.isBlank && isBoilerplate($0) }
        var k = 0
        while k < lines.count {
            guard !lines[k].isBlank, isSectionHead(lines[k]) else {
                k += 1
                continue
            }
            marked[k] = true
            var j = k + 1
            while j < lines.count && !lines[j].isBlank {
                marked[j] = true
                j += 1
            }
            // A bare head ("Lire aussi :", "RELATED") alone in its paragraph: the list is the next paragraph, if it
            // is a list of titles; a head that carries its title on its line has no list after it.
            if j == k + 1 && isBareHead(lines[k]) {
                var next = j
                while next < lines.count && lines[next].isBlank { next += 1 }
                var end = next
                while end < lines.count && !lines[end].isBlank && isTitleLike(lines[end]) { end += 1 }
                if end > next && (end >= lines.count || lines[end].isBlank) {
                    for m in next..<end { marked[m] = true }
                    j = end
                }
            }
            k = j
        }
        // Paragraphs of short lines without full stops (navigation menus), and short lines among boilerplate.
        var start = 0
        while start < lines.count {
            guard !lines[start].isBlank else {
                start += 1
                continue
            }
            var end = start
            while end < lines.count && !lines[end].isBlank { end += 1 }
            let block = start..<end
            let short = block.filter { lines[$0].words <= 4 && !lines[$0].endsSentence }
            if block.count >= 3 && short.count == block.count {
                for m in block { marked[m] = true }
            } else if block.filter({ marked[$0] }).count * 2 >= block.count {
                for m in block where lines[m].words <= 3 && !lines[m].endsSentence { marked[m] = true }
            }
            start = end
        }
        return marked
    }

    // MARK: - One line

    static func isBoilerplate(_ line: PageLine) -> Bool {
        let text = line.folded
        if line.words <= 60 && text.contains("cookie") { return true }
        if line.separators >= 2 && !line.endsSentence && line.words <= 40 { return true }
        if line.separators >= 1 && line.words <= 8 && !line.endsSentence { return true }
        for cue in lineCues where text.hasPrefix(cue.prefix) && line.words <= cue.maxWords {
            if cue.needsBoundary && !boundaryFollows(text, cue.prefix) { continue }
            return true
        }
        if isByline(line) { return true }
        if isSiteName(line) { return true }
        return false
    }

    /// "Lire aussi :", "À LIRE AUSSI", "RELATED", "Commentaires (3)", "Most Read": alone or with ":" after it.
    static func isSectionHead(_ line: PageLine) -> Bool {
        let text = line.folded
        for head in sectionHeads where text.hasPrefix(head) {
            let rest = text.dropFirst(head.count).drop { $0 == " " }
            if rest.isEmpty || rest.first == ":" || rest.first == "(" { return true }
            if line.words <= head.split(separator: " ").count + 1 && !line.endsSentence { return true }
        }
        return false
    }

    /// A head with nothing after it but ":" or a count: "Lire aussi :", "Commentaires (3)".
    private static func isBareHead(_ line: PageLine) -> Bool {
        let text = line.folded
        guard let head = sectionHeads.first(where: { text.hasPrefix($0) }) else { return false }
        let rest = text.dropFirst(head.count).filter { $0.isLetter }
        return rest.isEmpty || line.words <= head.split(separator: " ").count + 2 && !text.contains(":")
    }

    /// An item of a list of other articles: a headline-like line, no longer than a headline.
    private static func isTitleLike(_ line: PageLine) -> Bool {
        line.words <= 25 && (!line.endsSentence || line.words <= 12)
    }

    private static func boundaryFollows(_ text: String, _ prefix: String) -> Bool {
        guard let next = text.dropFirst(prefix.count).first else { return true }
        return !next.isLetter
    }

    /// "Par La Rédaction - 10 mai 2023 | Mis à jour ...", "By Reuters Staff", "Par Ibrahim Maïga | 13 décembre".
    private static func isByline(_ line: PageLine) -> Bool {
        let text = line.folded
        guard text.hasPrefix("par ") || text.hasPrefix("by ") else { return false }
        if text.hasPrefix("par ailleurs") || text.hasPrefix("par contre") || text.hasPrefix("by contrast") { return false }
        return !line.endsSentence && (line.words <= 8 || line.separators >= 1 || text.contains(" - "))
    }

    /// A site's name line: a web domain among at most a dozen words, no full stop at the end.
    private static func isSiteName(_ line: PageLine) -> Bool {
        guard line.words <= 12, !line.endsSentence else { return false }
        return line.folded.split(separator: " ").contains { word in
            let parts = word.split(separator: ".")
            guard parts.count >= 2, let tld = parts.last else { return false }
            return domainEndings.contains(String(tld.filter(\.isLetter))) && parts.dropLast().allSatisfy { !$0.isEmpty }
        }
    }

    private static let domainEndings: Set<String> = ["com", "net", "info", "org", "ml", "bf", "ne", "fr", "tv", "africa",
                                                     "sn", "td", "mr", "news"]

    /// Heads of sections that list other articles or hold readers' comments.
    static let sectionHeads: [String] = [
        "lire aussi", "a lire aussi", "a lire egalement", "lire egalement", "lire la suite", "voir aussi",
        "sur le meme sujet", "articles similaires", "articles lies", "articles en relation", "dans la meme rubrique",
        "vous aimerez aussi", "vous aimerez peut-etre", "vous pourriez aimer", "les plus lus", "les plus commentes",
        "derniers articles", "a la une", "commentaires", "reactions", "related", "related coverage",
        "related articles", "related stories", "read more", "read also", "read next", "more from", "most read",
        "most popular", "more stories", "recommended", "you may also like", "you might also like", "comments",
        "tags", "mots-cles", "mots cles", "derniere minute", "en continu", "breaking news", "flash info",
    ]

    struct LineCue {
        let prefix: String
        let maxWords: Int
        /// The cue must end at a word boundary ("save" is not "saved").
        let needsBoundary: Bool
    }

    private static func cue(_ prefix: String, _ maxWords: Int) -> LineCue {
        LineCue(prefix: prefix, maxWords: maxWords, needsBoundary: true)
    }

    /// Cues of one line, with the most words such a line has.
    static let lineCues: [LineCue] = [
        cue("partager", 15), cue("partagez", 15), cue("share", 12), cue("click here", 15), cue("cliquez", 15),
        cue("skip", 6), cue("advertisement", 4), cue("publicite", 4), cue("newsletter", 30), cue("abonnez", 25),
        cue("s'abonner", 15), cue("subscribe", 20), cue("sign up", 20), cue("inscrivez", 20), cue("suivez-nous", 12),
        cue("suivez nous", 12), cue("follow", 10), cue("\u{00A9}", 30), cue("(c) 20", 30), cue("copyright", 30),
        cue("tous droits", 20), cue("all rights", 20), cue("mentions legales", 20), cue("politique de confidentialite", 20),
        cue("privacy", 12), cue("terms of", 12), cue("laisser un commentaire", 15), cue("leave a comment", 15),
        cue("votre adresse", 25), cue("your email", 25), cue("voir tous", 8), cue("voir les", 6), cue("see all", 8),
        cue("view all", 8), cue("imprimer", 6), cue("ecouter", 8), cue("print", 4), cue("listen", 8), cue("save", 3),
        cue("source :", 8), cue("source:", 8), cue("sources :", 8), cue("published", 12), cue("publie le", 14),
        cue("publie :", 14), cue("mis a jour", 14), cue("updated", 12), cue("last updated", 12), cue("navigation", 6),
        cue("menu", 6), cue("search", 4), cue("rechercher", 4), cue("live", 2), cue("accueil", 3), cue("home", 3),
        cue("photo :", 20), cue("photo:", 20), cue("credit", 12), cue("audio", 4), cue("video", 4),
        cue("tribune libre", 4), cue("envoyer", 4), cue("telecharger", 8), cue("download", 8), cue("connexion", 4),
        cue("se connecter", 4), cue("log in", 4), cue("sign in", 4),
    ]
}
