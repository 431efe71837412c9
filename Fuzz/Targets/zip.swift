// libFuzzer target: the ZIP reader and the inflater behind `.docx`/`.odt` notes.
// An input starting with "PK" is read as a ZIP (every entry unpacked, then as a Word and an
// OpenDocument file); anything else is a raw DEFLATE stream for `Inflate`.
// Checks: unpacked sizes never exceed the limit asked for.
import DiepgangNotes

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let limit = 1 << 20
    if bytes.starts(with: [0x50, 0x4B]) {
        if let zip = try? ZipArchive(bytes) {
            for entry in zip.entries.prefix(16) {
                if let out = try? zip.contents(of: entry, limit: limit) { precondition(out.count <= limit, "entry over the limit") }
            }
        }
        _ = try? OfficeText.text(of: bytes, kind: .docx, path: "verslag.docx")
        _ = try? OfficeText.text(of: bytes, kind: .odt, path: "verslag.odt")
    } else {
        if let out = try? Inflate.decompress(bytes, limit: limit, sizeHint: count) {
            precondition(out.count <= limit, "inflated over the limit")
        }
    }
    return 0
}
