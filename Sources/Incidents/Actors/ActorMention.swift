/// An armed actor named in a text: "la Minusma", "des hommes armés non identifiés", "JNIM".
public struct ActorMention: Sendable, Equatable {
    /// Indices into the token list the mention was found in.
    public var tokens: Range<Int>
    /// Unicode-scalar offsets into the document, `end` exclusive.
    public var start: Int
    public var end: Int
    /// The words as written.
    public var text: String
    /// The actor's one name, whatever the spelling: "JNIM" for "GSIM", "MINUSMA" for "casques bleus".
    public var name: String
    public var kind: ActorKind

    public init(tokens: Range<Int>, start: Int, end: Int, text: String, name: String, kind: ActorKind) {
        self.tokens = tokens
        self.start = start
        self.end = end
        self.text = text
        self.name = name
        self.kind = kind
    }
}
