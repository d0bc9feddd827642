import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with POSIX calls, because on Linux `Data(contentsOf:)` reports failures
/// as "NSCocoaErrorDomain error 256" where users need "Is a directory" or "Permission denied".
enum FileContents {
    static func data(ofFile path: String) throws(GeoJSONError) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, "cannot open", errno) }
        defer { _ = close(descriptor) }
        var data = Data()
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_size > 0 { data.reserveCapacity(Int(info.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                throw failure(path, "cannot read", code)
            }
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
        }
    }

    private static func failure(_ path: String, _ action: String, _ code: Int32) -> GeoJSONError {
        GeoJSONError(file: path, path: "$", message: "\(action) file: \(String(cString: strerror(code))) (errno \(code))")
    }
}
