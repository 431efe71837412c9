import Diepgang
#if canImport(Glibc)
import Glibc
#endif

/// Finds the command, parses its arguments, runs it, and turns errors into messages and exit codes.
struct CommandLineTool {
    var commands: [any Command.Type]

    func run(_ args: [String]) -> ExitCode {
        let stdout = OutputSink.standardOutput()
        let stderr = OutputSink.standardError()
        let language = Self.language(args)
        defer { try? stdout.flush() }
        do {
            let code = try dispatch(args, language: language, stdout: stdout, stderr: stderr)
            try stdout.flush()
            return code
        } catch let error as DiepgangError {
            if !error.quiet {
                try? stdout.flush()
                try? stderr.write("diepgang: \(error.message(language))\n")
            }
            return error.code
        } catch {
            try? stderr.write("diepgang: \(error)\n")
            return .software
        }
    }

    /// `--lang` is read before parsing so even parse errors speak the user's language.
    static func language(_ args: [String]) -> Language {
        for (i, arg) in args.enumerated() {
            if arg == "--lang", i + 1 < args.count, let l = Language(rawValue: args[i + 1]) { return l }
            if arg.hasPrefix("--lang="), let l = Language(rawValue: String(arg.dropFirst(7))) { return l }
        }
        if let env = getenv("DIEPGANG_LANG"), let l = Language(rawValue: String(cString: env)) { return l }
        return .nl
    }

    private func dispatch(_ args: [String], language: Language, stdout: OutputSink, stderr: OutputSink) throws -> ExitCode {
        // `--lang en` may stand anywhere, also before the command (`diepgang --lang en analyse`).
        var rest: [String] = []
        var skipNext = false
        for (i, arg) in args.enumerated() {
            if skipNext { skipNext = false; continue }
            if arg == "--lang" { skipNext = i + 1 < args.count; continue }
            if arg.hasPrefix("--lang=") { continue }
            rest.append(arg)
        }
        guard let first = rest.first else {
            // Nothing asked: the short help, on stderr, and the usage exit code (a script that
            // forgot its command should not look successful).
            try stderr.write(overview(language))
            return .usage
        }
        switch first {
        case "--version", "-V", "version":
            try stdout.write("\(ToolInfo.name) \(ToolInfo.version)\n")
            return .success
        case "help", "--help", "-h":
            if rest.count > 1, let command = find(rest[1], in: commands) {
                try stdout.write(HelpText.render(command.declaredSpec, path: "diepgang \(command.spec.name)", language: language))
            } else {
                try stdout.write(overview(language))
            }
            return .success
        default:
            break
        }
        guard var command = find(first, in: commands) else {
            let guess = Suggestion.hint(first, commands.map { $0.spec.name } + ["help"])
            throw DiepgangError(.usage, nl: "onbekend commando '\(first)'\(guess.nl); zie 'diepgang help'",
                                en: "unknown command '\(first)'\(guess.en); see 'diepgang help'")
        }
        var path = "diepgang \(command.spec.name)"
        var remaining = Array(rest.dropFirst())
        // The language stays an option of the command (its parser knows it), wherever it was given.
        if let i = args.firstIndex(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) {
            remaining += args[i] == "--lang" ? Array(args[i..<min(i + 2, args.count)]) : [args[i]]
        }
        // Descend into subcommands (`diepgang lexicon check DIR`).
        while !command.spec.subcommands.isEmpty, let next = remaining.first(where: { !$0.hasPrefix("-") }),
              let sub = find(next, in: command.spec.subcommands) {
            remaining.remove(at: remaining.firstIndex(of: next)!)
            command = sub
            path += " \(sub.spec.name)"
        }
        var spec = command.declaredSpec
        spec.name = String(path.dropFirst("diepgang ".count))
        if remaining.contains("--help") || remaining.contains("-h") {
            try stdout.write(HelpText.render(spec, path: path, language: language))
            return .success
        }
        spec.options += [CommonOptions.lang]
        let parsed = try ParsedArguments.parse(remaining, spec: spec)
        return try command.run(parsed: parsed, Invocation(positionals: parsed.positionals, language: language, stdout: stdout, stderr: stderr))
    }

    private func find(_ name: String, in list: [any Command.Type]) -> (any Command.Type)? {
        list.first { $0.spec.name == name || ($0.spec.name == "analyse" && name == "analyze") }
    }

    private func overview(_ language: Language) -> String {
        let en = language == .en
        var out = en
            ? "diepgang \(ToolInfo.version) — how deep does the reflection in Dutch care notes go?\n\nUsage: diepgang COMMAND [options]\n\nCommands:\n"
            : "diepgang \(ToolInfo.version) — hoe diep gaat de reflectie in verslagen uit zorg en welzijn?\n\nGebruik: diepgang COMMANDO [opties]\n\nCommando's:\n"
        let width = commands.map { $0.spec.name.count }.max() ?? 0
        for c in commands {
            out += "  " + c.spec.name + String(repeating: " ", count: width - c.spec.name.count) + "  " + c.spec.abstract(language) + "\n"
        }
        out += en
            ? "\n'diepgang COMMAND --help' tells more. --lang en|nl sets the language, --version the version.\nOutput fields, types and units: docs/OUTPUT.md in the repository.\n"
            : "\n'diepgang COMMANDO --help' vertelt meer. --lang en|nl kiest de taal, --version toont de versie.\nVelden, typen en eenheden van de uitvoer: docs/OUTPUT.md in de repository.\n"
        return out
    }
}
