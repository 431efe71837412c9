import XCTest
import Foundation
@testable import DiepgangServe
import DiepgangAnalysis
#if canImport(Glibc)
import Glibc
#endif

/// The request parser and its limits.
final class HTTPParserTests: XCTestCase {
    let limits = HTTPLimits()

    func request(_ text: String) -> HTTPParser.Result { HTTPParser.parse(Array(text.utf8), limits: limits) }

    func failure(_ r: HTTPParser.Result) -> Int? {
        if case .failure(let e) = r { return e.status }
        return nil
    }

    func testACompleteRequestWithBodyAndQuery() throws {
        let body = "text=Ik+besef+nu+dat+ik+te+snel+ging%21&lang=nl"
        let raw = "POST /analyse?lang=en&x=%C3%A9 HTTP/1.1\r\nHost: 127.0.0.1:8737\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\nCookie: a=1; diepgang_token=abc\r\n\r\n" + body + "GET / HTTP/1.1\r\n"
        guard case .request(let r, let consumed) = request(raw) else { return XCTFail("not parsed") }
        XCTAssertEqual(r.method, "POST")
        XCTAssertEqual(r.path, "/analyse")
        XCTAssertEqual(r.query, ["lang": "en", "x": "é"])
        XCTAssertEqual(r.header("content-type"), "application/x-www-form-urlencoded")
        XCTAssertEqual(r.cookies["diepgang_token"], "abc")
        XCTAssertTrue(r.keepAlive)
        // The next request's bytes stay for the next parse.
        XCTAssertEqual(consumed, raw.utf8.count - "GET / HTTP/1.1\r\n".utf8.count)
        let form = try FormData.parse(r, limits: limits)
        XCTAssertEqual(form.fields["text"], "Ik besef nu dat ik te snel ging!")
    }

    func testIncompleteUntilTheBodyIsThere() {
        guard case .incomplete = request("POST /analyse HTTP/1.1\r\nHost: x:1\r\nContent-Length: 10\r\n\r\nabc") else { return XCTFail() }
        guard case .incomplete = request("GET / HTTP/1.1\r\nHost: x") else { return XCTFail() }
    }

    func testLimitsAndMalformedRequests() {
        XCTAssertEqual(failure(request("GET / HTTP/1.1\r\nX-Long: " + String(repeating: "a", count: 17_000) + "\r\n\r\n")), 431)
        // Without an end to the header, past the limit: 431 too, not an endless wait.
        XCTAssertEqual(failure(request("GET / HTTP/1.1\r\nX-Long: " + String(repeating: "a", count: 17_000))), 431)
        XCTAssertEqual(failure(request("POST /upload HTTP/1.1\r\nHost: x:1\r\nContent-Length: 5242881\r\n\r\n")), 413)
        XCTAssertEqual(failure(request("POST /upload HTTP/1.1\r\nHost: x:1\r\nContent-Length: 12\r\nContent-Length: 13\r\n\r\n")), 400)
        XCTAssertEqual(failure(request("POST /upload HTTP/1.1\r\nHost: x:1\r\nContent-Length: -1\r\n\r\n")), 400)
        XCTAssertEqual(failure(request("POST /upload HTTP/1.1\r\nHost: x:1\r\nTransfer-Encoding: chunked\r\n\r\n")), 501)
        XCTAssertEqual(failure(request("POST /upload HTTP/1.1\r\nHost: x:1\r\n\r\n")), 411)
        XCTAssertEqual(failure(request("GET / HTTP/2.0\r\n\r\n")), 505)
        XCTAssertEqual(failure(request("GET http://evil/ HTTP/1.1\r\n\r\n")), 400)
        XCTAssertEqual(failure(request("get / HTTP/1.1\r\n\r\n")), 400)
        XCTAssertEqual(failure(request("GET / HTTP/1.1\r\nBad Header: x\r\n\r\n")), 400)
        XCTAssertEqual(failure(request("GET / HTTP/1.1\r\nNoColon\r\n\r\n")), 400)
        XCTAssertEqual(failure(request("GARBAGE\r\n\r\n")), 400)
        var many = "GET / HTTP/1.1\r\n"
        for i in 0..<120 { many += "X-\(i): 1\r\n" }
        XCTAssertEqual(failure(request(many + "\r\n")), 431)
    }

