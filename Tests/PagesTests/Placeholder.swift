import Testing
@testable import Pages
@Test func placeholder() { #expect(true) }
