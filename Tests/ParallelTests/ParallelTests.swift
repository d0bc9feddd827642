import Testing
@testable import Parallel

@Suite("Parallel helpers")
struct ParallelTests {
    @Test func mapKeepsIndexOrder() {
        let squares = Parallel.map(1_000) { $0 * $0 }
        #expect(squares == (0..<1_000).map { $0 * $0 })
        #expect(Parallel.map(0) { $0 }.isEmpty)
    }

    @Test(arguments: [0, 1, 4095, 4096, 100_000, 1_000_003])
    func chunksCoverEveryIndexOnce(count: Int) {
        let chunks = ParallelChunks(count: count)
        let ranges = (0..<chunks.chunkCount).map(chunks.range)
        #expect(ranges.first?.lowerBound == 0)
        #expect(ranges.last?.upperBound == count)
        for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    }

    @Test func resultsAreTakenOnce() {
        let results = ParallelResults<String>(count: 2)
        results.store(1, "b")
        #expect(results.take(0) == nil)
        #expect(results.take(1) == "b")
        #expect(results.take(1) == nil)
    }
}
