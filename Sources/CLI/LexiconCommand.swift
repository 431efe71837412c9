import Diepgang

struct LexiconCommand: Command {
    static let spec = CommandSpec(
        name: "lexicon",
        abstract: Localized(nl: "bekijk, controleer en exporteer lexicons", en: "list, check and export lexicons"),
        subcommands: [LexiconListCommand.self, LexiconCheckCommand.self, LexiconExportCommand.self])
}

struct LexiconListCommand: Command {
    struct Options: CommandOptions {
        enum Format: String, CaseIterable, OptionValue { case text, json }

        var format = Format.text
        var lexicons: String?

        static var declarations: [OptionDeclaration<Self>] {
            let own: [OptionDeclaration<Self>] = [
                .value("--format", \.format, placeholder: "FORMAAT",
                       help: Localized(nl: "uitvoer voor mensen of als JSON", en: "output for people or as JSON")),
                CommonOptions.lexicons(\.lexicons),
            ]
            return own
        }
    }

    static let spec = CommandSpec(
        name: "list",
        abstract: Localized(nl: "families, categorieën, aantallen regels en lexicon_version", en: "families, categories, entry counts and lexicon_version"))

    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode {
        let set: LexiconSet
        if let dir = options.lexicons {
            set = try LexiconSet(folder: ResourceFolder.directory(dir))
        } else {
            set = LexiconSet.standard()
        }
        let summary = set.summary()
        if options.format == .json {
            let w = ByteWriter()
            w.beginObject()
            w.field("origin", set.origin)
            w.field("lexicon_version", set.version)
            w.field("entries", set.entries.count)
            w.key("families")
            w.beginArray()
            for f in summary {
                w.beginObject()
                w.field("family", f.family)
                w.field("description", f.description)
                w.field("entries", f.categories.reduce(0) { $0 + $1.count })
                w.key("categories")
                w.beginObject()
                for c in f.categories { w.field(c.name, c.count) }
                w.endObject()
                w.endObject()
            }
            w.endArray()
            w.endObject()
            try invocation.stdout.write(w.bytes)
            try invocation.stdout.write("\n")
            return .success
        }
        let en = invocation.language == .en
        var out = (en ? "Lexicons: " : "Lexicons: ") + set.origin + "\n"
        out += "lexicon_version: \(set.version)\n"
        out += (en ? "entries: " : "regels: ") + "\(set.entries.count) " + (en ? "in \(summary.count) families" : "in \(summary.count) families") + "\n\n"
        for f in summary {
            let total = f.categories.reduce(0) { $0 + $1.count }
            out += "\(f.family) (\(total))\n"
            for c in f.categories { out += "  \(c.name): \(c.count)\n" }
        }
        try invocation.stdout.write(out)
        return .success
    }
}

struct LexiconCheckCommand: Command {
    static let spec = CommandSpec(
        name: "check",
        abstract: Localized(nl: "controleer een lexiconmap; fouten als bestand:regel: reden", en: "validate a lexicon folder; errors as file:line: reason"),
        arguments: [ArgumentSpec(name: "MAP", optional: false,
                                 help: Localized(nl: "een map met .lex-bestanden en coaching-questions.txt (zoals Lexicons/)",
                                                 en: "a folder with .lex files and coaching-questions.txt (like Lexicons/)"))],
        discussion: Localized(nl: "Exit 0 als de map geldig is, 65 als er fouten zijn.", en: "Exit 0 when the folder is valid, 65 when it has errors."))

    static func run(_ options: NoOptions, _ invocation: Invocation) throws -> ExitCode {
        let dir = invocation.positionals[0]
        let folder = try ResourceFolder.directory(dir)
        var issues = LexiconSet.validate(folder)
        // The analysis' own check of weights.txt, line by line: every name it needs is there and
        // every name there is one it reads (a misspelt name would leave its weight unchanged).
        if issues.isEmpty, let weights = folder.file(WeightsFile.name) {
            issues += Weights.check(path: weights.path, bytes: weights.bytes)
        }
        let prefix = dir.hasSuffix("/") ? dir : dir + "/"
        for issue in issues {
            try invocation.stderr.write(prefix + issue.message(invocation.language) + "\n")
        }
        if issues.isEmpty {
            let set = try LexiconSet(folder: folder)
            // The analysis' own check (a folder without weights.txt ends here, naming every weight).
            _ = try Analyzer(lexicons: set, tokenizer: Tokenizer.standard())
            let en = invocation.language == .en
            try invocation.stdout.write(en ? "valid: \(set.entries.count) entries in \(set.files.count) files, lexicon_version \(set.version)\n"
                                           : "geldig: \(set.entries.count) regels in \(set.files.count) bestanden, lexicon_version \(set.version)\n")
            return .success
        }
        try invocation.stderr.write(invocation.language == .en ? "\(issues.count) errors\n" : "\(issues.count) fouten\n")
        return .dataError
    }
}

struct LexiconExportCommand: Command {
    struct Options: CommandOptions {
        enum Format: String, CaseIterable, OptionValue { case liwc }

        var format = Format.liwc
        var out: String?
        var lexicons: String?

        static var declarations: [OptionDeclaration<Self>] {
            let own: [OptionDeclaration<Self>] = [
                .value("--format", \.format, placeholder: "FORMAAT", help: Localized(nl: "uitvoerformaat", en: "output format")),
                .value("--out", short: "o", \.out, placeholder: "BESTAND",
                       help: Localized(nl: "schrijf naar dit bestand in plaats van stdout", en: "write to this file instead of stdout")),
                CommonOptions.lexicons(\.lexicons),
            ]
            return own
        }
    }

    static let spec = CommandSpec(
        name: "export",
        abstract: Localized(nl: "exporteer de lexicons als LIWC-woordenboek (.dic)", en: "export the lexicons as a LIWC dictionary (.dic)"),
        discussion: Localized(
            nl: "Categorieën heten naar categorie en pool of fase (focus_piekeren, fase_3). LIWC kent geen gaten: patronen als 'had … moeten' worden overgeslagen en geteld op stderr.",
            en: "Categories are named by category and pole or phase (focus_piekeren, fase_3). LIWC has no gaps: patterns such as 'had … moeten' are skipped and counted on stderr."))

    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode {
        let lexicons = try options.lexicons.map { try LexiconSet(folder: ResourceFolder.directory($0)) }
            ?? LexiconSet.standard()
        let (text, skipped) = LIWCDictionary.export(lexicons)
        if let path = options.out {
            let file = try AtomicFile(path: path)
            try file.sink.write(text)
            try file.commit()
        } else {
            try invocation.stdout.write(text)
        }
        invocation.note(Localized(nl: "\(skipped) patronen met een gat of een '*' midden in konden niet in LIWC-vorm en zijn overgeslagen",
                                  en: "\(skipped) patterns with a gap or a '*' in the middle cannot be written in LIWC form and were skipped"))
        return .success
    }
}
