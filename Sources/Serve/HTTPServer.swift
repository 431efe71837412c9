import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server on the platform's sockets: one listening IPv4 socket, one thread per
/// connection (at most `limits.maxConnections`), keep-alive, and every limit of `HTTPLimits`
/// enforced while reading. The handler sees complete, parsed requests only.
public final class HTTPServer: @unchecked Sendable {
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    public let host: String
    /// The port actually bound (the one asked for, or the free one the system chose for 0).
    public let port: UInt16
    let limits: HTTPLimits
    let handler: Handler
    let log: @Sendable (String) -> Void

    private let listener: Int32
    private let lock = NSLock()
    private var active = 0
    private var stopped = false
    private let idle = NSCondition()

    /// Binds and listens; `start()` begins accepting.
    public init(host: String, port: UInt16, limits: HTTPLimits = HTTPLimits(), log: @escaping @Sendable (String) -> Void,
                handler: @escaping Handler) throws {
        self.host = host
        self.limits = limits
        self.handler = handler
        self.log = log
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        let literal = host == "localhost" ? "127.0.0.1" : host
        guard inet_pton(AF_INET, literal, &address.sin_addr) == 1 else {
            throw HTTPServerError("not an IPv4 address: \(host)")
        }
        #if os(Linux)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw HTTPServerError("socket: \(String(cString: strerror(errno)))") }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw HTTPServerError("cannot bind \(host):\(port): \(reason)")
        }
        guard listen(fd, 128) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw HTTPServerError("listen: \(reason)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.port = UInt16(bigEndian: actual.sin_port)
        listener = fd
        // A client that hangs up mid-reply must not end the process.
        signal(SIGPIPE, SIG_IGN)
    }

    /// Accepts connections on a thread of its own until `stop()`.
    public func start() {
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "diepgang-serve-accept"
        thread.start()
    }

    /// Stops accepting, then waits up to `grace` seconds for open connections to finish.
    public func stop(grace: Double = 3) {
        lock.lock()
        let already = stopped
        stopped = true
        lock.unlock()
        guard !already else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        let deadline = Date().addingTimeInterval(grace)
        idle.lock()
        while connectionCount > 0 && idle.wait(until: deadline) {}
        idle.unlock()
    }

    var connectionCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return active
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                lock.lock()
                let done = stopped
                lock.unlock()
                if done { return }
                if errno == EMFILE || errno == ENFILE { usleep(50_000) }
                continue
            }
            lock.lock()
            let admitted = !stopped && active < limits.maxConnections
            if admitted { active += 1 }
            lock.unlock()
            guard admitted else {
                log("503 too many connections (limit \(limits.maxConnections))")
                sendAll(client, HTTPResponse.error(HTTPError(503, "too many connections")).serialized(keepAlive: false))
                close(client)
                continue
            }
            let thread = Thread { [self] in
                serve(client)
                close(client)
                lock.lock()
                active -= 1
                lock.unlock()
                idle.lock()
                idle.broadcast()
                idle.unlock()
            }
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    /// One connection: requests one after the other until it closes, errs or idles out.
    private func serve(_ fd: Int32) {
        setTimeout(fd, SO_RCVTIMEO, seconds: 1)
        setTimeout(fd, SO_SNDTIMEO, seconds: limits.idleTimeout)
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var lastByte = Date()
        var requestStart: Date? = nil
        while true {
            switch HTTPParser.parse(buffer, limits: limits) {
            case .request(let request, let consumed):
                buffer.removeFirst(consumed)
                let began = requestStart ?? Date()
                requestStart = buffer.isEmpty ? nil : Date()
                var response = handler(request)
                let keep = request.keepAlive && !response.close && !isStopped
                if !keep { response.close = true }
                let bytes = response.serialized(keepAlive: keep, head: request.method == "HEAD")
                let sent = sendAll(fd, bytes)
                log("\(request.method) \(request.path) \(response.status) \(response.body.count) B \(String(format: "%.1f", Date().timeIntervalSince(began) * 1000)) ms")
                if !keep || !sent { return }
                continue
            case .failure(let error):
                log("\(error.status) \(error.reason)")
                refuse(fd, error)
                return
            case .incomplete:
                break
            }
            if let start = requestStart, Date().timeIntervalSince(start) > Double(limits.requestTimeout) {
                log("408 request not complete after \(limits.requestTimeout) s")
                refuse(fd, HTTPError(408, "request not complete after \(limits.requestTimeout) s"))
                return
            }
            if isStopped && buffer.isEmpty { return }
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n > 0 {
                if requestStart == nil { requestStart = Date() }
                buffer.append(contentsOf: chunk[0..<n])
                lastByte = Date()
                continue
            }
            if n == 0 { return }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK {
                if Date().timeIntervalSince(lastByte) > Double(limits.idleTimeout) {
                    if !buffer.isEmpty {
                        log("408 idle for \(limits.idleTimeout) s within a request")
                        refuse(fd, HTTPError(408, "idle for \(limits.idleTimeout) s"))
                    }
                    return
                }
                continue
            }
            return
        }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    /// Sends an error and closes gently: stop writing, read what the client still sends for a
    /// moment (so it sees the reply rather than a reset), then close.
    private func refuse(_ fd: Int32, _ error: HTTPError) {
        sendAll(fd, HTTPResponse.error(error).serialized(keepAlive: false))
        shutdown(fd, Int32(SHUT_WR))
        var scratch = [UInt8](repeating: 0, count: 16 * 1024)
        var drained = 0
        let until = Date().addingTimeInterval(1)
        while drained < 8 << 20 && Date() < until {
            let n = scratch.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n > 0 { drained += n; continue }
            if n < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) { continue }
            break
        }
    }

    @discardableResult
    private func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + offset, bytes.count - offset, 0) }
            if n > 0 { offset += n; continue }
            if n < 0 && errno == EINTR { continue }
            return false
        }
        return true
    }

    private func setTimeout(_ fd: Int32, _ option: Int32, seconds: Int) {
        var tv = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, option, &tv, socklen_t(MemoryLayout<timeval>.size))
    }
}

public struct HTTPServerError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
