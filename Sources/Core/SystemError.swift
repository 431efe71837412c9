#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An operating-system error in the user's language: the system's own words (English) inside a
/// Dutch sentence read badly, so the common ones are said in Dutch too.
public enum SystemError {
    public static func reason(_ code: Int32) -> Localized {
        let system = String(cString: strerror(code))
        let dutch: String
        switch code {
        case ENOENT: dutch = "bestand of map bestaat niet"
        case EACCES, EPERM: dutch = "geen toestemming"
        case EISDIR: dutch = "dit is een map"
        case ENOTDIR: dutch = "een deel van het pad is geen map"
        case ENOSPC: dutch = "schijf vol"
        case EDQUOT: dutch = "schijfquotum bereikt"
        case EROFS: dutch = "alleen-lezen bestandssysteem"
        case EMFILE, ENFILE: dutch = "te veel open bestanden"
        case EIO: dutch = "invoer-/uitvoerfout van het apparaat"
        case ENAMETOOLONG: dutch = "naam te lang"
        case EEXIST: dutch = "bestaat al"
        case EBUSY: dutch = "in gebruik"
        case ENOMEM: dutch = "onvoldoende geheugen"
        case EINVAL: dutch = "ongeldige waarde"
        case ELOOP: dutch = "te veel symbolische koppelingen"
        default: dutch = "systeemfout \(code): \(system)"
        }
        return Localized(nl: dutch, en: system)
    }
}
