import Diepgang
import DiepgangServe
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct ServeCommand: Command {
    struct Options: CommandOptions {
        var port = 8737
        var host = "127.0.0.1"
        var open = false
        var lexicons: String?
        var modeBy = ModeReader.model

        static var declarations: [OptionDeclaration<Self>] {
            let own: [OptionDeclaration<Self>] = [
                .number("--port", \.port, in: 0...65535, help: Localized(nl: "poort (0: een vrije poort)", en: "port (0: a free port)")),
                .value("--host", \.host, placeholder: "ADRES",
                       help: Localized(nl: "IPv4-adres om op te luisteren; alleen 127.0.0.1 is privé", en: "IPv4 address to listen on; only 127.0.0.1 is private")),
                .flag("--open", \.open, help: Localized(nl: "open de werkplek in de browser", en: "open the workspace in the browser")),
                CommonOptions.lexicons(\.lexicons),
                CommonOptions.modeBy(\.modeBy),
            ]
            return own
        }
    }

    static let spec = CommandSpec(
        name: "serve",
        abstract: Localized(nl: "de werkplek van de coach in de browser, op deze computer", en: "the coach's workspace in the browser, on this computer"),
        discussion: Localized(
            nl: """
            Plak een verslag of kies bestanden (.txt, .docx, .odt, .jsonl, .csv) en zie de verslagweergave of het
            teamrapport. De server luistert alleen op deze computer, geeft een adres met een geheim token en antwoordt
            zonder dat token niet; verslagen blijven in het geheugen en worden nergens bewaard. Ctrl-C stopt hem.
            """,
            en: """
            Paste a note or choose files (.txt, .docx, .odt, .jsonl, .csv) and see the note view or the team report.
            The server listens on this computer only, prints an address with a secret token and answers nothing
            without it; notes stay in memory and are kept nowhere. Ctrl-C stops it.
            """))

    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode {
        let port = options.port
        let host = options.host
        let analyzer = try AnalyzerLoader.load(lexicons: options.lexicons, modeBy: options.modeBy)
        let token = try CoachApp.newToken()
        // One write(2) per line, so lines from connection threads never interleave.
        let log: @Sendable (String) -> Void = { line in
            let bytes = Array(("[serve] " + line + "\n").utf8)
            bytes.withUnsafeBytes { _ = write(2, $0.baseAddress!, $0.count) }
        }
        let server: HTTPServer
        let box = AppBox()
        do {
            server = try HTTPServer(host: host, port: UInt16(port), log: log) { request in box.app!.handle(request) }
        } catch {
            throw DiepgangError(.usage, nl: "kan niet starten: \(error)", en: "cannot start: \(error)")
        }
        box.app = CoachApp(token: token, analyzer: analyzer, language: invocation.language, port: server.port, host: host)
        if host != "127.0.0.1" && host != "localhost" {
            invocation.note(Localized(nl: "let op: --host \(host) maakt de werkplek bereikbaar voor andere computers; het token is dan de enige bescherming en het verkeer is niet versleuteld",
                                      en: "warning: --host \(host) makes the workspace reachable from other computers; the token is then the only protection and traffic is not encrypted"))
        }
        let shown = host == "0.0.0.0" ? "127.0.0.1" : host
        let url = "http://\(shown):\(server.port)/?token=\(token)"
        try invocation.stdout.write(url + "\n")
        try invocation.stdout.flush()
        invocation.note(Localized(nl: "de werkplek draait; open het adres hierboven, Ctrl-C stopt", en: "the workspace is running; open the address above, Ctrl-C stops it"))
        server.start()
        if options.open {
            let opener = Process()
            #if os(macOS)
            opener.executableURL = URL(fileURLWithPath: "/usr/bin/open")
            #else
            opener.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            opener.arguments = ["xdg-open"]
            #endif
            opener.arguments = (opener.arguments ?? []) + [url]
            try? opener.run()
        }
        // Ctrl-C or a termination request: stop accepting, let open requests finish, exit 0.
        let done = DispatchSemaphore(value: 0)
        var sources: [DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { done.signal() }
            source.resume()
            sources.append(source)
        }
        done.wait()
        server.stop()
        invocation.note(Localized(nl: "gestopt", en: "stopped"))
        _ = sources
        return .success
    }
}

/// The app is made once the server knows its port; the handler reads it from here.
private final class AppBox: @unchecked Sendable {
    var app: CoachApp?
}
