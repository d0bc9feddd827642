/// A publication date that was rejected, with the reason in words (`"2022-02-31" is not a real date`).
public struct PublishedDateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The rejected text, as given.
    public let text: String
    public let message: String

    public init(text: String, message: String) {
        self.text = text
        self.message = message
    }

    public var description: String { message }
}
