import Testing
import DiepgangCore

// A few tests in Swift Testing, so both of the toolchain's test libraries run in `swift test`.
@Suite struct LocalizedTextTests {
    @Test func choosesTheUsersLanguage() {
        let text = Localized(nl: "te weinig verslagen", en: "too few notes")
        #expect(text(.nl) == "te weinig verslagen")
        #expect(text(.en) == "too few notes")
    }

    @Test func errorsCarryTheirExitCode() {
        let error = DiepgangError(.dataError, nl: "regel 3: geen tekst", en: "line 3: no text")
        #expect(error.code.rawValue == 65)
        #expect(error.message(.en) == "line 3: no text")
        #expect(!error.quiet)
    }

    @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func fnvMatchesPublishedVectors(input: String, expected: String) {
        var hash = FNV1a64()
        hash.update(input.utf8)
        #expect(hash.hex == expected)
    }
}
