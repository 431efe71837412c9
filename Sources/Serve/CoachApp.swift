import DiepgangCore
import DiepgangNotes
import DiepgangAnalysis
import DiepgangTrends
import DiepgangReport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The coach's workspace behind `diepgang serve`: paste a note and see the note view, or upload
/// files and see the list of notes or the team report. Every request must carry the session
/// token (once in the URL, then as an HttpOnly, SameSite=Strict cookie), name this server in its
/// `Host` (no DNS rebinding) and, for a POST, come from this server's own pages (`Origin`).
/// Notes live in memory for the one request; nothing is written to disk.
public struct CoachApp: Sendable {
    public let token: String
    public let analyzer: Analyzer
    public let language: Language
    public let port: UInt16
    /// Host names besides IP literals and `localhost` that may appear in `Host` (the `--host` name).
    public let extraHosts: Set<String>
    public let limits: HTTPLimits
    /// Notes shown in full on one page (the overview lists them all).
    public var maxNoteSections = 50

    static let cookieName = "diepgang_token"

    public init(token: String, analyzer: Analyzer, language: Language, port: UInt16, host: String, limits: HTTPLimits = HTTPLimits()) {
        self.token = token
        self.analyzer = analyzer
        self.language = language
        self.port = port
        let h = host.lowercased()
        extraHosts = (h == "0.0.0.0" || h == "127.0.0.1" || h == "localhost") ? [] : [h]
        self.limits = limits
    }

    /// 128 bits from the system's random source, as 32 hex digits.
    public static func newToken() throws -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        guard let file = fopen("/dev/urandom", "rb"), fread(&bytes, 1, 16, file) == 16 else {
            throw HTTPServerError("cannot read /dev/urandom")
        }
        fclose(file)
        return bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    // MARK: Checks

    /// `Host` must name this server: an IP literal or `localhost` (or the `--host` name), with our port.
    func hostAllowed(_ value: String?) -> Bool {
        guard let value = value?.lowercased() else { return false }
        let suffix = ":\(port)"
        guard value.hasSuffix(suffix) else { return false }
        let name = String(value.dropLast(suffix.count))
        if name == "localhost" || extraHosts.contains(name) { return true }
        // An IP literal cannot be rebound by DNS.
        if name.hasPrefix("[") && name.hasSuffix("]") { return name.dropFirst().dropLast().allSatisfy { $0.isHexDigit || $0 == ":" } }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// A POST must come from a page of this server: `Origin`, when the browser sends it, is
    /// `http://` plus the same host; a fetch marked cross-site is refused too.
    func originAllowed(_ request: HTTPRequest) -> Bool {
        let site = request.header("sec-fetch-site")?.lowercased()
        if site == "cross-site" || site == "same-site" { return false }
        guard let origin = request.header("origin")?.lowercased() else { return true }
        // Under `Referrer-Policy: no-referrer` a browser posts its own forms with `Origin: null`;
        // then its `Sec-Fetch-Site` (which no page can set) must say same-origin.
        if origin == "null" { return site == "same-origin" }
        guard origin.hasPrefix("http://") else { return false }
        let host = String(origin.dropFirst("http://".count))
        return host == request.header("host")?.lowercased() && hostAllowed(host)
    }

    /// Compares without an early exit, so timing does not tell how much of a guess was right.
    static func sameToken(_ a: String?, _ b: String) -> Bool {
        guard let a else { return false }
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }

    // MARK: Requests

    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard hostAllowed(request.header("host")) else {
            return .text(403, "403 Forbidden: this server answers only to its own address (Host)", close: true)
        }
        let lang = language(request)
        if request.method == "GET", Self.sameToken(request.query["token"], token) {
            // Trade the token in the URL for a cookie, and drop it from the address bar.
            var response = HTTPResponse(status: 303, headers: [("Location", request.path + (lang == language ? "" : "?lang=\(lang.rawValue)"))])
            response.headers.append(("Set-Cookie", "\(Self.cookieName)=\(token); HttpOnly; SameSite=Strict; Path=/"))
            return response
        }
        guard Self.sameToken(request.cookies[Self.cookieName], token) else {
            return .html(CoachPages(language: lang).forbidden(), status: 403)
        }
        switch (request.method, request.path) {
        case ("GET", "/"), ("HEAD", "/"):
            return .html(CoachPages(language: lang).home(text: ""))
        case ("POST", "/analyse"), ("POST", "/upload"):
            guard originAllowed(request) else {
                return .text(403, "403 Forbidden: a form from another site (Origin) may not post here", close: true)
            }
            let form: FormData
            do {
                form = try FormData.parse(request, limits: limits)
            } catch {
                return .error(error)
            }
            let formLang = form.fields["lang"].flatMap(Language.init(rawValue:)) ?? lang
            return request.path == "/analyse" ? analyse(form, formLang) : upload(form, formLang)
        case (_, "/"), (_, "/analyse"), (_, "/upload"):
            return HTTPResponse.text(405, "405 Method Not Allowed")
        default:
            return HTTPResponse.text(404, "404 Not Found")
        }
    }

