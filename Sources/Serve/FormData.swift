/// The fields and files of a submitted form: `application/x-www-form-urlencoded` or
/// `multipart/form-data` (RFC 7578), parsed from bytes in memory.
public struct FormData: Sendable {
    public struct File: Sendable {
        public var field: String
        public var filename: String
        public var bytes: [UInt8]
    }

    public var fields: [String: String] = [:]
    public var files: [File] = []

    /// Parses a request body by its Content-Type.
    public static func parse(_ request: HTTPRequest, limits: HTTPLimits) throws(HTTPError) -> FormData {
        let type = request.header("content-type") ?? ""
        let lower = type.lowercased()
        if lower.hasPrefix("application/x-www-form-urlencoded") {
            return FormData(fields: urlencoded(request.body))
        }
        if lower.hasPrefix("multipart/form-data") {
            guard let boundary = parameter("boundary", in: type), !boundary.isEmpty, boundary.utf8.count <= 70 else {
                throw HTTPError(400, "multipart body without a valid boundary")
            }
            return try multipart(request.body, boundary: boundary, maxParts: limits.maxParts)
        }
        throw HTTPError(415, "unsupported Content-Type")
    }

    /// `a=1&b=x+y%21` → ["a": "1", "b": "x y!"]; malformed escapes keep their bytes.
    public static func urlencoded(_ bytes: [UInt8]) -> [String: String] {
        var out: [String: String] = [:]
        for pair in bytes.split(separator: UInt8(ascii: "&")) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = percentDecoded(Array(parts[0]), plus: true) ?? ""
            let value = parts.count > 1 ? percentDecoded(Array(parts[1]), plus: true) ?? "" : ""
            if out[name] == nil { out[name] = value }
        }
        return out
    }

    /// Percent-decoding (and `+` as space in form data); nil when the result is not UTF-8.
    public static func percentDecoded(_ bytes: [UInt8], plus: Bool) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "%"), i + 2 < bytes.count, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(plus && b == UInt8(ascii: "+") ? 0x20 : b)
                i += 1
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// A parameter of a header value: `boundary` in `multipart/form-data; boundary=xyz`.
    static func parameter(_ name: String, in value: String) -> String? {
        for piece in value.split(separator: ";").dropFirst() {
            let kv = piece.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, kv[0].trimmingSpaces.lowercased() == name else { continue }
            var v = kv[1].trimmingSpaces
            if v.hasPrefix("\"") && v.hasSuffix("\"") && v.count >= 2 { v = String(v.dropFirst().dropLast()) }
            return v
        }
        return nil
    }

    static func multipart(_ body: [UInt8], boundary: String, maxParts: Int) throws(HTTPError) -> FormData {
        var form = FormData()
        let delimiter = Array(("--" + boundary).utf8)
        let separator = Array(("\r\n--" + boundary).utf8)
        guard var position = find(delimiter, in: body, from: 0) else { throw HTTPError(400, "multipart body without its boundary") }
        position += delimiter.count
        var parts = 0
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if position + 2 <= body.count && body[position] == UInt8(ascii: "-") && body[position + 1] == UInt8(ascii: "-") { break }
            guard position + 2 <= body.count, body[position] == 0x0D, body[position + 1] == 0x0A else {
                throw HTTPError(400, "malformed multipart delimiter")
            }
            position += 2
            parts += 1
            guard parts <= maxParts else { throw HTTPError(413, "more than \(maxParts) parts in the upload") }
            guard let headerEnd = find([0x0D, 0x0A, 0x0D, 0x0A], in: body, from: position), headerEnd - position <= 8 * 1024 else {
                throw HTTPError(400, "malformed multipart part header")
            }
            let head = String(decoding: body[position..<headerEnd], as: UTF8.self)
            guard let end = find(separator, in: body, from: headerEnd + 4) else { throw HTTPError(400, "multipart part without its closing boundary") }
            let content = Array(body[(headerEnd + 4)..<end])
            position = end + separator.count
            var disposition = ""
            for line in head.split(separator: "\r\n") {
                let kv = line.split(separator: ":", maxSplits: 1)
                if kv.count == 2 && kv[0].lowercased() == "content-disposition" { disposition = String(kv[1]) }
            }
            guard let name = parameter("name", in: disposition) else { throw HTTPError(400, "multipart part without a name") }
            if let filename = parameter("filename", in: disposition) {
                // Only the last path component: a name is a label, never a place to write.
                let base = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
                if !base.isEmpty || !content.isEmpty { form.files.append(File(field: name, filename: base, bytes: content)) }
            } else if form.fields[name] == nil {
                form.fields[name] = String(decoding: content, as: UTF8.self)
            }
        }
        return form
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        let first = needle[0]
        var i = from
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
