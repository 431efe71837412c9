// libFuzzer target: the HTTP request parser of `diepgang serve` and the form bodies it reads
// (urlencoded and multipart), on bytes as they come off a socket. The input's length picks
// default or tight limits.
// Checks: a parsed request consumed no more than it was given; its body is what Content-Length said.
import DiepgangServe

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTP(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    var limits = HTTPLimits()
    if count % 2 == 1 {
        limits.maxHeaderBytes = 200
        limits.maxHeaderCount = 4
        limits.maxBodyBytes = 300
        limits.maxParts = 3
    }
    switch HTTPParser.parse(bytes, limits: limits) {
    case .incomplete: break
    case .failure(let error): precondition((400...599).contains(error.status), "status \(error.status)")
    case .request(let request, let consumed):
        precondition(consumed <= count && request.body.count <= consumed, "consumed \(consumed) of \(count)")
        precondition(request.body.count <= limits.maxBodyBytes, "body over the limit")
        _ = request.cookies
        _ = request.keepAlive
        if let form = try? FormData.parse(request, limits: limits) {
            precondition(form.files.count <= limits.maxParts && form.fields.count <= limits.maxParts + count, "too many parts")
            for file in form.files { precondition(file.bytes.count <= request.body.count, "file larger than the body") }
        }
    }
    return 0
}
