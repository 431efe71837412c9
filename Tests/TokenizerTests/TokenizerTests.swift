import XCTest
import DiepgangCore
import DiepgangResources
@testable import DiepgangTokenizer

final class TokenizerTests: XCTestCase {
    let tokenizer = Tokenizer.standard()

    // MARK: Helpers

    private func forms(_ text: String) -> [String] {
        let t = tokenizer.tokenize(text)
        return t.tokens.map { text.utf8Slice($0.start, $0.end) }
    }

    private func sentences(_ text: String) -> [String] {
        let t = tokenizer.tokenize(text)
        return t.sentences.map { s in s.tokens.map { text.utf8Slice(t.tokens[$0].start, t.tokens[$0].end) }.joined(separator: " ") }
    }

    private func kinds(_ text: String) -> [String: TokenKind] {
        let t = tokenizer.tokenize(text)
        var out: [String: TokenKind] = [:]
        for token in t.tokens { out[text.utf8Slice(token.start, token.end)] = token.kind }
        return out
    }

    // MARK: Abbreviations and initials

    func testAbbreviationsKeepTheirFullStop() {
        let text = "Bijv. dhr. Jansen en mevr. Bakker, o.a. met d.w.z. een plan i.p.v. een belofte, z.s.m. graag."
        let f = forms(text)
        for abbreviation in ["Bijv.", "dhr.", "mevr.", "o.a.", "d.w.z.", "i.p.v.", "z.s.m."] {
            XCTAssertTrue(f.contains(abbreviation), "\(abbreviation) missing in \(f)")
        }
        XCTAssertEqual(f.last, ".")
        XCTAssertEqual(sentences(text).count, 1)
        XCTAssertEqual(kinds(text)["dhr."], .abbreviation)
    }

    func testSentenceSplittingAroundAbbreviations() {
        XCTAssertEqual(sentences("Ik sprak dhr. Jansen over het rooster. Hij was boos."),
                       ["Ik sprak dhr. Jansen over het rooster .", "Hij was boos ."])
        // "enz." can end a sentence: a capital after it starts the next one.
        XCTAssertEqual(sentences("We deden spelletjes, puzzels enz. Daarna was het rustig."),
                       ["We deden spelletjes , puzzels enz.", "Daarna was het rustig ."])
        // …but not when the sentence goes on in lower case.
        XCTAssertEqual(sentences("We deden spelletjes, puzzels enz. en daarna was het rustig.").count, 1)
    }

    func testInitials() {
        XCTAssertEqual(forms("J. de Vries en A.B. Jansen kwamen."), ["J.", "de", "Vries", "en", "A.B.", "Jansen", "kwamen", "."])
        XCTAssertEqual(sentences("Gesprek met J. de Vries. Hij was er ook.").count, 2)
        // A letter before a word that opens a sentence is not an initial.
        XCTAssertEqual(sentences("Het gaat om vitamine C. Daarna praatten we verder."),
                       ["Het gaat om vitamine C .", "Daarna praatten we verder ."])
    }

    // MARK: Apostrophes and diacritics

    func testClitics() {
        XCTAssertEqual(forms("'s ochtends 't is z'n dag"), ["'s", "ochtends", "'t", "is", "z'n", "dag"])
        XCTAssertEqual(forms("m'n moeder, d'r tas, zo'n dag"), ["m'n", "moeder", ",", "d'r", "tas", ",", "zo'n", "dag"])
        XCTAssertEqual(forms("foto's en auto's."), ["foto's", "en", "auto's", "."])
        // Typographic apostrophes work the same way.
        XCTAssertEqual(forms("’s avonds zo’n foto’s"), ["’s", "avonds", "zo’n", "foto’s"])
        XCTAssertEqual(forms("in 's-Hertogenbosch"), ["in", "'s-Hertogenbosch"])
        // A quoted word is not a clitic.
        XCTAssertEqual(forms("het woord 'rust' viel"), ["het", "woord", "'", "rust", "'", "viel"])
    }

    func testDiacritics() {
        XCTAssertEqual(forms("De cliënt was geïrriteerd, één keer."), ["De", "cliënt", "was", "geïrriteerd", ",", "één", "keer", "."])
    }

    func testHyphenatedCompounds() {
        XCTAssertEqual(forms("Mijn oud-collega ging naar het PvdA-congres."), ["Mijn", "oud-collega", "ging", "naar", "het", "PvdA-congres", "."])
        // A truncated compound keeps its hyphen.
        XCTAssertEqual(forms("land- en tuinbouw"), ["land-", "en", "tuinbouw"])
    }

