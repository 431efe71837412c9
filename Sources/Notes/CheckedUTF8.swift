/// The reader checks a line's UTF-8 once (`UTF8Check`), so the strings cut from it are copied
/// without a second check. (The word-at-a-time scans are `ByteWord`, in DiepgangCore.)
extension String {
    /// A copy of bytes that were already checked as UTF-8 (a slice of a checked line, cut at ASCII
    /// bytes). The standard library's `String(decoding:)` checks again, at about a fifth of the
    /// reading time; `UTF8Span(unchecked:)` does not.
    @inline(__always)
    init(checkedUTF8 p: UnsafeBufferPointer<UInt8>) {
        #if compiler(>=6.2) && !os(macOS) && !os(iOS)
        if p.isEmpty { self = ""; return }
        let span = Span(_unsafeElements: p)
        self = String(copying: UTF8Span(unchecked: span))
        #else
        self = String(decoding: p, as: UTF8.self)
        #endif
    }
}
