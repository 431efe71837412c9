import Diepgang
import Foundation

/// `diepgang annotate [FILE|-]`: the linguistic layer's reading of a text (lemma, word class,
/// clause facts, voice) as CoNLL-U; with `--input conllu` it reads the tokens and sentences of a
/// CoNLL-U file (a treebank) and fills in LEMMA and UPOS, for Benchmarks/lemma_eval.py.
struct AnnotateCommand: Command {
    struct Options: CommandOptions {
        enum Input: String, CaseIterable, OptionValue { case text, conllu }

        var input = Input.text
        var lexicons: String?

        static var declarations: [OptionDeclaration<Self>] {
            let own: [OptionDeclaration<Self>] = [
                .value("--input", \.input, placeholder: "SOORT",
                       help: Localized(nl: "text: platte tekst (wordt getokeniseerd); conllu: tokens en zinnen uit de FORM-kolom",
                                       en: "text: plain text (tokenised here); conllu: tokens and sentences from the FORM column")),
                CommonOptions.lexicons(\.lexicons),
            ]
            return own
        }
    }

    static let spec = CommandSpec(
        name: "annotate",
        abstract: Localized(nl: "lemma's, woordsoorten, zinsdelen en stem van een tekst", en: "lemmas, word classes, clauses and voice of a text"),
        arguments: [
            ArgumentSpec(name: "BESTAND", help: Localized(nl: "tekst- of CoNLL-U-bestand (UTF-8); '-' of niets: standaardinvoer",
                                                          en: "text or CoNLL-U file (UTF-8); '-' or nothing: standard input")),
        ],
        discussion: Localized(
            nl: "Uitvoer in CoNLL-U: LEMMA en UPOS ingevuld; MISC draagt Clause=nummer, Voice=own/quoted/reported en per zinsdeel (bij het eerste token) Subject, Tense, Modality, Question, Sub en Speaker.",
            en: "Output in CoNLL-U: LEMMA and UPOS filled in; MISC carries Clause=number, Voice=own/quoted/reported and per clause (on its first token) Subject, Tense, Modality, Question, Sub and Speaker."))

    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode {
        var tokenizer = Tokenizer.standard()
        var annotator = LanguageAnnotator.standard()
        if let dir = options.lexicons {
            let folder = try ResourceFolder.directory(dir)
            if folder.files.contains(where: { $0.path.hasPrefix("tokenizer/") }) { tokenizer = try Tokenizer.load(from: folder) }
            if folder.files.contains(where: { $0.path.hasPrefix("language/") }) { annotator = try LanguageAnnotator.load(from: folder) }
        }
        let path = invocation.positionals.first ?? "-"
        let data: Data?
        if path == "-" { data = FileHandle.standardInput.readDataToEndOfFile() } else { data = FileManager.default.contents(atPath: path) }
        guard let data else {
            throw DiepgangError(.noInput, nl: "kan \(path) niet lezen", en: "cannot read \(path)")
        }
        var text: [UInt8]
        var tokenization: Tokenization
        if options.input == .conllu {
            (text, tokenization) = try readCoNLLU([UInt8](data), path: path)
        } else {
            text = [UInt8](data)
            tokenization = Tokenization()
            text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokenization) }
        }
        var a = LanguageAnnotation()
        text.withUnsafeBufferPointer { annotator.annotate($0, tokenization, into: &a) }
        var out = ""
        out.reserveCapacity(text.count * 4)
        var lastClause: Int32 = -1
        for span in tokenization.sentences {
            for (k, t) in span.tokens.enumerated() {
                let form = String(decoding: text[tokenization.tokens[t].start..<tokenization.tokens[t].end], as: UTF8.self)
                var misc = "Clause=\(a.clauseOf[t])|Voice=\(a.voice[t].name)"
                let c = a.clauseOf[t]
                if c >= 0 && c != lastClause {
                    let f = a.clauses[Int(c)]
                    misc += "|Subject=\(f.subjectClass.name)|Tense=\(f.tense.name)"
                    if !f.modality.names.isEmpty { misc += "|Modality=\(f.modality.names.joined(separator: ","))" }
                    if f.isQuestion { misc += "|Question=Yes" }
                    if f.isSubordinate { misc += "|Sub=Yes" }
                    if f.speaker != .none { misc += "|Speaker=\(f.speaker.name)" }
                    if f.questionByOther { misc += "|QuestionByOther=Yes" }
                    lastClause = c
                }
                if a.partner[t] >= 0 { misc += "|Partner=\(Int(a.partner[t]) - span.tokens.lowerBound + 1)" }
                out += "\(k + 1)\t\(form)\t\(a.lemmaString(token: t))\t\(a.upos[t].tag)\t_\t_\t_\t_\t_\t\(misc)\n"
            }
            out += "\n"
        }
        try invocation.stdout.write(out)
        return .success
    }

    /// Tokens and sentences from the FORM column (multiword token lines and comments skipped);
    /// the text is the forms joined by spaces, one sentence a line.
    static func readCoNLLU(_ bytes: [UInt8], path: String) throws -> ([UInt8], Tokenization) {
        var text: [UInt8] = []
        var tokenization = Tokenization()
        var sentenceStart = 0
        var lineNumber = 0
        func endSentence() {
            if tokenization.tokens.count > sentenceStart {
                tokenization.sentences.append(SentenceSpan(tokens: sentenceStart..<tokenization.tokens.count,
                                                  start: tokenization.tokens[sentenceStart].start, end: tokenization.tokens[tokenization.tokens.count - 1].end))
                text.append(0x0A)
            }
            sentenceStart = tokenization.tokens.count
        }
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line == [0x0D] { endSentence(); continue }
            if line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count >= 2 else {
                throw DiepgangError(.dataError, nl: "\(path):\(lineNumber): geen CoNLL-U-regel (verwacht tabs)", en: "\(path):\(lineNumber): not a CoNLL-U line (expected tabs)")
            }
            // 1-2 (a multiword token) and 3.1 (an empty node) are not tokens of the text.
            if fields[0].contains(UInt8(ascii: "-")) || fields[0].contains(UInt8(ascii: ".")) { continue }
            let form = fields[1]
            let start = text.count
            text += form
            let first = form.first ?? 0
            // Beyond ASCII a letter unless the form opens with a Latin-1 sign (0xC2: « » ¡ °) or
            // a general punctuation mark (0xE2 0x80: “ ” ‘ ’ „ – — …).
            let isLetter = (first >= 0x80 && first != 0xC2 && !(first == 0xE2 && form.count > 1 && form[form.startIndex + 1] == 0x80))
                || (first | 0x20 >= 0x61 && first | 0x20 <= 0x7A)
            let isDigit = first >= 0x30 && first <= 0x39
            let kind: TokenKind = isLetter ? .word : isDigit ? .number : .punctuation
            tokenization.tokens.append(Token(start: start, end: text.count, kind: kind, spaceAfter: true))
            tokenization.lineBreaksBefore.append(tokenization.tokens.count == 1 ? 0 : 0)
            text.append(0x20)
        }
        endSentence()
        return (text, tokenization)
    }
}
