import Geocoding
import Text

/// The text of a run of tokens, rebuilt without the original: tokens that touched stay together ("l'attaque",
/// "J.-C."), tokens that were apart get one space.
enum TokenSpan {
    static func text(_ tokens: ArraySlice<Token>) -> String {
        var text = ""
        var previousEnd: Int? = nil
        for token in tokens {
            if let end = previousEnd, token.start > end { text += " " }
            text += token.text
            previousEnd = token.end
        }
        return text
    }
}