    func testMultipartUpload() throws {
        let boundary = "----grens42"
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"view\"\r\n\r\nnotes\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"../../etc/verslag.txt\"\r\nContent-Type: text/plain\r\n\r\nIk wilde rustig blijven.\r\nToch lukte het niet.\r\n"
        body += "--\(boundary)--\r\n"
        let raw = "POST /upload HTTP/1.1\r\nHost: x:1\r\nContent-Type: multipart/form-data; boundary=\(boundary)\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body
        guard case .request(let r, _) = request(raw) else { return XCTFail() }
        let form = try FormData.parse(r, limits: limits)
        XCTAssertEqual(form.fields["view"], "notes")
        XCTAssertEqual(form.files.count, 1)
        XCTAssertEqual(form.files[0].filename, "verslag.txt", "only the last path component")
        XCTAssertEqual(String(decoding: form.files[0].bytes, as: UTF8.self), "Ik wilde rustig blijven.\r\nToch lukte het niet.")
        var tight = limits
        tight.maxParts = 1
        XCTAssertThrowsError(try FormData.parse(r, limits: tight)) { XCTAssertEqual(($0 as? HTTPError)?.status, 413) }
        var broken = r
        broken.body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end".utf8)
        XCTAssertThrowsError(try FormData.parse(broken, limits: limits)) { XCTAssertEqual(($0 as? HTTPError)?.status, 400) }
    }
}

/// The server for real: started on a free port, spoken to over a socket.
final class ServeEndToEndTests: XCTestCase {
    nonisolated(unsafe) static var server: HTTPServer?
    nonisolated(unsafe) static var app: CoachApp?
    static let token = try! CoachApp.newToken()

    override class func setUp() {
        var limits = HTTPLimits()
        limits.idleTimeout = 2
        limits.requestTimeout = 3
        limits.maxConnections = 8
        let box = Box()
        let s = try! HTTPServer(host: "127.0.0.1", port: 0, limits: limits, log: { _ in }) { box.app!.handle($0) }
        box.app = CoachApp(token: token, analyzer: Analyzer.standard(), language: .nl, port: s.port, host: "127.0.0.1", limits: limits)
        s.start()
        server = s
        app = box.app
    }

    override class func tearDown() { server?.stop() }

    final class Box: @unchecked Sendable { var app: CoachApp? }

    var port: UInt16 { Self.server!.port }

