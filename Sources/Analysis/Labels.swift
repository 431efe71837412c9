import DiepgangCore
import DiepgangVocabulary

/// The lexicon category a marker carries, named for a reader (`Lexicons/vocabulary.tsv`). A
/// category the program does not know (a user's own lexicon) is shown under its own name.
enum MarkerCategoryName {
    static func name(_ category: String, _ language: Language) -> String {
        let known = LexiconCategory(named: category)
        return known == .other ? category : known.name(language)
    }
}
