import Glibc

enum PeakMemory {
    /// Peak resident set size of this process in MiB (getrusage reports KiB on Linux).
    static var mebibytes: Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return .nan }
        return Double(usage.ru_maxrss) / 1024
    }
}
