import Gazetteer
import Text

/// Whether a sentence's figures are a revised toll or a first one the article later supersedes.
enum TollRevision: Equatable {
    /// "le bilan s'est alourdi à 12", "nouveau bilan", "a new toll of", "rose to", "final toll".
    case update
    /// "un premier bilan", "bilan provisoire", "initially", "a preliminary toll".
    case superseded

    /// The sentence's revision, read from its folded words; an update outweighs a superseded figure named in
    /// the same sentence ("un bilan plus lourd que celui annoncé dans un premier temps").
    static func reading(_ words: FoldedWords) -> TollRevision? {
        let keys = words.words.map(\.key)
        var superseded = false
        // "Le bilan s'établit finalement à quatre morts", "the toll finally stood at": the last word on it.
        if keys.contains(where: { finalWords.contains($0) }) && keys.contains(where: { tollNouns.contains($0) }) {
            return .update
        }
        for (k, key) in keys.enumerated() {
            let next = k + 1 < keys.count ? keys[k + 1] : ""
            if updateWords.contains(key) { return .update }
            if (key == "nouveau" || key == "new" || key == "dernier" || key == "latest" || key == "plus")
                && tollNouns.contains(next) || (key == "plus" && next == "lourd") {
                return .update
            }
            if (key == "bilan" || key == "toll") && (next == "definitif" || next == "final" || next == "revise") {
                return .update
            }
            // "l'attaque a fait au total sept morts", "seven people in all", "tous camps confondus": a total
            // over the partial figures before it.
            if (key == "au" && next == "total") || (key == "in" && (next == "all" || next == "total"))
                || (key == "camps" && next == "confondus") {
                return .update
            }
            // "revu ce bilan à la hausse", "revised upwards".
            if (key == "la" && next == "hausse") || key == "upwards" || key == "upward" { return .update }
            // "L'armée avait d'abord fait état de deux morts", "had at first reported".
            if (key == "d" && next == "abord") || (key == "at" && next == "first") { superseded = true }
            if supersededWords.contains(key) || (key == "premier" && (next == "bilan" || next == "temps"))
                || (key == "first" && tollNouns.contains(next)) {
                superseded = true
            }
        }
        return superseded ? .superseded : nil
    }

    private static let tollNouns: Set<String> = ["bilan", "toll", "tolls", "decompte", "count", "figure", "figures"]
    private static let updateWords: Set<String> = ["alourdi", "alourdit", "alourdie", "rose", "risen", "climbed",
                                                   "jumped", "revised", "updated", "desormais"]
    private static let finalWords: Set<String> = ["finalement", "finally", "definitivement"]
    private static let supersededWords: Set<String> = ["provisoire", "provisoires", "initialement", "initially",
                                                       "initial", "preliminary", "preliminaire"]
}

/// The dead and wounded of one incident told across an article.
///
/// The headline's figures count only when the body gives none (a headline rounds, or sums a round-up); a
/// revised toll supersedes the figures before it ("9 morts" on Sunday, "le bilan s'est alourdi à 21" on Monday),
/// and a first toll the article calls provisional gives way to any other; figures that remain and conflict
/// give the lowest, as ACLED codes them (`VictimCount`).
enum TollReading {
    static func count(sentences: [Int], context: ReportContext) -> VictimCount {
        let parts = context.document.layout.parts
        var kept: [VictimStatement] = []
        for outcome in [VictimStatement.Outcome.killed, .injured] {
            var figures = sentences.flatMap { s in context.victims[s].filter { $0.outcome == outcome }.map { (s, $0) } }
            if figures.contains(where: { parts[$0.0] != .title }) { figures.removeAll { parts[$0.0] == .title } }
            if figures.contains(where: { context.tollRevisions[$0.0] == .update }) {
                figures.removeAll { context.tollRevisions[$0.0] != .update }
            } else if figures.contains(where: { context.tollRevisions[$0.0] != .superseded }) {
                figures.removeAll { context.tollRevisions[$0.0] == .superseded }
            }
            kept += figures.map { sideTotal($0.1, sentence: $0.0, context: context) }
        }
        return VictimCount(statements: kept)
    }

    /// An army communiqué's sides: "Côté ami : 1 mort ; côté terroriste : 6 neutralisés" counts 1 + 6. A total
    /// under a side's heading is that side's figure, so it adds up with the other side's.
    static func sideTotal(_ statement: VictimStatement, sentence: Int, context: ReportContext) -> VictimStatement {
        guard statement.group == nil || statement.group == .unspecified else { return statement }
        let tokens = context.tokens[context.sentenceTokens[sentence]]
        guard let side = tokens.last(where: { $0.end <= statement.start && sideWords.contains($0.lowercasedForm) }),
              let next = tokens.first(where: { $0.start > side.start && $0.kind == .word }) else { return statement }
        let word = NameNormalizer.normalize(next.text)
        let group: VictimGroup
        if friendly.contains(word) {
            group = .soldiers
        } else if enemy.contains(word) {
            group = .assailants
        } else {
            return statement
        }
        return VictimStatement(outcome: statement.outcome, count: statement.count, group: group,
                               isApproximate: statement.isApproximate, start: statement.start, end: statement.end,
                               text: statement.text)
    }

    private static let sideWords: Set<String> = ["côté", "cote", "côte", "side"]
    private static let friendly: Set<String> = ["ami", "amis", "fama", "fds", "armee", "nos", "friendly", "gouvernemental"]
    private static let enemy: Set<String> = ["ennemi", "ennemis", "terroriste", "terroristes", "assaillant", "assaillants",
                                             "adverse", "enemy", "assailants"]
}
