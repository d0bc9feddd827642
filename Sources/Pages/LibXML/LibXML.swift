import CLibXML2

/// The few things every use of libxml2 shares: one initialisation per process (required before parsing on
/// several threads at once) and reading its `xmlChar` strings.
enum LibXML {
    /// Runs `xmlInitParser` once, the first time any parser is used.
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// A NUL-terminated `xmlChar` string as a Swift string (libxml2 hands out UTF-8 only); nil for NULL.
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return pointer.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
    }

    /// Whether a NUL-terminated `xmlChar` string equals an ASCII name (element and attribute names).
    static func equals(_ pointer: UnsafePointer<xmlChar>?, _ name: StaticString) -> Bool {
        guard let pointer else { return false }
        return name.withUTF8Buffer { bytes in
            for i in 0..<bytes.count where pointer[i] != bytes[i] { return false }
            return pointer[bytes.count] == 0
        }
    }

    /// ASCII letters lowercased (class names and ids), other bytes as they are.
    static func asciiLowercased(_ text: String) -> String {
        var bytes = Array(text.utf8)
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] += 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of an attribute node: the concatenation of its text children (libxml2 already decoded the
    /// entities), without allocating through libxml2.
    static func attributeValue(_ attribute: UnsafeMutablePointer<xmlAttr>) -> String {
        var value = ""
        var child = attribute.pointee.children
        while let node = child {
            if let content = node.pointee.content, let text = string(content) { value += text }
            child = node.pointee.next
        }
        return value
    }
}
