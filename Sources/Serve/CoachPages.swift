import DiepgangCore
import DiepgangNotes
import DiepgangReport

/// The pages of the coach's workspace: the forms, with the note view below them. No scripts:
/// forms post to this server and the reply is a whole page.
struct CoachPages {
    let language: Language

    func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    func frame(_ content: String, title: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>\(esc(title))</title>\n<style>\n\(NoteHTML.css)\(Self.css)</style>\n</head>\n<body>\n<main>\n"
            + content + "</main>\n</body>\n</html>\n"
    }

    func home(text: String, message: String? = nil, result: String = "") -> String {
        var c = "<header class=\"top app\">\n<p class=\"kicker\">Diepgang · \(t("werkplek van de coach", "the coach's workspace"))</p>\n"
        c += "<p class=\"lang\"><a href=\"/?lang=\(language == .nl ? "en" : "nl")\">\(t("English", "Nederlands"))</a></p>\n"
        c += "<p class=\"intro\">" + t("Alles blijft op deze computer: verslagen worden alleen in het geheugen geanalyseerd en nergens bewaard.",
                                       "Everything stays on this computer: notes are analysed in memory only and kept nowhere.") + "</p>\n</header>\n"
        if let message { c += "<p class=\"message\" role=\"alert\">\(esc(message))</p>\n" }
        c += "<div class=\"forms\">\n<section class=\"paste\" aria-labelledby=\"paste-title\">\n<h2 id=\"paste-title\">\(t("Plak een verslag", "Paste a note"))</h2>\n"
        c += "<form method=\"post\" action=\"/analyse\">\n<input type=\"hidden\" name=\"lang\" value=\"\(language.rawValue)\">\n"
        c += "<label for=\"text\">\(t("Tekst van het verslag", "Text of the note"))</label>\n"
        c += "<textarea id=\"text\" name=\"text\" rows=\"10\" required>\(esc(text))</textarea>\n"
        c += "<button type=\"submit\">\(t("Analyseer", "Analyse"))</button>\n</form>\n</section>\n"
        c += "<section class=\"files\" aria-labelledby=\"files-title\">\n<h2 id=\"files-title\">\(t("Of kies bestanden", "Or choose files"))</h2>\n"
        c += "<form method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">\n<input type=\"hidden\" name=\"lang\" value=\"\(language.rawValue)\">\n"
        c += "<label for=\"files\">.txt, .docx, .odt, .jsonl, .csv (\(t("samen hoogstens 5 MB", "at most 5 MB together")))</label>\n"
        c += "<input id=\"files\" type=\"file\" name=\"files\" multiple accept=\".txt,.docx,.odt,.jsonl,.csv\">\n"
        c += "<div class=\"buttons\"><button type=\"submit\" name=\"view\" value=\"notes\">\(t("Bekijk de verslagen", "Show the notes"))</button>\n"
        c += "<button type=\"submit\" name=\"view\" value=\"team\" class=\"secondary\">\(t("Maak het teamrapport", "Make the team report"))</button></div>\n"
        c += "<p class=\"small\">" + t("Het teamrapport toont alleen groepen van minstens 5 verslagen van 3 auteurs, en geen personen.",
                                       "The team report shows only groups of at least 5 notes by 3 authors, and no persons.") + "</p>\n"
        c += "</form>\n</section>\n</div>\n"
        if !result.isEmpty { c += "<div class=\"result\">\n\(result)</div>\n" }
        return frame(c, title: t("Diepgang — werkplek van de coach", "Diepgang — the coach's workspace"))
    }

    func rejections(_ rejected: [RejectedRecord]) -> String {
        guard !rejected.isEmpty else { return "" }
        var c = "<section class=\"rejected\" aria-labelledby=\"rejected-title\">\n<h2 id=\"rejected-title\">\(t("Niet gelezen", "Not read")) (\(rejected.count))</h2>\n<ul>\n"
        for r in rejected.prefix(100) {
            c += "<li><span class=\"where\">\(esc(r.source.description))</span>: \(esc(r.reason(language)))</li>\n"
        }
        if rejected.count > 100 { c += "<li>… \(t("en nog", "and")) \(rejected.count - 100) \(t("meer", "more"))</li>\n" }
        return c + "</ul>\n</section>\n"
    }

    func forbidden() -> String {
        frame("<section><h1>403</h1><p>" + t(
            "Open de werkplek met de link die <code>diepgang serve</code> in de terminal liet zien (met het token erin).",
            "Open the workspace with the link <code>diepgang serve</code> printed in the terminal (with the token in it).") + "</p></section>\n",
              title: "403")
    }

    func esc(_ s: String) -> String {
        var r = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "&": r += "&amp;"
            case "<": r += "&lt;"
            case ">": r += "&gt;"
            case "\"": r += "&quot;"
            case "'": r += "&#39;"
            default: r.unicodeScalars.append(ch)
            }
        }
        return r
    }

    static let css = """
        .app { display: grid; grid-template-columns: 1fr auto; align-items: start; }
        .app .intro { grid-column: 1 / -1; }
        .lang { margin: 0; }
        .forms { display: grid; grid-template-columns: 1.4fr 1fr; gap: 24px; }
        .forms section { margin-bottom: 16px; }
        label { display: block; font-weight: 600; margin: 0 0 6px; }
        textarea { width: 100%; font: inherit; font-size: 15px; padding: 10px; border: 1.5px solid #5b6f80; border-radius: 8px; resize: vertical; }
        input[type=file] { display: block; margin: 0 0 12px; padding: 18px 10px; width: 100%; border: 2px dashed #5b6f80; border-radius: 8px; background: #f6f8fa; }
        button { font: inherit; font-weight: 600; color: #fff; background: #1a4f8b; border: 0; border-radius: 8px; padding: 9px 18px; margin-top: 10px; cursor: pointer; }
        button.secondary { background: #17573f; }
        button:focus, textarea:focus, input:focus, a:focus { outline: 3px solid #b35c00; outline-offset: 2px; }
        .buttons { display: flex; gap: 10px; flex-wrap: wrap; }
        .small { font-size: 13px; color: #4a5763; }
        .message { background: #fdf0c8; border-left: 5px solid #7a5a00; padding: 8px 12px; border-radius: 6px; }
        .rejected li { font-size: 14px; }
        .rejected .where { font-family: ui-monospace, monospace; }
        .result { margin-top: 8px; }
        @media (max-width: 800px) { .forms { grid-template-columns: 1fr; } }
        @media print { .forms, .app .lang { display: none; } }

        """
}
