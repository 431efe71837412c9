import XCTest
import DiepgangResources
@testable import DiepgangLanguage
@testable import DiepgangLexicon
import DiepgangTokenizer

private let coaching = """
1 | Wat wilde je bereiken? | What did you want to achieve?
2 | Wat gebeurde er? | What happened?
3 | Wat was belangrijk? | What mattered?
4 | Welke andere wegen zie je? | Which other ways do you see?
5 | Wat probeer je? | What do you try?
"""

/// A lexicon folder with one file of the given lines, plus the built-in language data.
private func lexicon(_ lines: String) throws -> LexiconSet {
    let language = ResourceFolder.embedded("Lexicons", including: { $0.hasPrefix("language/") }).files
    let files = [ResourceFile(path: "proef.lex", bytes: Array(lines.utf8)),
                 ResourceFile(path: "coaching-questions.txt", bytes: Array(coaching.utf8))]
    return try LexiconSet(folder: ResourceFolder(origin: "test", files: files + language))
}

/// The patterns of the entries that match somewhere in the text.
private func matches(_ set: LexiconSet, _ text: String) -> [String] {
    let tok = Tokenizer.standard().tokenize(text)
    var a = LanguageAnnotation()
    var keys = TokenKeys()
    var found: [LexiconMatch] = []
    var copy = text
    copy.withUTF8 { buffer in
        LanguageAnnotator.standard().annotate(buffer, tok, into: &a)
        tok.tokens.withUnsafeBufferPointer { set.computeKeys(buffer, tokens: $0, into: &keys) }
        let annotation = a
        set.computeLemmaKeys(tokenCount: tok.tokens.count, lemma: { t, body in annotation.withLemmaBytes(annotation.lemma[t], body) }, into: &keys)
        for s in tok.sentences { set.match(&keys, tokens: s.tokens, into: &found) }
    }
    return found.map { set.entries[Int($0.entry)].pattern }
}

final class LemmaPatternTests: XCTestCase {
    func testOneEntryCoversEveryForm() throws {
        let set = try lexicon("=blijven … denken | herhaling | piekeren\n")
        XCTAssertTrue(set.usesLemmas)
        XCTAssertEqual(matches(set, "Ik bleef maar denken aan die nacht."), ["=blijven … denken"])
        XCTAssertEqual(matches(set, "Ik blijf er steeds aan denken."), ["=blijven … denken"])
        XCTAssertEqual(matches(set, "Ze blijft maar denken dat het haar schuld is."), ["=blijven … denken"])
        XCTAssertEqual(matches(set, "Ik bleef die avond thuis."), [])
    }

    func testSeparableVerbThroughItsLemma() throws {
        let set = try lexicon("=nadenken | verhaal | handeling\n")
        XCTAssertEqual(matches(set, "Ik dacht er lang over na."), ["=nadenken"])
        XCTAssertEqual(matches(set, "Ik heb er de hele dag over nagedacht."), ["=nadenken"])
        XCTAssertEqual(matches(set, "Ik dacht aan mijn moeder."), [])
    }

    func testWrittenWordsStillMatchOnlyThemselves() throws {
        let set = try lexicon("bleef … denken | herhaling | piekeren\n")
        XCTAssertFalse(set.usesLemmas)
        XCTAssertEqual(matches(set, "Ik bleef maar denken."), ["bleef … denken"])
        XCTAssertEqual(matches(set, "Ik blijf maar denken."), [])
    }

    func testPatternSyntaxErrors() {
        for bad in ["=blijv*", "=zeggen/zei", "=", "blij=ven"] {
            guard case .failure = LexiconParser.parsePattern(bad) else { return XCTFail("\(bad) should not parse") }
        }
        guard case .success(let elements) = LexiconParser.parsePattern("=blijven/=houden … =denken") else { return XCTFail() }
        XCTAssertTrue(elements[0].alternatives.allSatisfy { $0.isLemma })
        XCTAssertEqual(elements[1].gapBefore, LexiconParser.defaultGap)
    }

    func testLanguageDataCountsInTheVersionOnlyWithLemmaEntries() throws {
        let language = ResourceFolder.embedded("Lexicons", including: { $0.hasPrefix("language/") }).files
        func files(_ line: String) -> [ResourceFile] {
            [ResourceFile(path: "proef.lex", bytes: Array(line.utf8)), ResourceFile(path: "coaching-questions.txt", bytes: Array(coaching.utf8))]
        }
        // Without a lemma entry the language data cannot change a result, so it is not in the version.
        XCTAssertEqual(try lexicon("bleef | herhaling | piekeren\n").version, ResourceFolder.fingerprint(files("bleef | herhaling | piekeren\n")))
        XCTAssertEqual(try lexicon("=blijven | herhaling | piekeren\n").version,
                       ResourceFolder.fingerprint(files("=blijven | herhaling | piekeren\n") + language))
    }
}
