/// The limits of `diepgang serve`, documented in the README. A request over a limit is answered
/// with its status code (413, 431, 408, 503) and a log line; it never grows memory or holds a
/// thread without end.
public struct HTTPLimits: Sendable {
    /// Request line and headers together.
    public var maxHeaderBytes = 16 * 1024
    public var maxHeaderCount = 100
    /// A request body (a pasted note or uploaded files): 5 MiB.
    public var maxBodyBytes = 5 * 1024 * 1024
    /// Connections served at once; one more gets 503.
    public var maxConnections = 64
    /// Seconds a connection may stay silent (between or within requests).
    public var idleTimeout = 10
    /// Seconds one request may take to arrive in full (slow senders).
    public var requestTimeout = 30
    /// Parts of a multipart upload (files and fields).
    public var maxParts = 200

    public init() {}
}

/// A refused request: the status and a short reason for the log and the reply.
public struct HTTPError: Error, Sendable, Equatable {
    public var status: Int
    public var reason: String

    public init(_ status: Int, _ reason: String) {
        self.status = status
        self.reason = reason
    }
}

/// One parsed HTTP/1.x request.
public struct HTTPRequest: Sendable {
    public var method: String
    /// The path without the query, percent-decoded.
    public var path: String
    public var query: [String: String]
    public var version: String
    /// Header names in lower case, in order.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    public var cookies: [String: String] {
        var out: [String: String] = [:]
        for (name, value) in headers where name == "cookie" {
            for pair in value.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                out[parts[0].trimmingSpaces] = parts[1].trimmingSpaces
            }
        }
        return out
    }

    /// HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless told to keep it.
    public var keepAlive: Bool {
        let connection = header("connection")?.lowercased() ?? ""
        return version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive")
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

/// Parses requests from the bytes received so far: strict about the grammar, bounded in size.
public enum HTTPParser {
    public enum Result: Sendable {
        /// More bytes are needed.
        case incomplete
        case request(HTTPRequest, consumed: Int)
        case failure(HTTPError)
    }

    public static func parse(_ buffer: [UInt8], limits: HTTPLimits) -> Result {
        guard let headerEnd = findHeaderEnd(buffer, within: limits.maxHeaderBytes) else {
            return buffer.count > limits.maxHeaderBytes ? .failure(HTTPError(431, "request header larger than \(limits.maxHeaderBytes) bytes")) : .incomplete
        }
        guard let head = String(validating: buffer[0..<headerEnd], as: UTF8.self) else {
            return .failure(HTTPError(400, "request header is not valid UTF-8"))
        }
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let requestLine = lines.removeFirst()
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return .failure(HTTPError(400, "malformed request line")) }
        let method = String(parts[0]), target = String(parts[1]), version = String(parts[2])
        guard !method.isEmpty, method.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else {
            return .failure(HTTPError(400, "malformed method"))
        }
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            return .failure(version.hasPrefix("HTTP/") ? HTTPError(505, "HTTP version not supported") : HTTPError(400, "malformed request line"))
        }
        guard target.hasPrefix("/") else { return .failure(HTTPError(400, "request target must be a path")) }
        guard lines.count <= limits.maxHeaderCount else { return .failure(HTTPError(431, "more than \(limits.maxHeaderCount) header fields")) }
        var headers: [(name: String, value: String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { return .failure(HTTPError(400, "header line without a colon")) }
            let name = line[..<colon]
            guard !name.isEmpty, name.utf8.allSatisfy(isTokenByte) else {
                return .failure(HTTPError(400, "malformed header name"))
            }
            let value = line[line.index(after: colon)...].trimmingSpaces
            if value.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 }) { return .failure(HTTPError(400, "control character in a header")) }
            headers.append((name.lowercased(), value))
        }
        if headers.contains(where: { $0.name == "transfer-encoding" }) {
            return .failure(HTTPError(501, "Transfer-Encoding is not supported; send Content-Length"))
        }
        let lengths = Set(headers.filter { $0.name == "content-length" }.map(\.value))
        var length = 0
        if !lengths.isEmpty {
            guard lengths.count == 1, let text = lengths.first, !text.isEmpty, text.count <= 15,
                  text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let n = Int(text) else {
                return .failure(HTTPError(400, "malformed Content-Length"))
            }
            length = n
        }
        if length > limits.maxBodyBytes { return .failure(HTTPError(413, "body of \(length) bytes is over the limit of \(limits.maxBodyBytes)")) }
        if method == "POST" && lengths.isEmpty { return .failure(HTTPError(411, "POST without Content-Length")) }
        let bodyStart = headerEnd + 4
        guard buffer.count >= bodyStart + length else { return .incomplete }
        var path = target
        var query: [String: String] = [:]
        if let q = target.firstIndex(of: "?") {
            path = String(target[..<q])
            query = FormData.urlencoded(Array(target.utf8[target.utf8.index(after: q)...]))
        }
        guard let decodedPath = FormData.percentDecoded(Array(path.utf8), plus: false) else {
            return .failure(HTTPError(400, "malformed path"))
        }
        let request = HTTPRequest(method: method, path: decodedPath, query: query, version: version, headers: headers,
                                  body: Array(buffer[bodyStart..<bodyStart + length]))
        return .request(request, consumed: bodyStart + length)
    }

    static func findHeaderEnd(_ b: [UInt8], within limit: Int) -> Int? {
        let end = min(b.count, limit + 4)
        guard end >= 4 else { return nil }
        var i = 0
        while i + 3 < end {
            if b[i] == 0x0D && b[i + 1] == 0x0A && b[i + 2] == 0x0D && b[i + 3] == 0x0A { return i }
            i += 1
        }
        return nil
    }

    /// RFC 9110 token characters.
    static func isTokenByte(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return "!#$%&'*+-.^_`|~".utf8.contains(c)
        }
    }
}
