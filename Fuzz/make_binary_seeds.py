#!/usr/bin/env python3
"""Writes the binary seeds of the `zip` fuzz target (Fuzz/Seeds/zip/): two small .docx/.odt
files and raw DEFLATE streams (stored, fixed and dynamic Huffman blocks). Text is pseudonymous.
Rerun: python3 Fuzz/make_binary_seeds.py (standard library only)."""
import io, os, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "Seeds", "zip")
XML = os.path.join(HERE, "Seeds", "officexml")

def raw_deflate(data, level):
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()

def info(name, method):
    i = zipfile.ZipInfo(name, date_time=(2025, 3, 4, 9, 30, 0))  # fixed, so the seeds are reproducible
    i.compress_type = method
    return i

def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(XML, "document.xml"), "rb") as f: word = f.read()
    with open(os.path.join(XML, "content.xml"), "rb") as f: odf = f.read()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(info("[Content_Types].xml", zipfile.ZIP_DEFLATED), "<Types/>")
        z.writestr(info("word/document.xml", zipfile.ZIP_DEFLATED), word)
    open(os.path.join(OUT, "verslag.docx"), "wb").write(buf.getvalue())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(info("mimetype", zipfile.ZIP_STORED), "application/vnd.oasis.opendocument.text")
        z.writestr(info("content.xml", zipfile.ZIP_DEFLATED), odf)
        z.writestr(info("META-INF/manifest.xml", zipfile.ZIP_DEFLATED), "<manifest/>")
    open(os.path.join(OUT, "intervisie.odt"), "wb").write(buf.getvalue())
    text = "Ik twijfelde of ik moest ingrijpen toen meneer Visser boos werd. " * 3
    open(os.path.join(OUT, "vast.deflate"), "wb").write(raw_deflate(b"Kort verslag.", 9))          # fixed Huffman
    open(os.path.join(OUT, "dynamisch.deflate"), "wb").write(raw_deflate(text.encode(), 9))     # dynamic Huffman
    open(os.path.join(OUT, "opgeslagen.deflate"), "wb").write(raw_deflate(b"Geen compressie.", 0))  # stored block

main()