    // MARK: Numbers, times, dates

    func testTimesAndDates() {
        let text = "Om 14.30 uur op 12-03-2025 begon het overleg, om 9:15 was het klaar."
        XCTAssertEqual(forms(text), ["Om", "14.30", "uur", "op", "12-03-2025", "begon", "het", "overleg", ",", "om", "9:15", "was", "het", "klaar", "."])
        let k = kinds(text)
        XCTAssertEqual(k["14.30"], .time)
        XCTAssertEqual(k["9:15"], .time)
        XCTAssertEqual(k["12-03-2025"], .date)
        XCTAssertEqual(sentences(text).count, 1)
    }

    func testDecimalsPercentagesRanges() {
        let text = "Hij woog 3,5 kilo meer, 12,5% van 1.000.000 en 20-25 graden; de 3e keer."
        XCTAssertEqual(forms(text), ["Hij", "woog", "3,5", "kilo", "meer", ",", "12,5%", "van", "1.000.000", "en", "20-25", "graden", ";", "de", "3e", "keer", "."])
        let k = kinds(text)
        XCTAssertEqual(k["3,5"], .number)
        XCTAssertEqual(k["12,5%"], .number)
        XCTAssertEqual(k["1.000.000"], .number)
        XCTAssertEqual(k["20-25"], .number)
        XCTAssertEqual(k["3e"], .number)
        XCTAssertEqual(k["kilo"], .word)
        // A number at the end of a sentence gives its full stop to the sentence.
        XCTAssertEqual(sentences("Het gebeurde in 2004. Daarna niet meer."), ["Het gebeurde in 2004 .", "Daarna niet meer ."])
    }

    // MARK: URLs, e-mail, emoji

    func testURLsAndEmail() {
        let text = "Zie https://www.zorg.nl/reflectie?x=1, of mail j.de-vries@zorg.nl. Of www.nji.nl!"
        XCTAssertEqual(forms(text), ["Zie", "https://www.zorg.nl/reflectie?x=1", ",", "of", "mail", "j.de-vries@zorg.nl", ".", "Of", "www.nji.nl", "!"])
        let k = kinds(text)
        XCTAssertEqual(k["https://www.zorg.nl/reflectie?x=1"], .url)
        XCTAssertEqual(k["www.nji.nl"], .url)
        XCTAssertEqual(k["j.de-vries@zorg.nl"], .email)
        XCTAssertEqual(sentences(text).count, 2)
    }

    func testEmojiAndEmoticons() {
        let text = "Top dag😀👍🏽! Echt :) 👩‍⚕️ 🇳🇱"
        XCTAssertEqual(forms(text), ["Top", "dag", "😀", "👍🏽", "!", "Echt", ":)", "👩‍⚕️", "🇳🇱"])
        let t = tokenizer.tokenize(text)
        XCTAssertEqual(t.tokens.filter { $0.kind == .emoji }.count, 5)
        // An emoji after the end of a sentence belongs to that sentence.
        XCTAssertEqual(sentences("Volgende keer wacht ik eerst. 😊 Dat lukt vast."), ["Volgende keer wacht ik eerst . 😊", "Dat lukt vast ."])
    }

    // MARK: Punctuation, quotes, lists

    func testEllipses() {
        XCTAssertEqual(forms("Ik weet het niet... misschien…"), ["Ik", "weet", "het", "niet", "...", "misschien", "…"])
        XCTAssertEqual(sentences("Ik weet het niet... misschien morgen.").count, 1)
        XCTAssertEqual(sentences("Ik twijfelde… Toen belde ze.").count, 2)
    }

    func testStraightAndCurlyQuotes() {
        XCTAssertEqual(sentences("Ze zei: \"Ik ga naar huis.\" Toen ging ze."),
                       ["Ze zei : \" Ik ga naar huis . \"", "Toen ging ze ."])
        XCTAssertEqual(sentences("Hij vroeg: “Waarom doen we dit?” Niemand wist het."),
                       ["Hij vroeg : “ Waarom doen we dit ? ”", "Niemand wist het ."])
        XCTAssertEqual(sentences("Zij zei ‘nee’. Ik ook."), ["Zij zei ‘ nee ’ .", "Ik ook ."])
        // A question inside a quote, then the sentence goes on.
        XCTAssertEqual(sentences("\"Waarom?\" vroeg hij zich af.").count, 1)
        XCTAssertEqual(forms(",,Nee'', zei ze."), [",,", "Nee", "''", ",", "zei", "ze", "."])
    }

