/// A quantity read from the text, in digits or words, with the tokens it was read from.
public struct NumberReading: Sendable, Equatable {
    public let value: Int
    /// Approximate quantities ("une dizaine", "plusieurs", "dozens") at the value ACLED codes them with:
    /// the text gave no exact count, and a caller weighing conflicting reports may prefer one that did.
    public let isApproximate: Bool
    /// Indices of the tokens consumed, so the caller knows what follows ("de civils", "soldiers").
    public let tokens: Range<Int>

    public init(value: Int, isApproximate: Bool, tokens: Range<Int>) {
        self.value = value
        self.isApproximate = isApproximate
        self.tokens = tokens
    }
}
