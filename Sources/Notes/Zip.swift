import DiepgangCore

/// A ZIP archive read through its central directory (APPNOTE 4.3), held in memory: the
/// container of `.docx` and `.odt`. Stored and deflated entries only; encrypted entries, ZIP64
/// and multi-disk archives are refused with a reason.
public struct ZipArchive: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var flags: UInt16
        public var method: UInt16
        public var crc32: UInt32
        public var compressedSize: Int
        public var uncompressedSize: Int
        public var localHeaderOffset: Int

        public var isEncrypted: Bool { flags & 1 != 0 }
    }

    public struct Failure: Error, Sendable {
        public var reason: Localized
    }

    public let entries: [Entry]
    private let bytes: [UInt8]

    public init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        guard bytes.count >= 22 else { throw Self.fail("te kort voor een ZIP-bestand", "too short for a ZIP file") }
        // The end-of-central-directory record: its signature, searched backwards past a comment.
        var eocd = -1
        var i = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while i >= lowest {
            if bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x05 && bytes[i + 3] == 0x06 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { throw Self.fail("geen ZIP-bestand (geen centrale map gevonden)", "not a ZIP file (no central directory found)") }
        let disk = Self.u16(bytes, eocd + 4), cdDisk = Self.u16(bytes, eocd + 6)
        let count = Int(Self.u16(bytes, eocd + 10))
        let cdSize = Int(Self.u32(bytes, eocd + 12)), cdOffset = Int(Self.u32(bytes, eocd + 16))
        guard disk == 0 && cdDisk == 0 else { throw Self.fail("ZIP over meerdere schijven wordt niet ondersteund", "multi-disk ZIP is not supported") }
        if count == 0xFFFF || cdOffset == 0xFFFF_FFFF || cdSize == 0xFFFF_FFFF {
            throw Self.fail("ZIP64 wordt niet ondersteund", "ZIP64 is not supported")
        }
        guard cdOffset + cdSize <= eocd else { throw Self.fail("beschadigd: de centrale map ligt buiten het bestand", "corrupt: the central directory lies outside the file") }
        var list: [Entry] = []
        var p = cdOffset
        for _ in 0..<count {
            guard p + 46 <= eocd, Self.u32(bytes, p) == 0x0201_4B50 else {
                throw Self.fail("beschadigd: ongeldige vermelding in de centrale map", "corrupt: invalid central directory entry")
            }
            let nameLength = Int(Self.u16(bytes, p + 28)), extraLength = Int(Self.u16(bytes, p + 30)), commentLength = Int(Self.u16(bytes, p + 32))
            guard p + 46 + nameLength <= eocd else { throw Self.fail("beschadigd: naam buiten de centrale map", "corrupt: name outside the central directory") }
            let name = String(decoding: bytes[p + 46..<p + 46 + nameLength], as: UTF8.self)
            list.append(Entry(name: name, flags: Self.u16(bytes, p + 8), method: Self.u16(bytes, p + 10), crc32: Self.u32(bytes, p + 16),
                              compressedSize: Int(Self.u32(bytes, p + 20)), uncompressedSize: Int(Self.u32(bytes, p + 24)),
                              localHeaderOffset: Int(Self.u32(bytes, p + 42))))
            p += 46 + nameLength + extraLength + commentLength
        }
        entries = list
    }

    public func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// The entry's contents, checked against its CRC; refused above `limit` bytes.
    public func contents(of entry: Entry, limit: Int) throws(Failure) -> [UInt8] {
        let name = entry.name
        guard !entry.isEncrypted else { throw Self.fail("versleuteld (\(name))", "encrypted (\(name))") }
        guard entry.uncompressedSize <= limit else {
            throw Self.fail("\(name) is uitgepakt groter dan \(limit) bytes", "\(name) unpacks to more than \(limit) bytes")
        }
        let p = entry.localHeaderOffset
        guard p + 30 <= bytes.count, Self.u32(bytes, p) == 0x0403_4B50 else {
            throw Self.fail("beschadigd: lokale kop van \(name) ontbreekt", "corrupt: local header of \(name) missing")
        }
        let start = p + 30 + Int(Self.u16(bytes, p + 26)) + Int(Self.u16(bytes, p + 28))
        guard start + entry.compressedSize <= bytes.count else {
            throw Self.fail("beschadigd: \(name) loopt voorbij het einde van het bestand", "corrupt: \(name) runs past the end of the file")
        }
        let data = Array(bytes[start..<start + entry.compressedSize])
        let out: [UInt8]
        switch entry.method {
        case 0: out = data
        case 8:
            do {
                out = try Inflate.decompress(data, limit: limit, sizeHint: entry.uncompressedSize)
            } catch {
                if case .tooLarge = error {
                    throw Self.fail("\(name) is uitgepakt groter dan \(limit) bytes", "\(name) unpacks to more than \(limit) bytes")
                }
                throw Self.fail("beschadigd: \(name): \(error.reason)", "corrupt: \(name): \(error.reason)")
            }
        default:
            throw Self.fail("\(name) gebruikt compressiemethode \(entry.method) (alleen 0 en 8 worden ondersteund)",
                            "\(name) uses compression method \(entry.method) (only 0 and 8 are supported)")
        }
        guard out.count == entry.uncompressedSize, CRC32.checksum(out) == entry.crc32 else {
            throw Self.fail("beschadigd: controlegetal van \(name) klopt niet", "corrupt: checksum of \(name) does not match")
        }
        return out
    }

    static func fail(_ nl: String, _ en: String) -> Failure { Failure(reason: Localized(nl: nl, en: en)) }

    static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }

    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}
