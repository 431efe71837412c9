#!/usr/bin/env python3
"""Checks Diepgang's ZIP/DEFLATE/Word reader against Python's zlib and python-docx.

    swift build --product notes-bench && pip install python-docx
    python3 Benchmarks/docx_check.py [--docs 200] [--seed 7]

1. inflate: random and real data (the repository's Lexicons/ and Corpus/ files), compressed by
   zlib at every level and with the fixed, Huffman-only and RLE strategies, must come back
   byte for byte from `notes-bench --inflate`.
2. .docx: generated documents (headings, lists, tables, tabs, breaks, runs, markup characters,
   accents, emoji, empty paragraphs) must give exactly python-docx's paragraph text: every
   `w:p` of the body in document order (table cells included), joined by line feeds.
Prints the counts and exits 1 on the first difference.
"""
import argparse, glob, io, json, os, random, subprocess, sys, tempfile, zlib
import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.enum.text import WD_BREAK

BENCH = ".build/debug/notes-bench"
WORDS = ("ik wilde vooraf rustig uitleggen wat er zou gebeuren maar de cliënt werd boos en ik besef nu "
         "dat ik te snel ging volgende keer vraag ik eerst hoe het gaat café één reünie coördinatie "
         "waarom & <tag> \"aanhalingstekens\" 'enkel' 🙂 — – … ë ï").split()


def our_inflate(raw, tmp):
    path = os.path.join(tmp, "raw.deflate")
    with open(path, "wb") as f:
        f.write(raw)
    r = subprocess.run([BENCH, "--inflate", path], capture_output=True)
    if r.returncode != 0:
        raise SystemExit(f"inflate failed: {r.stderr.decode()}")
    return r.stdout


def deflate(data, level, strategy):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return c.compress(data) + c.flush()


def check_inflate(rng, tmp):
    samples = []
    for n in (0, 1, 100, 5000, 70000, 300000):
        samples.append(("random", bytes(rng.getrandbits(8) for _ in range(n))))
        samples.append(("words", " ".join(rng.choice(WORDS) for _ in range(n // 6)).encode()))
        samples.append(("runs", b"".join(bytes([rng.randrange(4)]) * rng.randrange(1, 300) for _ in range(n // 100))))
    for path in sorted(glob.glob("Lexicons/*.lex") + glob.glob("Corpus/*"))[:40]:
        if os.path.isfile(path):
            samples.append((path, open(path, "rb").read()))
    checked = 0
    for name, data in samples:
        for level in (0, 1, 6, 9):
            for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FIXED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE):
                if level == 0 and strategy != zlib.Z_DEFAULT_STRATEGY:
                    continue
                raw = deflate(data, level, strategy)
                got = our_inflate(raw, tmp)
                if got != data:
                    raise SystemExit(f"inflate differs: {name} level {level} strategy {strategy} ({len(got)} vs {len(data)} bytes)")
                checked += 1
    print(f"inflate: {checked} streams identical to zlib ({len(samples)} inputs, {sum(len(d) for _, d in samples)} bytes)")


def sentence(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 25)))


def make_doc(rng):
    d = docx.Document()
    for _ in range(rng.randrange(1, 12)):
        kind = rng.random()
        if kind < 0.12:
            d.add_heading(sentence(rng), level=rng.randrange(1, 4))
        elif kind < 0.25:
            d.add_paragraph(sentence(rng), style=rng.choice(["List Bullet", "List Number"]))
        elif kind < 0.35:
            t = d.add_table(rows=rng.randrange(1, 4), cols=rng.randrange(1, 4))
            for row in t.rows:
                for cell in row.cells:
                    cell.text = sentence(rng)
                    if rng.random() < 0.3:
                        cell.add_paragraph(sentence(rng))
        elif kind < 0.4:
            d.add_paragraph("")
        else:
            p = d.add_paragraph()
            for _ in range(rng.randrange(1, 5)):
                r = p.add_run(sentence(rng))
                r.bold = rng.random() < 0.3
                x = rng.random()
                if x < 0.15:
                    r.add_break()
                elif x < 0.2:
                    r.add_break(WD_BREAK.PAGE)
                elif x < 0.3:
                    r.add_tab()
    return d


def expected_text(path):
    # python-docx's own XML classes on word/document.xml (the fixtures keep only that part).
    import zipfile
    from docx.oxml import parse_xml
    body = parse_xml(zipfile.ZipFile(path).read("word/document.xml"))
    return "\n".join(Paragraph(p, None).text for p in body.iter(qn("w:p")))


def check_docx(rng, tmp, count):
    paths = []
    for i in range(count):
        path = os.path.join(tmp, f"doc{i:04d}.docx")
        make_doc(rng).save(path)
        paths.append(path)
    fixtures = sorted(glob.glob("Tests/NotesTests/Fixtures/*.docx"))
    out = subprocess.run([BENCH, "--dump"] + paths + fixtures, capture_output=True, check=True).stdout.decode()
    got = [json.loads(line) for line in out.splitlines()]
    same = 0
    rejected = 0
    for path, record in zip(paths + fixtures, got):
        if "rejected" in record:
            if path in fixtures:
                rejected += 1
                continue
            if expected_text(path).strip() == "":
                same += 1  # an empty document is rejected as an empty note, as an empty .txt is
                continue
            raise SystemExit(f"{path} rejected: {record['reason']}")
        want = expected_text(path)
        # The note reader trims the white space around a whole note (as for .txt notes).
        if record["text"] != want.strip():
            raise SystemExit(f"{path}: text differs\n ours: {record['text']!r}\n python-docx: {want!r}")
        same += 1
    print(f"docx: {same} documents identical to python-docx paragraph text "
          f"({count} generated, {len(fixtures) - rejected} good fixtures; {rejected} bad fixtures rejected)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if not os.path.exists(BENCH):
        raise SystemExit("build first: swift build --product notes-bench")
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        check_inflate(rng, tmp)
        check_docx(rng, tmp, args.docs)


if __name__ == "__main__":
    main()
