import Dispatch

/// Monotonic wall-clock timing of a job's phases.
struct Stopwatch {
    private var last = DispatchTime.now().uptimeNanoseconds
    private let start: UInt64

    init() { start = last }

    /// Seconds since the previous lap (or the start).
    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }

    var total: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
}