    /// Sends raw bytes, reads the reply until the server closes or `Content-Length` is met.
    func exchange(_ raw: [UInt8], pauseAfter: Int? = nil) throws -> (status: Int, headers: String, body: String) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let ok = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        XCTAssertEqual(ok, 0)
        var tv = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        let toSend = pauseAfter.map { Array(raw.prefix($0)) } ?? raw
        _ = toSend.withUnsafeBytes { send(fd, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n <= 0 { break }
            data += chunk[0..<n]
            let text = String(decoding: data, as: UTF8.self)
            if let end = text.range(of: "\r\n\r\n"), let cl = text[..<end.lowerBound].split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
               let length = Int(cl.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)),
               data.count >= text[..<end.upperBound].utf8.count + length { break }
        }
        let text = String(decoding: data, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let status = Int(parts[0].split(separator: " ").dropFirst().first ?? "") ?? 0
        return (status, parts[0], parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    func get(_ path: String, host: String? = nil, cookie: Bool = true) throws -> (status: Int, headers: String, body: String) {
        var raw = "GET \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n"
        if cookie { raw += "Cookie: diepgang_token=\(Self.token)\r\n" }
        return try exchange(Array((raw + "\r\n").utf8))
    }

    func post(_ path: String, form: String, origin: String? = nil, cookie: Bool = true) throws -> (status: Int, headers: String, body: String) {
        var raw = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\n"
        if cookie { raw += "Cookie: diepgang_token=\(Self.token)\r\n" }
        if let origin { raw += "Origin: \(origin)\r\n" }
        return try exchange(Array((raw + "\r\n" + form).utf8))
    }

    func testTokenRefusedWithoutAndTradedForACookie() throws {
        XCTAssertEqual(try get("/", cookie: false).status, 403)
        XCTAssertEqual(try get("/?token=00000000000000000000000000000000", cookie: false).status, 403)
        let r = try get("/?token=\(Self.token)", cookie: false)
        XCTAssertEqual(r.status, 303)
        XCTAssertTrue(r.headers.contains("Set-Cookie: diepgang_token=\(Self.token); HttpOnly; SameSite=Strict; Path=/"))
        XCTAssertTrue(r.headers.contains("Location: /\r\n") || r.headers.hasSuffix("Location: /"))
        let page = try get("/")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.headers.contains("Content-Security-Policy: default-src 'none'"))
        XCTAssertTrue(page.headers.contains("X-Content-Type-Options: nosniff"))
        XCTAssertTrue(page.headers.contains("Referrer-Policy: no-referrer"))
        XCTAssertTrue(page.body.contains("<textarea id=\"text\" name=\"text\""))
        XCTAssertFalse(page.body.lowercased().contains("<script"))
    }

    func testHostMustNameThisServer() throws {
        // DNS rebinding: a page on evil.example whose name now points at 127.0.0.1.
        XCTAssertEqual(try get("/", host: "evil.example:\(port)").status, 403)
        XCTAssertEqual(try get("/", host: "127.0.0.1:1").status, 403)
        XCTAssertEqual(try get("/", host: "localhost:\(port)").status, 200)
        XCTAssertEqual(try exchange(Array("GET / HTTP/1.1\r\nCookie: diepgang_token=\(Self.token)\r\nConnection: close\r\n\r\n".utf8)).status, 403)
    }

    func testCrossSitePostRefused() throws {
        let form = "text=Had+ik+maar+eerder+gebeld."
        XCTAssertEqual(try post("/analyse", form: form, origin: "http://evil.example").status, 403)
        XCTAssertEqual(try post("/analyse", form: form, origin: "null").status, 403)
        XCTAssertEqual(try post("/analyse", form: form, origin: "http://127.0.0.1:\(port)").status, 200)
        XCTAssertEqual(try post("/analyse", form: form, origin: "http://127.0.0.1:\(port)", cookie: false).status, 403)
    }

    func testARealAnalysis() throws {
        let note = "Het ging weer helemaal mis bij de overdracht. Ik ben er klaar mee, het lukt me gewoon niet om alles op tijd af te krijgen. Had ik maar eerder gebeld. Iedereen doet maar wat en ik sta er alleen voor. Waarom zie ik dat altijd pas achteraf? <b>vet</b>"
        let form = "lang=nl&text=" + note.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let r = try post("/analyse", form: form, origin: "http://127.0.0.1:\(port)")
        XCTAssertEqual(r.status, 200)
        // The same verdict as the analyser gives the note directly.
        let direct = Analyzer.standard().analyse(text: note)
        XCTAssertEqual(direct.mode, .piekeren)
        XCTAssertTrue(r.body.contains("<strong>\(direct.mode.label(.nl))</strong>"), "verdict")
        XCTAssertTrue(r.body.contains("data-tag=\"P\">Had ik maar</span>"), "highlight")
        XCTAssertTrue(r.body.contains("&lt;b&gt;vet&lt;/b&gt;"), "escaped")
        XCTAssertFalse(r.body.contains("<b>vet</b>"))
        XCTAssertTrue(r.body.contains("Coachvraag:"))
        let en = try post("/analyse", form: "lang=en&text=Ik+besef+nu+dat+ik+te+snel+ging.", origin: "http://127.0.0.1:\(port)")
        XCTAssertTrue(en.body.contains("Coaching question"))
    }

    func testLimitsOverTheWire() throws {
        let big = try exchange(Array("POST /analyse HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Length: 6000000\r\nCookie: diepgang_token=\(Self.token)\r\n\r\n".utf8))
        XCTAssertEqual(big.status, 413)
        let header = try exchange(Array(("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Big: " + String(repeating: "a", count: 20_000) + "\r\n\r\n").utf8))
        XCTAssertEqual(header.status, 431)
        XCTAssertEqual(try exchange(Array("NONSENSE\r\n\r\n".utf8)).status, 400)
        // A request that stops halfway: 408 after the timeout, not a hang.
        let slow = "POST /analyse HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Length: 100\r\n\r\ntext=half"
        XCTAssertEqual(try exchange(Array(slow.utf8)).status, 408)
        // The server still answers afterwards.
        XCTAssertEqual(try get("/").status, 200)
    }

    func testUploadOfAFileOfNotes() throws {
        let boundary = "grens"
        let jsonl = """
        {"id": "ruben-1", "team": "Team Zuid", "date": "2026-04-12", "text": "Ik ben er klaar mee, het lukt me gewoon niet."}
        {"id": "mila-1", "team": "Team Zuid", "date": "2026-04-15", "text": "Ik vroeg me af waarom hij weigerde. Toen ik navroeg, bleek dat hij bang was."}
        """
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"view\"\r\n\r\nnotes\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"notes.jsonl\"\r\n\r\n\(jsonl)\r\n--\(boundary)--\r\n"
        let raw = "POST /upload HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\nCookie: diepgang_token=\(Self.token)\r\nContent-Type: multipart/form-data; boundary=\(boundary)\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body
        let r = try exchange(Array(raw.utf8))
        XCTAssertEqual(r.status, 200)
        XCTAssertTrue(r.body.contains("<a href=\"#note-1\">ruben-1</a>"))
        XCTAssertTrue(r.body.contains("<a href=\"#note-2\">mila-1</a>"))
    }

    func testConnectionLimitAndLoopbackBinding() throws {
        var limits = HTTPLimits()
        limits.maxConnections = 2
        limits.idleTimeout = 2
        let small = try HTTPServer(host: "127.0.0.1", port: 0, limits: limits, log: { _ in }) { _ in .text(200, "ok") }
        small.start()
        defer { small.stop() }
        // Bound to the loopback address only.
        XCTAssertEqual(small.host, "127.0.0.1")
        XCTAssertThrowsError(try HTTPServer(host: "wijkteam.example", port: 0, log: { _ in }) { _ in .text(200, "ok") })
        func open() -> Int32 {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = small.port.bigEndian
            inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
            _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            return fd
        }
        let idle = [open(), open()]
        defer { idle.forEach { close($0) } }
        usleep(200_000)
        let third = open()
        defer { close(third) }
        var buffer = [UInt8](repeating: 0, count: 512)
        var tv = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(third, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        let n = buffer.withUnsafeMutableBytes { recv(third, $0.baseAddress!, $0.count, 0) }
        XCTAssertGreaterThan(n, 0)
        XCTAssertTrue(String(decoding: buffer.prefix(max(n, 0)), as: UTF8.self).hasPrefix("HTTP/1.1 503"))
    }

    func testFetchMarkedCrossSiteRefused() throws {
        let form = "text=Ik+besef+nu+dat+ik+te+snel+ging."
        let raw = "POST /analyse HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\nSec-Fetch-Site: cross-site\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\nCookie: diepgang_token=\(Self.token)\r\n\r\n" + form
        XCTAssertEqual(try exchange(Array(raw.utf8)).status, 403)
        // What a browser sends for the page's own form under no-referrer: allowed; null without it: not.
        let own = raw.replacingOccurrences(of: "Sec-Fetch-Site: cross-site", with: "Sec-Fetch-Site: same-origin\r\nOrigin: null")
        XCTAssertEqual(try exchange(Array(own.utf8)).status, 200)
        let bare = raw.replacingOccurrences(of: "Sec-Fetch-Site: cross-site", with: "Origin: null")
        XCTAssertEqual(try exchange(Array(bare.utf8)).status, 403)
    }
}
