import XCTest
import DiepgangCore
import DiepgangResources
@testable import DiepgangLanguage
import DiepgangTokenizer

/// Loading the language data: the allocation-free readers must give what the files say, and bad
/// bytes or lines a clear error with file and line.
final class LanguageDataTests: XCTestCase {
    private func folder(replacing path: String, with text: [UInt8]) -> ResourceFolder {
        var files = ResourceFolder.embedded("Lexicons", including: { $0.hasPrefix("language/") }).files
        files.removeAll { $0.path == path }
        files.append(ResourceFile(path: path, bytes: text))
        return ResourceFolder(origin: "proef", files: files)
    }

    func testUTF8Check() {
        XCTAssertTrue(UTF8Check.isValid(Array("Zo'n geëmotioneerde cliënt, ‘echt’ waar — ik schrok.".utf8)))
        XCTAssertTrue(UTF8Check.isValid(Array(String(repeating: "nachtdienst ", count: 20).utf8)))
        XCTAssertFalse(UTF8Check.isValid(Array("overleg".utf8) + [0xC3]))            // cut-off sequence
        XCTAssertFalse(UTF8Check.isValid(Array("twijfelachtige tekst".utf8) + [0xE9, 0x20])) // Latin-1 é
        XCTAssertFalse(UTF8Check.isValid([0xC0, 0xAF]))                                 // overlong slash
        XCTAssertFalse(UTF8Check.isValid([0xED, 0xA0, 0x80]))                           // surrogate
    }

    func testAFormTableHoldsMoreFormsThanItWasMadeFor() {
        // A replaced lemma table may be far larger than the built-in one: the table grows, and
        // every form keeps its index, value and bytes.
        let heads = ["nacht", "dag", "avond", "team", "zorg", "cliënt", "familie", "medicatie", "overdracht", "werk"]
        let tails = ["dienst", "overleg", "rapport", "plan", "gesprek", "moment", "vraag", "lijst", "ronde", "druk"]
        let words = heads.flatMap { h in tails.map { Array((h + $0).utf8) } }
        for keepsKeys in [true, false] {
            var table = FormTable(capacity: 8, keepsKeys: keepsKeys)
            for (i, w) in words.enumerated() { XCTAssertEqual(table.insert(w, value: Int32(100 + i)).index, Int32(i)) }
            XCTAssertEqual(table.count, words.count)
            for (i, w) in words.enumerated() {
                XCTAssertEqual(table.value(w), Int32(100 + i))
                XCTAssertFalse(table.insert(w, value: 0).inserted)
                if keepsKeys { XCTAssertEqual(table.withKey(i) { Array($0) }, w) }
            }
            XCTAssertEqual(table.value(Array("nachtrust".utf8)), -1)
        }
    }

    func testLemmaEditsOnBorrowedBytes() {
        XCTAssertEqual(LemmaEdit.apply(Array("gewerkt".utf8), ArraySlice("2.1en".utf8)), Array("werken".utf8))
        XCTAssertEqual(LemmaEdit.apply(Array("kinderen".utf8), ArraySlice("4".utf8)), Array("kind".utf8))
        XCTAssertEqual(LemmaEdit.apply(Array("was".utf8), ArraySlice("=zijn".utf8)), Array("zijn".utf8))
        XCTAssertEqual(LemmaEdit.apply(Array("dienst".utf8), ArraySlice([UInt8]())), Array("dienst".utf8))
        XCTAssertNil(LemmaEdit.apply(Array("kort".utf8), ArraySlice("9".utf8)))
        XCTAssertNil(LemmaEdit.apply(Array("kort".utf8), ArraySlice("x".utf8)))
    }

    func testAnOwnLemmaTableIsReadAsWritten() throws {
        let table = "# eigen tabel\ngewerkt\t2.1en\tV\nkinderen\t4\tN\ntekenen\t2\tNV\r\n"
        let data = try LanguageData(folder: folder(replacing: "language/lemmas.tsv", with: Array(table.utf8)))
        var a = LanguageAnnotation()
        let annotator = LanguageAnnotator(data: data)
        let text = "Ze heeft met de kinderen gewerkt."
        let tok = Tokenizer.standard().tokenize(text)
        var copy = text
        copy.withUTF8 { annotator.annotate($0, tok, into: &a) }
        let bytes = Array(text.utf8)
        let words = tok.tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        XCTAssertEqual(a.lemmaString(token: words.firstIndex(of: "gewerkt")!), "werken")
        XCTAssertEqual(a.lemmaString(token: words.firstIndex(of: "kinderen")!), "kind")
    }

    func testBadLinesAndBytesNameFileAndLine() {
        let cases: [([UInt8], String)] = [
            (Array("gewerkt\t2.1en\tV\nzonder tab\n".utf8), "lemmas.tsv:2"),
            (Array("gewerkt\t2.1en\tV\nkort\t9\tN\n".utf8), "lemmas.tsv:2"),
            (Array("gewerkt\t2.1en\tQ\n".utf8), "lemmas.tsv:1"),
            (Array("gewerkt\t2.1en\t".utf8) + [0xFF] + Array("\n".utf8), "lemmas.tsv"),
        ]
        for (bytes, place) in cases {
            XCTAssertThrowsError(try LanguageData(folder: folder(replacing: "language/lemmas.tsv", with: bytes))) { error in
                guard let e = error as? DiepgangError else { return XCTFail("\(error)") }
                XCTAssertEqual(e.code, .dataError)
                XCTAssertTrue(e.message.nl.contains(place), e.message.nl)
            }
        }
    }

    /// The verb prefixes are data: a participle without ge- ("verwerkt", "overschat") is read by
    /// them, and a folder whose file lists no ver- no longer reads "verwerkt" as a participle.
    func testVerbPrefixesComeFromTheirFile() throws {
        let data = try LanguageData(folder: ResourceFolder.embedded("Lexicons", including: { $0.hasPrefix("language/") }))
        func bytes(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool { Array(s.utf8).withUnsafeBufferPointer(body) }
        XCTAssertTrue(bytes("verwerkt") { data.verbPrefixes.inseparableLength($0) == 3 })
        XCTAssertTrue(bytes("overschat") { data.verbPrefixes.inseparableLength($0) == 0 })
        XCTAssertTrue(bytes("Overschat") { data.verbPrefixes.startsUnstressed($0, from: 0) })
        XCTAssertTrue(bytes("gebruikt") { data.verbPrefixes.startsUnstressed($0, from: 0) })
        XCTAssertFalse(bytes("loopt") { data.verbPrefixes.startsUnstressed($0, from: 0) })
        XCTAssertEqual(data.verbPrefixes.verbal.map { String(decoding: $0, as: UTF8.self) },
                       ["be", "ver", "ont", "her", "er", "mis", "onder", "over", "door", "achter", "om", "weer"])

        let withoutVer = "be | inseparable\nont | inseparable\nge | participle\n"
        let bare = try LanguageData(folder: folder(replacing: "language/verb-prefixes.tsv", with: Array(withoutVer.utf8)))
        XCTAssertTrue(bytes("verwerkt") { bare.verbPrefixes.inseparableLength($0) == 0 })
        XCTAssertThrowsError(try LanguageData(folder: folder(replacing: "language/verb-prefixes.tsv", with: Array("ver | los\n".utf8))))
    }
}
