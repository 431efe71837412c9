import Diepgang

/// How a command-line option is shown and parsed: made from its typed declaration
/// (`OptionDeclaration`), read by the parser and by `--help`.
struct OptionSpec: Sendable {
    var name: String                // "--format"
    var short: Character? = nil     // "-j"
    var value: String? = nil        // placeholder for its value ("FORMAAT"); nil for a flag
    var choices: [String] = []      // allowed values, checked by the parser
    var defaultValue: String? = nil
    var repeatable = false
    /// Other spellings of allowed values, mapped to the value itself (Dutch words: "kwartaal" → "quarter").
    var aliases: [String: String] = [:]
    var help: Localized
}

/// A positional argument.
struct ArgumentSpec: Sendable {
    var name: String                // "BESTAND"
    var optional = true
    var repeating = false
    var help: Localized
}

/// The declaration of a command: its name, what it does, what it takes.
struct CommandSpec: @unchecked Sendable {
    var name: String
    var abstract: Localized
    var arguments: [ArgumentSpec] = []
    /// Filled from the command's `Options` (`Command.declaredSpec`).
    var options: [OptionSpec] = []
    var discussion: Localized? = nil
    var subcommands: [any Command.Type] = []
}

/// One command of the program: a declaration, its options as one typed value, and what it does.
protocol Command {
    associatedtype Options: CommandOptions = NoOptions
    static var spec: CommandSpec { get }
    /// Runs the command; returns the exit code (thrown `DiepgangError`s carry their own).
    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode
}

extension Command {
    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode {
        throw DiepgangError(.usage, nl: "kies een subcommando; zie 'diepgang \(spec.name) --help'",
                            en: "choose a subcommand; see 'diepgang \(spec.name) --help'")
    }

    /// The declaration with the options of `Options`, as the parser and `--help` read it.
    static var declaredSpec: CommandSpec {
        var declared = spec
        declared.options = Options.specs
        return declared
    }

    /// Turns what the parser collected into the typed options and runs the command.
    static func run(parsed: ParsedArguments, _ invocation: Invocation) throws -> ExitCode {
        try run(Options.make(from: parsed, command: spec.name), invocation)
    }
}

/// What a command receives besides its options: the positional arguments and the program's streams.
struct Invocation {
    var positionals: [String]
    var language: Language
    var stdout: OutputSink
    var stderr: OutputSink

    /// Prints a line to stderr in the user's language (warnings, summaries).
    func note(_ text: Localized) {
        try? stderr.write(text(language) + "\n")
    }
}

/// The parsed command line of one command.
struct ParsedArguments {
    var positionals: [String] = []
    private(set) var values: [String: [String]] = [:]
    private let spec: CommandSpec

    init(spec: CommandSpec) { self.spec = spec }

    /// The values given for an option, in order (none when it was not given).
    func values(_ name: String) -> [String] { values[name] ?? [] }

    fileprivate mutating func add(_ name: String, _ value: String) {
        values[name, default: []].append(value)
    }

    /// Parses the arguments that follow the command's name.
    static func parse(_ args: [String], spec: CommandSpec) throws -> ParsedArguments {
        var parsed = ParsedArguments(spec: spec)
        let usageHint = Localized(nl: "zie 'diepgang \(spec.name) --help'", en: "see 'diepgang \(spec.name) --help'")
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let arg = args[i]
            i += 1
            if onlyPositionals || arg == "-" || !arg.hasPrefix("-") {
                parsed.positionals.append(arg)
                continue
            }
            if arg == "--" { onlyPositionals = true; continue }
            var name = arg
            var inline: String? = nil
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            let option = spec.options.first {
                $0.name == name || (name.count == 2 && $0.short.map { "-\($0)" } == name)
            }
            guard let option else {
                let known = (spec.options + [CommonOptions.help]).map(\.name)
                let guess = Suggestion.hint(name, known)
                throw DiepgangError(.usage, nl: "onbekende optie \(name) voor 'diepgang \(spec.name)'\(guess.nl); \(usageHint.nl)",
                                    en: "unknown option \(name) for 'diepgang \(spec.name)'\(guess.en); \(usageHint.en)")
            }
            if option.value == nil {
                if inline != nil {
                    throw DiepgangError(.usage, nl: "\(option.name) neemt geen waarde", en: "\(option.name) takes no value")
                }
                parsed.add(option.name, "")
                continue
            }
            var value: String
            if let inline {
                value = inline
            } else if i < args.count {
                value = args[i]
                i += 1
            } else {
                throw DiepgangError(.usage, nl: "\(option.name) mist een waarde (\(option.value!)); \(usageHint.nl)",
                                    en: "\(option.name) is missing its value (\(option.value!)); \(usageHint.en)")
            }
            if let canonical = option.aliases[value.lowercased()] { value = canonical }
            if !option.choices.isEmpty && !option.choices.contains(value) {
                let allowed = option.choices.joined(separator: ", ")
                let guess = Suggestion.closest(to: value, in: option.choices + option.aliases.keys.sorted())
                    .map { option.aliases[$0] ?? $0 }
                    .map { Localized(nl: "bedoelde je '\($0)'? ", en: "did you mean '\($0)'? ") } ?? ""
                throw DiepgangError(.usage, nl: "ongeldige waarde '\(value)' voor \(option.name); \(guess.nl)kies uit: \(allowed)",
                                    en: "invalid value '\(value)' for \(option.name); \(guess.en)choose from: \(allowed)")
            }
            if !option.repeatable && parsed.values[option.name] != nil {
                throw DiepgangError(.usage, nl: "\(option.name) is twee keer opgegeven", en: "\(option.name) was given twice")
            }
            parsed.add(option.name, value)
        }
        let required = spec.arguments.filter { !$0.optional }
        if parsed.positionals.count < required.count {
            let missing = required[parsed.positionals.count].name
            throw DiepgangError(.usage, nl: "argument \(missing) ontbreekt; \(usageHint.nl)",
                                en: "missing argument \(missing); \(usageHint.en)")
        }
        if !spec.arguments.contains(where: \.repeating) && parsed.positionals.count > spec.arguments.count {
            let extra = parsed.positionals[spec.arguments.count]
            throw DiepgangError(.usage, nl: "onverwacht argument '\(extra)'; \(usageHint.nl)",
                                en: "unexpected argument '\(extra)'; \(usageHint.en)")
        }
        return parsed
    }
}

