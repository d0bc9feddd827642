/// Splits French and English news text into sentences, as ranges of Unicode-scalar offsets (the offsets of
/// `Token` and the output contract), in order, without leading or trailing spaces.
///
/// A sentence ends at ".", "!", "?" or an ellipsis followed by a space and something that can start a
/// sentence; a closing quote or bracket right after the mark stays with the sentence it closes ("... fin. »").
/// A period is not an end after an abbreviation ("M.", "Gén.", "U.S.", "janv." before a number), an initial
/// ("J. P. Dupont"), or between digits ("1.000", "12.05.2020"). A blank line always ends a sentence, and so
/// does a line without final punctuation (a headline) unless the next line continues it in lowercase.
public enum SentenceSplitter {
    public static func sentences(in text: String) -> [Range<Int>] {
        var scan = SentenceScan(scalars: Array(text.unicodeScalars))
        return scan.run()
    }
}
