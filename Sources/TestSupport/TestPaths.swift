import Foundation

/// Where tests find the project's own files and the team's shared data (`../shared` beside the checkout, or
/// `SAHEL_SHARED`), computed once for every test target.
public enum TestPaths {
    /// The package root: this file is `Sources/TestSupport/TestPaths.swift`.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let shared = ProcessInfo.processInfo.environment["SAHEL_SHARED"].map { URL(fileURLWithPath: $0) }
        ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
}
