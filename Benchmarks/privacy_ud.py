#!/usr/bin/env python3
"""False positives of `diepgang privacy` on ordinary Dutch text: the UD Dutch test treebanks.

Sentences are grouped into their paragraphs (from sent_id …p.N.s.M), each paragraph becomes one
note, and the notes go through the built `diepgang privacy --format jsonl`. The treebanks hold
no private persons, so every finding is a false positive, except names of public persons and
places (news and Wikipedia text is full of them). The script reports findings per 2,000 words
per kind, and lists the `naam` findings with the UD tags of their words so one can judge which
are public persons and places. UD data is read from ../shared/ud and never copied.

usage: python3 Benchmarks/privacy_ud.py [--bin .build/release/diepgang] [--ud ../shared/ud] [--list]
"""
import argparse, collections, json, os, re, subprocess, sys, tempfile

def load(path):
    """Sentences as (sent_id, text, [(form, upos, xpos)])."""
    sents, cur, text, sid = [], [], None, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# text = "):
            text = line[9:]
        elif line.startswith("# sent_id = "):
            sid = line[12:]
        elif not line:
            if cur:
                sents.append((sid, text, cur))
                cur = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if re.match(r"^\d+$", cols[0]):
                cur.append((cols[1], cols[3], cols[4]))
    if cur:
        sents.append((sid, text, cur))
    return sents

def paragraphs(sents):
    paras = collections.OrderedDict()
    for sid, text, toks in sents:
        m = re.match(r"^(.*)\.s\.\d+$", sid or "")
        key = m.group(1) if m else sid
        paras.setdefault(key, []).append((text, toks))
    return paras

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(root, ".build", "release", "diepgang"))
    ap.add_argument("--ud", default=os.path.join(root, "..", "shared", "ud"))
    ap.add_argument("--list", action="store_true", help="list every naam finding with its UD tags")
    ap.add_argument("--min-confidence", default="0.5")
    args = ap.parse_args()

    files = sorted(f for f in os.listdir(args.ud) if f.endswith("-test.conllu"))
    if not files:
        sys.exit(f"no UD test files in {args.ud}")
    notes, words, tags = [], 0, {}
    for f in files:
        for key, sents in paragraphs(load(os.path.join(args.ud, f))).items():
            text = " ".join(t for t, _ in sents)
            nid = f"{f.split('-')[0]}:{key}"
            notes.append({"id": nid, "text": text})
            # Words: tokens that are not punctuation.
            words += sum(1 for _, toks in sents for form, upos, _ in toks if upos not in ("PUNCT", "SYM"))
            tags[nid] = {form: (upos, xpos) for _, toks in sents for form, upos, xpos in toks}

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for n in notes:
            tmp.write(json.dumps(n, ensure_ascii=False) + "\n")
        path = tmp.name
    try:
        out = subprocess.run([args.bin, "privacy", path, "--format", "jsonl", "--min-confidence", args.min_confidence],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)

    per_kind = collections.Counter()
    names = []
    for line in out.splitlines():
        rec = json.loads(line)
        for f in rec["findings"]:
            per_kind[f["kind"]] += 1
            if f["kind"] == "naam":
                # The first word UD tags as a proper noun, else the first word: "de Vries" is judged by "Vries".
                parts = [w.rstrip(".") for w in f["text"].split()]
                known = [tags[rec["id"]].get(w, ("?", "?")) for w in parts]
                upos, xpos = next((t for t in known if t[0] == "PROPN"), known[0])
                names.append((rec["id"], f["text"], f["confidence"], upos, xpos))

    print(f"UD Dutch test paragraphs: {len(notes)} notes, {words} words ({', '.join(files)})")
    print(f"{'kind':<14} {'findings':>8} {'per 2,000 words':>16}")
    for kind in ["email", "telefoon", "bsn", "iban", "postcode", "geboortedatum", "adres", "naam"]:
        print(f"{kind:<14} {per_kind[kind]:>8} {per_kind[kind] * 2000 / words:>16.2f}")
    other = sum(v for k, v in per_kind.items() if k != "naam")
    print(f"{'all but naam':<14} {other:>8} {other * 2000 / words:>16.2f}")
    propn = sum(1 for n in names if n[3] == "PROPN")
    print(f"naam findings with a word UD tags as a proper noun (PROPN): {propn} of {len(names)}; "
          f"the other {len(names) - propn} per 2,000 words: {(len(names) - propn) * 2000 / words:.2f}")
    if args.list:
        print("\nnaam findings (judge: public person or place?)")
        for nid, text, conf, upos, xpos in names:
            print(f"  {conf:.2f}  {upos:<5} {text:<40} {nid}")

main()
