import XCTest
import Foundation
@testable import DiepgangNotes

/// Word and OpenDocument notes: the inflater, the ZIP reader, the XML text and the rejections.
final class OfficeTextTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    func fixture(_ name: String) -> String { Self.fixtures + "/" + name }

    func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try XCTUnwrap(FileManager.default.contents(atPath: fixture(name))))
    }

    // MARK: Inflate

    func testStoredBlock() throws {
        // BFINAL=1, BTYPE=00, then LEN=5, NLEN=~5 and the bytes themselves.
        let data: [UInt8] = [0x01, 0x05, 0x00, 0xFA, 0xFF] + Array("dienst".utf8.prefix(5))
        XCTAssertEqual(try Inflate.decompress(data, limit: 100), Array("diens".utf8))
        var broken = data
        broken[3] = 0x00
        XCTAssertThrowsError(try Inflate.decompress(broken, limit: 100)) { XCTAssertEqual($0 as? Inflate.Failure, .storedLengthMismatch) }
    }

    func testFixedHuffmanBlockFromZlib() throws {
        // zlib level 9 with Z_FIXED, raw deflate.
        let data: [UInt8] = [203, 72, 204, 201, 201, 87, 200, 64, 144, 58, 10, 153, 217, 10, 73, 169, 197, 169, 105, 10, 25, 169, 37, 10, 121, 165, 0]
        XCTAssertEqual(String(decoding: try Inflate.decompress(data, limit: 1000), as: UTF8.self), "hallo hallo hallo, ik besef het nu")
    }

    func testDynamicHuffmanBlockFromZlib() throws {
        let data: [UInt8] = [197, 140, 209, 13, 194, 48, 16, 67, 87, 241, 4, 93, 129, 239, 46, 0, 223, 22, 57, 146, 107, 66, 83, 37, 151, 86, 234, 244, 28, 72, 157, 129, 63, 63, 249, 217, 115, 198, 161, 37, 8, 246, 90, 27, 95, 104, 163, 155, 70, 12, 181, 34, 49, 202, 138, 131, 134, 95, 93, 156, 60, 116, 227, 134, 179, 14, 156, 186, 172, 19, 230, 63, 239, 31, 100, 171, 111, 7, 129, 102, 4, 151, 89, 76, 151, 128, 141, 29, 124, 38, 19, 127, 189, 225, 126, 205, 179, 72, 195, 222, 200, 248, 245, 29, 186, 33, 85, 65, 18, 67, 36, 109, 250, 0]
        XCTAssertEqual(data[0] & 0b111, 0b101, "final dynamic block")
        let expected = String(repeating: "Ik wilde vooraf rustig uitleggen wat de volgende stap zou zijn. ", count: 3)
            + "Waarom zie ik dat altijd pas achteraf? Volgende keer vraag ik eerst hoe het gaat."
        XCTAssertEqual(String(decoding: try Inflate.decompress(data, limit: 1000), as: UTF8.self), expected)
        // The limit holds while inflating, whatever a header claims.
        XCTAssertThrowsError(try Inflate.decompress(data, limit: 100)) { XCTAssertEqual($0 as? Inflate.Failure, .tooLarge(limit: 100)) }
        // Cut short: an error, not a crash or a hang.
        XCTAssertThrowsError(try Inflate.decompress(Array(data.prefix(40)), limit: 1000)) { XCTAssertEqual($0 as? Inflate.Failure, .truncated) }
    }

    func testBadStreamsAreErrors() {
        // BTYPE=11 is reserved.
        XCTAssertThrowsError(try Inflate.decompress([0x07], limit: 10)) { XCTAssertEqual($0 as? Inflate.Failure, .invalidBlockType) }
        // A fixed block whose first symbol is a back-reference (length 3, distance 1) with nothing before it.
        // Bits: BFINAL 1, BTYPE 01, then length code 257 (0000001, 7 bits), distance code 0 (00000).
        XCTAssertThrowsError(try Inflate.decompress([0x03, 0x02, 0x00], limit: 10)) { XCTAssertEqual($0 as? Inflate.Failure, .distanceTooFar) }
        XCTAssertThrowsError(try Inflate.decompress([], limit: 10)) { XCTAssertEqual($0 as? Inflate.Failure, .truncated) }
    }

    func testCRC32() {
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
    }

    // MARK: ZIP and document text

    func testZipDirectoryOfAWordFile() throws {
        let zip = try ZipArchive(try bytes("avonddienst.docx"))
        XCTAssertTrue(zip.entries.contains { $0.name == "word/document.xml" && $0.method == 8 })
        let xml = try zip.contents(of: XCTUnwrap(zip.entry("word/document.xml")), limit: 1 << 20)
        XCTAssertTrue(String(decoding: xml, as: UTF8.self).contains("<w:t>Reflectie na de avonddienst</w:t>"))
    }

    func testWordText() throws {
        let text = try OfficeText.text(of: bytes("avonddienst.docx"), kind: .docx, path: "avonddienst.docx")
        XCTAssertEqual(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), [
            "Reflectie na de avonddienst",
            "Tijdens het avondeten weigerde Joost zijn medicatie. Ik wilde het rustig houden & niet <drammen>.",
            "Ik vroeg me af waarom hij juist vandaag weigerde.",
            "Toen ik navroeg,\tbleek dat hij bang was voor de bijwerkingen.",
            "Wat ik volgende keer wil proberen:",
            "eerst vragen hoe het met hem gaat",
            "samen met mijn collega de bijsluiter lezen",
            "Fase", "Wat ik zag", "terugblikken", "Hij keek weg en zei: “ik wil dat niet.”",
            "Ëen café-zin met één 'accent' en een emoji 🙂.",
        ])
    }

    func testOpenDocumentText() throws {
        let text = try OfficeText.text(of: bytes("intervisie.odt"), kind: .odt, path: "intervisie.odt")
        XCTAssertEqual(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), [
            "Intervisie over mevrouw De Wit",
            // Collapsed white space, three spaces from text:s, a tab, a line break.
            "Ik had me voorgenomen om rustig te blijven.   Dat lukte\tniet helemaal.",
            "Ik besef nu dat ik te snel ging.",
            "vragen wat zij nodig heeft",
            "de dochter & de huisarts bellen",   // the footnote is left out
            "Wat ging goed", "Ze lachte <even>.",
            "",
            "Volgende keer vraag ik eerst door.",
        ])
    }

    func testWordBreaksAndTabStops() {
        let xml = """
        <w:document><w:body><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>\
        <w:r><w:t xml:space="preserve">Eerst </w:t><w:tab/><w:t>dan</w:t><w:br/><w:t>nieuwe regel</w:t><w:br w:type="page"/></w:r>\
        <w:del><w:r><w:delText>weg</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText><w:t>&#233;&amp;&#x1F642;</w:t></w:r></w:p>\
        <w:p/><w:p><w:r><w:t>Laatste</w:t></w:r></w:p></w:body></w:document>
        """
        XCTAssertEqual(String(decoding: WordXML.text(Array(xml.utf8)), as: UTF8.self), "Eerst \tdan\nnieuwe regelé&🙂\n\nLaatste")
    }

    /// Found while writing the `officexml` fuzz target (Fuzz/Targets/officexml.swift): each
    /// `<text:s text:c="10000"/>` (24 bytes) became 10,000 spaces, so a 20 MiB content.xml — a
    /// .odt of 51 kB once deflated — asked for 8.7 GB. The spaces are now bounded by the XML's
    /// own size (so the text is at most twice the XML), and ordinary counts are kept exactly.
    func testSpaceRunsAreBoundedByTheSizeOfTheXML() {
        let crasher = "<text:p>Ik wachtte" + String(repeating: #"<text:s text:c="10000"/>"#, count: 10) + "af.</text:p>"
        let xml = Array(crasher.utf8)
        let text = OpenDocumentXML.text(xml)
        XCTAssertLessThanOrEqual(text.count, 2 * xml.count)
        XCTAssertTrue(text.starts(with: Array("Ik wachtte     ".utf8)), "the spaces still come first")
        XCTAssertEqual(Array(text.suffix(4)), Array(" af.".utf8), "and the text after them is kept")
        let ordinary = #"<text:p>Ik zei<text:s text:c="4"/>niets.</text:p>"#
        XCTAssertEqual(String(decoding: OpenDocumentXML.text(Array(ordinary.utf8)), as: UTF8.self), "Ik zei    niets.")
    }

    // MARK: Through the note reader

    func testFolderOfOfficeNotesAndRejections() throws {
        let source = try NoteSource.open(paths: [Self.fixtures])
        var notes: [String: String] = [:]
        var rejected: [String: String] = [:]
        for record in source {
            switch record {
            case .note(let n): notes[n.id] = n.text
            case .rejected(let r): rejected[(r.source.file as NSString).lastPathComponent] = r.reason.en
            }
        }
        XCTAssertEqual(Set(notes.keys), ["avonddienst", "intervisie"])
        XCTAssertTrue(notes["intervisie"]?.hasPrefix("Intervisie over mevrouw De Wit\nIk had me") == true)
        XCTAssertEqual(rejected["macro.docm"], "macro-enabled Word file (.docm) is not read; save it as .docx")
        XCTAssertEqual(rejected["macro.docx"], "contains macros (vbaProject.bin); save it as .docx without macros")
        XCTAssertEqual(rejected["macro.odt"], "contains macros (Basic/ or Scripts/)")
        XCTAssertEqual(rejected["versleuteld.docx"]?.hasPrefix("encrypted"), true)
        XCTAssertEqual(rejected["bom.docx"], "word/document.xml unpacks to more than \(OfficeText.maxXMLBytes) bytes")
        XCTAssertNotNil(rejected["kapot.docx"])
        XCTAssertEqual(rejected.count, 6)
    }

    func testZipBombStopsAtTheLimitEvenWhenTheHeaderLies() throws {
        var data = try bytes("bom.docx")
        // Patch the central directory's uncompressed size of document.xml down to 1 KB.
        let zip = try ZipArchive(data)
        let entry = try XCTUnwrap(zip.entry("word/document.xml"))
        var p = 0
        while p + 46 < data.count {
            if data[p] == 0x50 && data[p + 1] == 0x4B && data[p + 2] == 1 && data[p + 3] == 2,
               String(decoding: data[(p + 46)..<(p + 46 + 17)], as: UTF8.self) == "word/document.xml" { break }
            p += 1
        }
        data.replaceSubrange((p + 24)..<(p + 28), with: [0x00, 0x04, 0x00, 0x00])
        let lying = try ZipArchive(data)
        XCTAssertEqual(try XCTUnwrap(lying.entry("word/document.xml")).uncompressedSize, 1024)
        XCTAssertGreaterThan(entry.uncompressedSize, OfficeText.maxXMLBytes)
        XCTAssertThrowsError(try OfficeText.text(of: data, kind: .docx, path: "bom.docx")) { error in
            XCTAssertEqual((error as? ZipArchive.Failure)?.reason.en, "word/document.xml unpacks to more than \(OfficeText.maxXMLBytes) bytes")
        }
    }
}