/// Who reads the mode (`--mode-by`).
enum ModeReader: String, CaseIterable, OptionValue { case model, rules }

/// Options that several commands share, declared once.
enum CommonOptions {
    static let lang = OptionSpec(name: "--lang", value: "TAAL", choices: ["nl", "en"], defaultValue: "nl",
                                 help: Localized(nl: "taal van de uitvoer voor mensen", en: "language of human-facing output"))
    static let help = OptionSpec(name: "--help", short: "h",
                                 help: Localized(nl: "toon deze hulp", en: "show this help"))
    static func modeBy<Root: CommandOptions>(_ field: WritableKeyPath<Root, ModeReader>) -> OptionDeclaration<Root> {
        .value("--mode-by", field, placeholder: "WIE",
               help: Localized(nl: "wie de modus leest: model (het geleerde model over het bewijs van de regels) of rules (de regels alleen, zoals vóór het model)",
                               en: "who reads the mode: model (the learned model over the rules' evidence) or rules (the rules alone, as before the model)"))
    }
    static func lexicons<Root: CommandOptions>(_ field: WritableKeyPath<Root, String?>) -> OptionDeclaration<Root> {
        .value("--lexicons", field, placeholder: "MAP",
               help: Localized(nl: "eigen lexiconmap in plaats van de ingebouwde", en: "own lexicon folder instead of the built-in one"))
    }
    static func weights<Root: CommandOptions>(_ field: WritableKeyPath<Root, String?>) -> OptionDeclaration<Root> {
        .value("--weights", field, placeholder: "BESTAND",
               help: Localized(nl: "gewichtenbestand in plaats van weights.txt van de lexiconmap (een kopie met andere getallen; elke naam verplicht)",
                               en: "weights file instead of the lexicon folder's weights.txt (a copy with other numbers; every name required)"))
    }
}

/// Renders `--help` from a command's declaration.
enum HelpText {
    static func render(_ spec: CommandSpec, path: String, language: Language) -> String {
        let en = language == .en
        var out = "\(path) — \(spec.abstract(language))\n\n"
        var usage = "\(en ? "Usage" : "Gebruik"): \(path)"
        if !spec.subcommands.isEmpty { usage += " \(en ? "SUBCOMMAND" : "SUBCOMMANDO")" }
        if !spec.options.isEmpty { usage += " [\(en ? "options" : "opties")]" }
        for a in spec.arguments {
            let name = a.name + (a.repeating ? "…" : "")
            usage += a.optional ? " [\(name)]" : " \(name)"
        }
        out += usage + "\n"
        if let discussion = spec.discussion { out += "\n" + discussion(language) + "\n" }
        if !spec.subcommands.isEmpty {
            out += "\n\(en ? "Subcommands" : "Subcommando's"):\n"
            let width = spec.subcommands.map { $0.spec.name.count }.max() ?? 0
            for sub in spec.subcommands {
                out += "  " + pad(sub.spec.name, width) + "  " + sub.spec.abstract(language) + "\n"
            }
        }
        if !spec.arguments.isEmpty {
            out += "\n\(en ? "Arguments" : "Argumenten"):\n"
            let width = spec.arguments.map { $0.name.count }.max() ?? 0
            for a in spec.arguments { out += "  " + pad(a.name, width) + "  " + a.help(language) + "\n" }
        }
        let options = spec.options + [CommonOptions.lang, CommonOptions.help]
        out += "\n\(en ? "Options" : "Opties"):\n"
        let labels = options.map { o -> String in
            var label = o.short.map { "-\($0), " } ?? ""
            label += o.name
            if let v = o.value { label += " " + (o.choices.isEmpty ? v : o.choices.joined(separator: "|")) }
            return label
        }
        let width = labels.map(\.count).max() ?? 0
        for (o, label) in zip(options, labels) {
            var line = "  " + pad(label, width) + "  " + o.help(language)
            if let d = o.defaultValue { line += en ? " (default: \(d))" : " (standaard: \(d))" }
            out += line + "\n"
        }
        return out
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - s.count))
    }
}