    func testBulletListsAndLineBreaks() {
        let text = "Mijn doelen:\n- rust brengen op de groep\n- contact maken met ouders\n• plannen maken\nDat lukte goed."
        XCTAssertEqual(sentences(text), ["Mijn doelen :", "- rust brengen op de groep", "- contact maken met ouders",
                                         "• plannen maken", "Dat lukte goed ."])
    }

    func testNumberedLists() {
        let text = "1. Inleiding van de situatie\n2. Wat ging er goed\na. de overdracht"
        let f = forms(text)
        XCTAssertTrue(f.contains("1.") && f.contains("2.") && f.contains("a."), "\(f)")
        XCTAssertEqual(sentences(text).count, 3)
        XCTAssertEqual(kinds(text)["1."], .number)
    }

    func testHeadingsWithoutFullStop() {
        XCTAssertEqual(sentences("Inleiding\nIk werk sinds een jaar op de groep.\n\nReflectie\nHet ging mis."),
                       ["Inleiding", "Ik werk sinds een jaar op de groep .", "Reflectie", "Het ging mis ."])
        // A long line broken without a full stop goes on when the next line starts in lower case.
        XCTAssertEqual(sentences("Ik merkte dat ik\nboos werd.").count, 1)
    }

    func testListItemsThatLostTheirLineBreaks() {
        // Items of a list pasted into one line: split after a bracketed period and before a
        // "Label:" that follows another labelled item.
        XCTAssertEqual(sentences("Opleiding: hbo-verpleegkunde (2019-2023) Werkervaring: vier jaar Leeftijd: 27"),
                       ["Opleiding : hbo-verpleegkunde ( 2019-2023 )", "Werkervaring : vier jaar", "Leeftijd : 27"])
        // Ordinary prose with a colon and a name is left alone.
        XCTAssertEqual(sentences("Ze zei het zelf: de afspraak met Jan Peters ging niet door.").count, 1)
    }

    func testNamesThatLostTheirLineBreaks() throws {
        let base = try TokenizerRules.load(from: .embedded("Lexicons"))
        let rules = TokenizerRules(abbreviations: base.abbreviations, clitics: base.clitics, emoticons: base.emoticons,
                                   sentenceStarters: base.sentenceStarters, dateWords: base.dateWords,
                                   firstNames: ["anna", "pieter", "sanne"], nameParticles: ["de", "van"])
        let tokenizer = Tokenizer(rules: rules)
        let text = "Aanwezig waren Anna de Boer Pieter van Dam Sanne Jansen"
        let t = tokenizer.tokenize(text)
        XCTAssertEqual(t.sentences.map { text.utf8Slice($0.start, $0.end) },
                       ["Aanwezig waren Anna de Boer", "Pieter van Dam", "Sanne Jansen"])
        // Two first names in a row are one person.
        let two = "Ik sprak Anna Sanne Jansen gisteren."
        XCTAssertEqual(tokenizer.tokenize(two).sentences.count, 1)
    }

    func testWordWithCommaAndAnEmoticonThatStartsWithAComma() throws {
        // Plain words, capitals and a comma glued to a word: word and punctuation tokens,
        // the space after the comma, the line break on the word.
        let text = "Ik twijfelde,\nDaarna belde ik"
        let t = tokenizer.tokenize(text)
        XCTAssertEqual(t.tokens.map { text.utf8Slice($0.start, $0.end) }, ["Ik", "twijfelde", ",", "Daarna", "belde", "ik"])
        XCTAssertEqual(t.tokens.map(\.kind), [.word, .word, .punctuation, .word, .word, .word])
        XCTAssertEqual(t.tokens.map(\.spaceAfter), [true, false, true, true, true, true])
        XCTAssertEqual(t.lineBreaksBefore, [0, 0, 0, 1, 0, 0])
        // With an emoticon ",)" in the rules a lone "," still ends up punctuation, and ",)" is one emoji.
        let base = try TokenizerRules.load(from: .embedded("Lexicons"))
        let rules = TokenizerRules(abbreviations: base.abbreviations, clitics: base.clitics, emoticons: base.emoticons + [",)"],
                                   sentenceStarters: base.sentenceStarters, dateWords: base.dateWords)
        let custom = Tokenizer(rules: rules)
        let winked = "Het lukte ,) echt, zeker"
        let w = custom.tokenize(winked)
        XCTAssertEqual(w.tokens.map { winked.utf8Slice($0.start, $0.end) }, ["Het", "lukte", ",)", "echt", ",", "zeker"])
        XCTAssertEqual(w.tokens.map(\.kind), [.word, .word, .emoji, .word, .punctuation, .word])
    }

