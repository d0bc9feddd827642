/// Receives GEOS's error and notice messages through the C handler's `userdata` pointer.
///
/// Owned by one `GEOSContext`; the context clears it around every call so that an error never
/// reports a message left over from an earlier one.
final class GEOSMessageBox {
    var error: String?
    var notice: String?

    func clear() {
        error = nil
        notice = nil
    }
}
