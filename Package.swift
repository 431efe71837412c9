// swift-tools-version: 6.0
// Diepgang: how deep does the reflection in Dutch care notes go?
// The targets follow the pipeline: read notes → tokenise → match lexicons → score → aggregate → report.
import PackageDescription

let package = Package(
    name: "Diepgang",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Diepgang", targets: ["Diepgang"]),
        .executable(name: "diepgang", targets: ["DiepgangCLI"]),
    ],
    targets: [
        // Shared plumbing: exit codes, localised text, JSON writing, offsets, output sinks.
        .target(name: "DiepgangCore", path: "Sources/Core"),
        // Lexicons/ and Corpus/ embedded into the binary at build time, so it runs from anywhere.
        .executableTarget(name: "embed-resources", path: "Sources/Build/EmbedResources"),
        .plugin(name: "EmbedResourcesPlugin", capability: .buildTool(),
                dependencies: ["embed-resources"], path: "Sources/Build/EmbedResourcesPlugin"),
        .target(name: "DiepgangResources", dependencies: ["DiepgangCore"], path: "Sources/Resources",
                plugins: ["EmbedResourcesPlugin"]),
        // The vocabulary: modes, poles, dimensions, depth levels, phases, categories and labels,
        // named from Lexicons/vocabulary.tsv; shared by every stage from the lexicons on.
        .target(name: "DiepgangVocabulary", dependencies: ["DiepgangCore", "DiepgangResources"], path: "Sources/Vocabulary"),
        // 1. read notes
        .target(name: "DiepgangNotes", dependencies: ["DiepgangCore"], path: "Sources/Notes"),
        // 2. tokenise
        .target(name: "DiepgangTokenizer", dependencies: ["DiepgangCore", "DiepgangResources"], path: "Sources/Tokenizer"),
        // 2b. read the language: lemmas, word classes, clauses, voice (Lexicons/language/)
        .target(name: "DiepgangLanguage", dependencies: ["DiepgangCore", "DiepgangResources", "DiepgangTokenizer"], path: "Sources/Language"),
        // 3. match lexicons
        .target(name: "DiepgangLexicon", dependencies: ["DiepgangCore", "DiepgangResources", "DiepgangTokenizer", "DiepgangVocabulary"], path: "Sources/Lexicon"),
        // 4. score
        .target(name: "DiepgangAnalysis", dependencies: ["DiepgangCore", "DiepgangResources", "DiepgangTokenizer", "DiepgangLanguage", "DiepgangLexicon", "DiepgangNotes", "DiepgangVocabulary"], path: "Sources/Analysis"),
        // 5. aggregate
        .target(name: "DiepgangTrends", dependencies: ["DiepgangCore", "DiepgangAnalysis", "DiepgangVocabulary"], path: "Sources/Trends"),
        // 6. report
        .target(name: "DiepgangReport", dependencies: ["DiepgangCore", "DiepgangNotes", "DiepgangTokenizer", "DiepgangLexicon", "DiepgangAnalysis", "DiepgangTrends", "DiepgangVocabulary"], path: "Sources/Report"),
        // Beside the pipeline: the personal-data check, and the parallel streaming batch runner.
        .target(name: "DiepgangPrivacy", dependencies: ["DiepgangCore", "DiepgangResources", "DiepgangNotes"], path: "Sources/Privacy"),
        .target(name: "DiepgangBatch", dependencies: ["DiepgangCore", "DiepgangResources", "DiepgangNotes", "DiepgangTokenizer", "DiepgangAnalysis", "DiepgangTrends", "DiepgangPrivacy"], path: "Sources/Batch"),
        // The library product: one import for users of the package.
        .target(name: "Diepgang", dependencies: ["DiepgangCore", "DiepgangResources", "DiepgangNotes", "DiepgangTokenizer", "DiepgangLanguage", "DiepgangVocabulary",
                                                 "DiepgangLexicon", "DiepgangAnalysis", "DiepgangTrends", "DiepgangReport", "DiepgangPrivacy", "DiepgangBatch"],
                path: "Sources/Diepgang"),
        // `diepgang serve`: the coach's workspace on a hand-written HTTP server (POSIX sockets).
        .target(name: "DiepgangServe", dependencies: ["DiepgangCore", "DiepgangNotes", "DiepgangAnalysis", "DiepgangTrends", "DiepgangReport"], path: "Sources/Serve"),
        // Reading speed of DiepgangNotes alone (Benchmarks/notes_read.sh).
        .executableTarget(name: "notes-bench", dependencies: ["DiepgangNotes", "DiepgangBatch"], path: "Benchmarks/NotesBench"),
        // The thin command-line layer.
        .executableTarget(name: "DiepgangCLI", dependencies: ["Diepgang", "DiepgangServe"], path: "Sources/CLI"),

        .testTarget(name: "CoreTests", dependencies: ["DiepgangCore", "DiepgangResources"], path: "Tests/CoreTests"),
        .testTarget(name: "TokenizerTests", dependencies: ["DiepgangCore", "DiepgangResources", "DiepgangTokenizer"], path: "Tests/TokenizerTests"),
        .testTarget(name: "NotesTests", dependencies: ["DiepgangCore", "DiepgangNotes"], path: "Tests/NotesTests", exclude: ["Fixtures"]),
        .testTarget(name: "VocabularyTests", dependencies: ["DiepgangCore", "DiepgangResources", "DiepgangVocabulary"], path: "Tests/VocabularyTests"),
        .testTarget(name: "LexiconTests", dependencies: ["DiepgangCore", "DiepgangResources", "DiepgangTokenizer", "DiepgangLexicon"], path: "Tests/LexiconTests"),
        .testTarget(name: "LanguageTests", dependencies: ["DiepgangCore", "DiepgangResources", "DiepgangLanguage", "DiepgangLexicon", "DiepgangTokenizer"], path: "Tests/LanguageTests"),
        .testTarget(name: "AnalysisTests", dependencies: ["DiepgangCore", "DiepgangResources", "DiepgangNotes", "DiepgangLexicon", "DiepgangAnalysis"], path: "Tests/AnalysisTests"),
        .testTarget(name: "TrendsTests", dependencies: ["DiepgangCore", "DiepgangTrends", "DiepgangReport"], path: "Tests/TrendsTests"),
        .testTarget(name: "PrivacyTests", dependencies: ["DiepgangCore", "DiepgangNotes", "DiepgangResources", "DiepgangPrivacy"], path: "Tests/PrivacyTests", exclude: ["Fixtures"]),
        .testTarget(name: "BatchTests", dependencies: ["DiepgangCore", "DiepgangResources", "DiepgangNotes", "DiepgangAnalysis", "DiepgangTrends", "DiepgangReport", "DiepgangPrivacy", "DiepgangBatch"], path: "Tests/BatchTests"),
        .testTarget(name: "ReliabilityTests", dependencies: ["Diepgang"], path: "Tests/ReliabilityTests"),
        .testTarget(name: "CLITests", dependencies: ["Diepgang", "DiepgangCLI"], path: "Tests/CLITests"),
        .testTarget(name: "ServeTests", dependencies: ["DiepgangAnalysis", "DiepgangServe"], path: "Tests/ServeTests"),
        .testTarget(name: "NoteViewTests", dependencies: ["DiepgangCore", "DiepgangNotes", "DiepgangReport", "DiepgangAnalysis"], path: "Tests/NoteViewTests"),
    ]
)