    func testBlankLineAlwaysBreaks() {
        XCTAssertEqual(sentences("geen punt hier\n\nook geen punt").count, 2)
        let t = tokenizer.tokenize("een\n\ntwee")
        XCTAssertTrue(t.startsParagraph(1))
    }

    // MARK: Edge cases of the input

    func testEmptyAndWhitespaceOnlyInput() {
        for text in ["", " ", "\n\n", " \t\r\n \u{00A0}"] {
            let t = tokenizer.tokenize(text)
            XCTAssertTrue(t.tokens.isEmpty, "\(text.debugDescription)")
            XCTAssertTrue(t.sentences.isEmpty)
            XCTAssertEqual(t.invalidUTF8Count, 0)
        }
    }

    func testNoFinalNewlineGivesSameResult() {
        let a = sentences("Het was een drukke dienst. Ik bleef rustig")
        let b = sentences("Het was een drukke dienst. Ik bleef rustig\n")
        XCTAssertEqual(a, b)
        XCTAssertEqual(a, ["Het was een drukke dienst .", "Ik bleef rustig"])
    }

    func testCRLFLineEnds() {
        let text = "Inleiding\r\nIk werk op de groep.\r\n\r\nDe dienst liep uit.\r\n"
        XCTAssertEqual(sentences(text), ["Inleiding", "Ik werk op de groep .", "De dienst liep uit ."])
        XCTAssertFalse(forms(text).contains { $0.contains("\r") })
        let t = tokenizer.tokenize(text)
        XCTAssertEqual(t.lineBreaksBefore, [0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0])
    }

