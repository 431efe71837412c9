// libFuzzer target: the XML of Word (`word/document.xml`) and OpenDocument (`content.xml`)
// text extraction, both on every input, without the ZIP around it (whose checksum would stop
// almost every mutation before the XML).
// Checks: the text stays within twice the size of the XML it came from (character data at most
// once, runs of spaces from `text:s` at most once more). While this target was written,
// `<text:s text:c="10000"/>` broke it: 24 bytes became 10,000 spaces.
@testable import DiepgangNotes

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOfficeXML(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let xml = Array(UnsafeBufferPointer(start: data, count: count))
    let word = WordXML.text(xml)
    let open = OpenDocumentXML.text(xml)
    precondition(word.count <= count && open.count <= 2 * count, "text larger than its XML (\(word.count), \(open.count) of \(count))")
    return 0
}