    func language(_ request: HTTPRequest) -> Language {
        request.query["lang"].flatMap(Language.init(rawValue:)) ?? language
    }

    /// A pasted note: its note view under the form, the text kept in the form for editing.
    func analyse(_ form: FormData, _ lang: Language) -> HTTPResponse {
        let pages = CoachPages(language: lang)
        let text = form.fields["text"] ?? ""
        guard !text.allSatisfy(\.isWhitespace) else {
            return .html(pages.home(text: text, message: lang == .en ? "Paste a note first." : "Plak eerst een verslag."))
        }
        // Read as a .txt note would be, so a header block (team, date) works here too.
        let name = lang == .en ? "note.txt" : "verslag.txt"
        var result = ""
        for record in NoteSource.inMemory([(name: name, bytes: Array(text.utf8))]) {
            switch record {
            case .rejected(let r): result += pages.rejections([r])
            case .note(let note):
                let analysis = analyzer.analyse(note, options: AnalysisOptions(sentences: true))
                result += NoteHTML.body([NoteView(analysis: analysis, text: note.text)], lang)
            }
        }
        return .html(pages.home(text: text, result: result))
    }

    /// Uploaded files: each read as a file of that name would be, from memory.
    func upload(_ form: FormData, _ lang: Language) -> HTTPResponse {
        let pages = CoachPages(language: lang)
        let files = form.files.filter { !$0.bytes.isEmpty }
        guard !files.isEmpty else {
            return .html(pages.home(text: "", message: lang == .en ? "Choose one or more files first." : "Kies eerst een of meer bestanden."))
        }
        let source = NoteSource.inMemory(files.map { (name: $0.filename.isEmpty ? "upload" : $0.filename, bytes: $0.bytes) })
        var views: [NoteView] = []
        var rejected: [RejectedRecord] = []
        var aggregate = TrendAggregate()
        for record in source {
            switch record {
            case .rejected(let r): rejected.append(r)
            case .note(let note):
                let analysis = analyzer.analyse(note, options: AnalysisOptions(sentences: true))
                if form.fields["view"] == "team" {
                    if let problem = aggregate.add(TrendObservation(analysis)) {
                        rejected.append(RejectedRecord(source: note.source, reason: problem))
                    }
                } else {
                    views.append(NoteView(analysis: analysis, text: note.text))
                }
            }
        }
        if form.fields["view"] == "team" {
            return .html(TrendHTML.render(TrendReport(aggregate: aggregate, period: .month), lang))
        }
        let shown = NoteHTML.body(views, lang, maxSections: maxNoteSections)
        return .html(pages.home(text: "", result: pages.rejections(rejected) + shown))
    }
}
