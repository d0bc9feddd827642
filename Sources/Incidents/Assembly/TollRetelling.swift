import Text

/// A sentence that tells the event before again to give its toll: "Le bilan s'établit finalement à quatre
/// militaires tués", "l'attaque a fait au total sept morts", "Mardi, une source a revu ce bilan à la hausse".
///
/// It speaks of the toll (a revision, "bilan", "toll", "au total") or gives a source for it, gives dead, names no place of its own, and its
/// event words, if any, are taken up with a definite article or a demonstrative ("l'attaque", "cette embuscade",
/// "lors de la riposte"), which in both languages refer to an event already introduced. The day it gives is
/// when the figure was given, not another event's.
enum TollRetelling {
    static func isRetelling(_ s: Int, triggers: [EventTrigger], context: ReportContext) -> Bool {
        guard context.victims[s].contains(where: { $0.outcome == .killed }) else { return false }
        let range = context.sentenceTokens[s]
        let words = context.tokens[range].map { $0.lowercasedForm }
        guard context.tollRevisions[s] != nil || words.contains(where: { tollNouns.contains($0) || attributions.contains($0) })
        else { return false }
        return triggers.allSatisfy { trigger in
            let before = trigger.tokens.lowerBound - 1
            guard before >= range.lowerBound else { return false }
            return anaphoric.contains(context.tokens[before].lowercasedForm)
        }
    }

    private static let tollNouns: Set<String> = ["bilan", "bilans", "total", "toll", "tolls"]
    /// A source giving the figure: "a local official said", "selon un élu", "a précisé un officier".
    private static let attributions: Set<String> = ["said", "says", "told", "according", "reported", "selon",
                                                    "précisé", "indiqué", "déclaré", "affirmé", "confirmé"]
    /// Definite articles and demonstratives, French and English.
    private static let anaphoric: Set<String> = ["l'", "le", "la", "les", "du", "ce", "cet", "cette", "ces", "the",
                                                 "this", "that", "these", "those"]
}
