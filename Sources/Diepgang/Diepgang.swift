// The library product: `import Diepgang` gives the whole pipeline.
@_exported import DiepgangCore
@_exported import DiepgangResources
@_exported import DiepgangNotes
@_exported import DiepgangTokenizer
@_exported import DiepgangLanguage
@_exported import DiepgangVocabulary
@_exported import DiepgangLexicon
@_exported import DiepgangAnalysis
@_exported import DiepgangTrends
@_exported import DiepgangReport
@_exported import DiepgangPrivacy
@_exported import DiepgangBatch
