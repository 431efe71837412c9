#!/usr/bin/env python3
"""Writes the small .docx/.odt fixtures of Tests/NotesTests/Fixtures (run from the repository root).

python-docx makes the Word files; the OpenDocument file is written by hand with zipfile (the
layout LibreOffice saves: an uncompressed `mimetype` first, then content.xml). The bad ones are
built from good ones: a macro part added, the encryption flag set, the file cut short, and a
zip bomb (a document.xml that unpacks past the 20 MiB limit). Text: pseudonyms only.
"""
import io, os, struct, zipfile
import docx
from docx.enum.text import WD_BREAK

OUT = "Tests/NotesTests/Fixtures"


def word_note():
    d = docx.Document()
    d.add_heading("Reflectie na de avonddienst", level=1)
    d.add_paragraph("Tijdens het avondeten weigerde Joost zijn medicatie. Ik wilde het rustig houden & niet <drammen>.")
    p = d.add_paragraph("Ik vroeg me af waarom hij juist vandaag weigerde.")
    r = p.add_run()
    r.add_break()
    p.add_run("Toen ik navroeg,\tbleek dat hij bang was voor de bijwerkingen.")
    d.add_paragraph("Wat ik volgende keer wil proberen:", style="Heading 2")
    d.add_paragraph("eerst vragen hoe het met hem gaat", style="List Bullet")
    d.add_paragraph("samen met mijn collega de bijsluiter lezen", style="List Bullet")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Fase"
    t.cell(0, 1).text = "Wat ik zag"
    t.cell(1, 0).text = "terugblikken"
    t.cell(1, 1).text = "Hij keek weg en zei: “ik wil dat niet.”"
    d.add_paragraph("Ëen café-zin met één 'accent' en een emoji 🙂.")
    return d


KEEP = {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"}


def save(d, name):
    """Saves the document with only the parts a reader of the text needs (a few KB, not 36)."""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    slim = io.BytesIO()
    with zipfile.ZipFile(slim, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename in KEEP:
                z.writestr(info.filename, src.read(info.filename))
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(slim.getvalue())
    return slim.getvalue()


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"><office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls><text:h text:outline-level="1">Intervisie over mevrouw De Wit</text:h><text:p>Ik had me voorgenomen om  rustig
   te blijven.<text:s text:c="3"/>Dat lukte<text:tab/>niet helemaal.<text:line-break/>Ik besef nu dat ik te snel ging.</text:p><text:list><text:list-item><text:p>vragen wat zij nodig heeft</text:p></text:list-item><text:list-item><text:p>de dochter &amp; de huisarts bellen<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Voetnoot die niet meetelt.</text:p></text:note-body></text:note></text:p></text:list-item></text:list><table:table table:name="T1"><table:table-row><table:table-cell><text:p>Wat ging goed</text:p></table:table-cell><table:table-cell><text:p>Ze lachte &lt;even&gt;.</text:p></table:table-cell></table:table-row></table:table><text:p/><text:p>Volgende keer vraag ik eerst door.</text:p></office:text></office:body></office:document-content>"""

ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"""


def odt(name, content=ODT_CONTENT, extra=None):
    with zipfile.ZipFile(os.path.join(OUT, name), "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", ODT_MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        for k, v in (extra or {}).items():
            z.writestr(k, v, compress_type=zipfile.ZIP_DEFLATED)


def rezip(data, name, add=None, encrypt_flag=False, replace=None):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if replace and info.filename in replace:
                body = replace[info.filename]
            z.writestr(info.filename, body)
        for k, v in (add or {}).items():
            z.writestr(k, v)
    out = bytearray(buf.getvalue())
    if encrypt_flag:
        # Set general-purpose bit 0 in every local and central header (the data stays readable:
        # the reader must refuse on the flag alone).
        for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            i = out.find(sig)
            while i >= 0:
                flags = struct.unpack_from("<H", out, i + off)[0]
                struct.pack_into("<H", out, i + off, flags | 1)
                i = out.find(sig, i + 4)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    good = save(word_note(), "avonddienst.docx")
    odt("intervisie.odt")
    odt("macro.odt", extra={"Basic/Standard/Module1.xml": "<script:module/>"})
    rezip(good, "macro.docx", add={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 not really vba"})
    with open(os.path.join(OUT, "macro.docm"), "wb") as f:
        f.write(good)
    rezip(good, "versleuteld.docx", encrypt_flag=True)
    with open(os.path.join(OUT, "kapot.docx"), "wb") as f:
        f.write(good[: len(good) // 2])
    bomb = b'<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>' + b"a" * (21 << 20) + b"</w:t></w:r></w:p></w:body></w:document>"
    rezip(good, "bom.docx", replace={"word/document.xml": bomb})
    for n in sorted(os.listdir(OUT)):
        print(n, os.path.getsize(os.path.join(OUT, n)))


if __name__ == "__main__":
    main()