    func testInvalidUTF8IsReplacedAndCounted() {
        // "caf\xE9 ok \xFF\xFE fin\xE2\x82" — Latin-1 é, two stray bytes, a truncated sequence.
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B, 0x20, 0xFF, 0xFE, 0x20, 0x66, 0x69, 0x6E, 0xE2, 0x82]
        XCTAssertEqual(bytes.withUnsafeBufferPointer { UTF8Repair.invalidCount($0) }, 4)
        var repaired: [UInt8] = []
        let count = bytes.withUnsafeBufferPointer { UTF8Repair.repair($0, into: &repaired) }
        XCTAssertEqual(count, 4)
        let text = String(decoding: repaired, as: UTF8.self)
        XCTAssertEqual(text, "caf\u{FFFD} ok \u{FFFD}\u{FFFD} fin\u{FFFD}")
        XCTAssertEqual(Array(text.utf8), repaired, "repaired bytes are valid UTF-8")
        XCTAssertEqual(forms(text), ["caf\u{FFFD}", "ok", "\u{FFFD}\u{FFFD}", "fin\u{FFFD}"])
        // The raw bytes straight into the tokeniser: no trap, the invalid sequences are counted.
        var result = Tokenization()
        bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &result) }
        XCTAssertEqual(result.invalidUTF8Count, 4)
        XCTAssertEqual(result.tokens.count, 4)
        XCTAssertEqual(result.tokens.last?.end, bytes.count)
    }

    func testSingleFiveMegabyteLine() {
        let sentence = "Ik merkte dat de cliënt om 14.30 uur onrustig werd, bijv. bij de overdracht; "
        let repeats = 5_000_000 / sentence.utf8.count + 1
        let text = String(repeating: sentence, count: repeats)
        XCTAssertGreaterThan(text.utf8.count, 5_000_000)
        let t = tokenizer.tokenize(text)
        XCTAssertEqual(t.tokens.count, repeats * 16)
        XCTAssertEqual(t.sentences.count, 1)
        XCTAssertEqual(t.sentences[0].end, text.utf8.count - 1)
        // One unbroken megabyte without spaces, full of glue characters, is also fine.
        let chunk = String(repeating: "a.b%c-", count: 200_000)
        let c = tokenizer.tokenize(chunk)
        XCTAssertFalse(c.tokens.isEmpty)
        XCTAssertEqual(c.tokens.last?.end, chunk.utf8.count)
    }

    func testOffsetsSliceBackToTokenText() {
        let text = "Dhr. Özdemir (oud-collega) zei om 14.30 uur: “Wat ging er mis?” 😀\n\n- Zo’n 3,5% … www.zorg.nl!"
        let t = tokenizer.tokenize(text)
        let bytes = Array(text.utf8)
        var previousEnd = 0
        var nonSpace: [UInt8] = []
        for token in t.tokens {
            XCTAssertLessThan(token.start, token.end)
            XCTAssertGreaterThanOrEqual(token.start, previousEnd)
            let slice = Array(bytes[token.start..<token.end])
            XCTAssertNotNil(String(validating: slice, as: UTF8.self), "token cuts a character")
            XCTAssertFalse(slice.contains(0x20) || slice.contains(0x0A))
            nonSpace += slice
            previousEnd = token.end
        }
        XCTAssertEqual(nonSpace, bytes.filter { $0 != 0x20 && $0 != 0x0A })
        // Sentences cover the tokens in order, without gaps.
        var next = 0
        for s in t.sentences {
            XCTAssertEqual(s.tokens.lowerBound, next)
            XCTAssertEqual(s.start, t.tokens[s.tokens.lowerBound].start)
            XCTAssertEqual(s.end, t.tokens[s.tokens.upperBound - 1].end)
            next = s.tokens.upperBound
        }
        XCTAssertEqual(next, t.tokens.count)
        // spaceAfter tells whether whitespace follows.
        for token in t.tokens where token.end < bytes.count {
            XCTAssertEqual(token.spaceAfter, bytes[token.end] == 0x20 || bytes[token.end] == 0x0A)
        }
    }

    func testReusedTokenizationIsReset() {
        var result = Tokenization()
        var a = "Een lange eerste tekst met veel woorden erin."
        a.withUTF8 { tokenizer.tokenize($0, into: &result) }
        var b = "Kort."
        b.withUTF8 { tokenizer.tokenize($0, into: &result) }
        XCTAssertEqual(result.tokens.count, 2)
        XCTAssertEqual(result.sentences.count, 1)
        XCTAssertEqual(result.lineBreaksBefore.count, 2)
    }

    // MARK: Lexicons

    func testEmbeddedLexiconsLoad() throws {
        let rules = try TokenizerRules.load(from: .embedded("Lexicons"))
        XCTAssertTrue(rules.abbreviations.contains { $0.form == "bijv." })
        XCTAssertTrue(rules.abbreviations.contains { $0.form == "enz." && $0.canEndSentence })
        XCTAssertTrue(rules.clitics.contains("'s"))
        XCTAssertTrue(rules.emoticons.contains(":)"))
    }

    func testUserLexiconFolder() throws {
        var files = ResourceFolder.embedded("Lexicons").files.filter { $0.path.hasPrefix("tokenizer/") }
        let index = try XCTUnwrap(files.firstIndex { $0.path == "tokenizer/abbreviations.txt" })
        files[index].bytes += Array("wijkt.\n".utf8)
        let tokenizer = try Tokenizer.load(from: ResourceFolder(origin: "test", files: files))
        let text = "Het wijkt. team"
        let t = tokenizer.tokenize(text)
        XCTAssertEqual(t.tokens.map { text.utf8Slice($0.start, $0.end) }, ["Het", "wijkt.", "team"])
    }

    func testMalformedLexiconNamesFileLineAndReason() {
        var files = ResourceFolder.embedded("Lexicons").files.filter { $0.path.hasPrefix("tokenizer/") }
        let index = files.firstIndex { $0.path == "tokenizer/abbreviations.txt" }!
        files[index].bytes = Array("# commentaar\nbijv.\nzonderpunt\n".utf8)
        XCTAssertThrowsError(try Tokenizer.load(from: ResourceFolder(origin: "mijnmap", files: files))) { error in
            let message = (error as? DiepgangError)?.message.en ?? ""
            XCTAssertTrue(message.contains("mijnmap/tokenizer/abbreviations.txt"), message)
            XCTAssertTrue(message.contains("line 3"), message)
            XCTAssertTrue(message.contains("full stop"), message)
            XCTAssertEqual((error as? DiepgangError)?.code, .dataError)
        }
        files[index].bytes = Array("enz.\tsoms\n".utf8)
        XCTAssertThrowsError(try Tokenizer.load(from: ResourceFolder(origin: "mijnmap", files: files))) { error in
            XCTAssertTrue(((error as? DiepgangError)?.message.nl ?? "").contains("regel 1"))
        }
        let missing = ResourceFolder.embedded("Lexicons").files.filter { $0.path.hasPrefix("tokenizer/") && $0.path != "tokenizer/clitics.txt" }
        XCTAssertThrowsError(try Tokenizer.load(from: ResourceFolder(origin: "mijnmap", files: missing))) { error in
            XCTAssertTrue(((error as? DiepgangError)?.message.en ?? "").contains("clitics.txt"))
        }
    }
}

extension String {
    /// The text between two UTF-8 byte offsets.
    func utf8Slice(_ start: Int, _ end: Int) -> String {
        String(decoding: Array(utf8)[start..<end], as: UTF8.self)
    }
}
