import Text
/// A run of words in the text that names places in the index, before resolution.
struct NameSpan: Sendable {
    /// Token indices covered.
    let tokens: Range<Int>
    /// Scalar offsets into the text.
    let start: Int
    let end: Int
    let surface: String
    /// Normalised form, the index key.
    let key: String
    /// Places carrying the name, best feature rank first; narrowed to those inside the text's constraints.
    var candidates: [Int32]
    /// What the words before it say, and where that phrase starts (token index).
    let cue: PlaceCue?
    let cueStart: Int?
    /// The cue word(s) as written, for explanations.
    let cueText: String?
    let sentence: Int
    /// The parenthesised group it sits in, if any ("(Douentza, Mopti)").
    let parentheses: Int?
    /// How sure recognition is that this is a place at all (0...1).
    let recognition: Double
    /// For a near-miss spelling ("Intillit"), the indexed name it was taken for and the edit distance.
    var nearMiss: (key: String, distance: Int)? = nil
    /// The relative phrase just before the name ("à 40 km au nord de"), read once after recognition.
    var relative: RelativePhrase? = nil
    /// Two words whose first alone is a name ("Wouro Mody"): inside a constraint, a looser spelling of both
    /// ("Ouro Modi") is tried before the first word's places.
    var triesLooserSpellingFirst = false
    /// What the text's constraints did to the candidates, for explanations.
    var constraintNote: String? = nil
    /// The unit the place is coded to when no place of that name lies inside it.
    var fallback: TextConstraint? = nil
}
