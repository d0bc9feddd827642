/// How inputs are split into documents.
public enum InputFormat: String, Sendable, Equatable, CaseIterable {
    /// By extension: `.jsonl` and `.ndjson` files hold one document per line, anything else is one document.
    case auto
    /// Every input is one document, whatever its extension.
    case text
    /// Every input holds one JSON document per line, whatever its extension (standard input included).
    case jsonl
}
