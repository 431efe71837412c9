#!/usr/bin/env python3
"""Planted personal data in invented Dutch care sentences: recall and precision per kind of
`diepgang privacy`, side by side with deduce (if installed), plus false findings per 1,000
words of name-free care text.

Sets (Corpus/privacy/): dev.txt (tuned on), blind.txt (written before tuning, measured at the
end), namefree.txt (no personal data at all). Markup: {{kind|text}}; kind `naam:woord` is a name
that is also a Dutch word. `--write-gold` writes the gold spans as JSON (dev.json, blind.json):
one object per note {id, text, spans: [{kind, start, end, text, tags}]}, offsets in Unicode
scalars, end exclusive.

Scoring: a gold span is found when a prediction of the same kind overlaps it; a prediction is
correct when it overlaps a gold span of its kind. `leaked` counts gold spans with any character
outside every prediction (of any kind): what `--redact` would let through. deduce's tags are
mapped: persoon/patient → naam, locatie → adres or postcode, datum → geboortedatum,
telefoonnummer → telefoon, id → iban (it tags the account digits), bsn, email(adres).

usage: python3 Benchmarks/privacy_planted.py [--set blind|blind2|blind3|dev] [--free namefree|namefree2]
                                             [--bin .build/debug/diepgang]
                                             [--no-deduce] [--write-gold] [--list] [--lexicons DIR]
deduce is a comparison only (`pip install deduce`), never a dependency of the project.
"""
import argparse, collections, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "Corpus", "privacy")
KINDS = ["naam", "adres", "postcode", "telefoon", "email", "bsn", "iban", "geboortedatum"]
MARK = re.compile(r"\{\{([a-z:]+)\|([^}]*)\}\}")


def parse(path):
    """Notes from a markup file: [{id, text, spans}]."""
    notes = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        text, spans, at = "", [], 0
        for m in MARK.finditer(line):
            text += line[at:m.start()]
            kind, value = m.group(1), m.group(2)
            tags = []
            if ":" in kind:
                kind, extra = kind.split(":", 1)
                tags.append(extra)
            start = len(text)
            text += value
            if kind == "naam":
                before = text[:start].rstrip()
                if not before or before[-1] in ".!?:":
                    tags.append("zinsbegin")
                if value[0].islower():
                    tags.append("kleine_letter")
            spans.append({"kind": kind, "start": start, "end": len(text), "text": value, "tags": tags})
            at = m.end()
        text += line[at:]
        notes.append({"id": f"{os.path.basename(path).split('.')[0]}-{n}", "text": text, "spans": spans})
    return notes


def run_diepgang(binary, notes, extra=()):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for n in notes:
            tmp.write(json.dumps({"id": n["id"], "text": n["text"]}, ensure_ascii=False) + "\n")
        path = tmp.name
    try:
        out = subprocess.run([binary, "privacy", path, "--format", "jsonl", *extra],
                             capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    found = {}
    for line in out.splitlines():
        rec = json.loads(line)
        found[rec["id"]] = [(f["kind"], f["start"], f["end"], f["text"]) for f in rec["findings"]]
    return found


DEDUCE_KIND = {"persoon": ["naam"], "patient": ["naam"], "locatie": ["adres", "postcode"], "datum": ["geboortedatum"],
               "telefoonnummer": ["telefoon"], "id": ["iban"], "bsn": ["bsn"], "email": ["email"], "emailadres": ["email"]}


def run_deduce(notes):
    import logging
    logging.disable(logging.INFO)
    import deduce
    d = deduce.Deduce()
    found = {}
    for n in notes:
        doc = d.deidentify(n["text"])
        found[n["id"]] = [("|".join(DEDUCE_KIND.get(a.tag, [a.tag])), a.start_char, a.end_char, a.text) for a in doc.annotations]
    return found


def overlaps(a0, a1, b0, b1):
    return a0 < b1 and b0 < a1


def score(notes, found):
    """Per kind: gold, found, predicted, correct; per tag: found / gold; leaked spans."""
    gold = collections.Counter(); hit = collections.Counter()
    pred = collections.Counter(); good = collections.Counter()
    tag_gold = collections.Counter(); tag_hit = collections.Counter()
    leaked, misses, false, leaks = 0, [], [], []
    for n in notes:
        preds = found.get(n["id"], [])
        for s in n["spans"]:
            gold[s["kind"]] += 1
            ok = any(s["kind"] in k.split("|") and overlaps(s["start"], s["end"], a, b) for k, a, b, _ in preds)
            hit[s["kind"]] += ok
            for t in s["tags"]:
                tag_gold[t] += 1
                tag_hit[t] += ok
            covered = all(any(a <= i < b for _, a, b, _ in preds) for i in range(s["start"], s["end"]) if not n["text"][i].isspace())
            if not covered:
                leaked += 1
                leaks.append((n["id"], s["kind"], s["text"]))
            if not ok:
                misses.append((n["id"], s["kind"], s["text"]))
        for k, a, b, t in preds:
            kinds = k.split("|")
            # deduce's locatie counts once, as adres or postcode, whichever it overlaps.
            kind = next((x for x in kinds if any(s["kind"] == x and overlaps(s["start"], s["end"], a, b) for s in n["spans"])), kinds[0])
            pred[kind] += 1
            if any(s["kind"] == kind and overlaps(s["start"], s["end"], a, b) for s in n["spans"]):
                good[kind] += 1
            else:
                false.append((n["id"], kind, t))
    return dict(gold=gold, hit=hit, pred=pred, good=good, tag_gold=tag_gold, tag_hit=tag_hit, leaked=leaked,
                total=sum(gold.values()), misses=misses, false=false, leaks=leaks)


def ratio(a, b):
    return f"{a / b:.3f}" if b else "  —  "


def words(notes):
    return sum(len(re.findall(r"\w+", n["text"])) for n in notes)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="blind", choices=["blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "dev"])
    ap.add_argument("--free", default="namefree", choices=["namefree", "namefree2", "namefree3", "namefree4", "namefree5", "namefree6", "namefree7", "namefree8"],
                    help="the name-free care text: namefree (seen while tuning) or namefree2 (written blind)")
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug", "diepgang"))
    ap.add_argument("--no-deduce", action="store_true")
    ap.add_argument("--write-gold", action="store_true")
    ap.add_argument("--list", action="store_true", help="list misses and false findings")
    ap.add_argument("--lexicons", help="a lexicon folder for diepgang (DIR/privacy/...), e.g. to leave a list out")
    args = ap.parse_args()

    notes = parse(os.path.join(CORPUS, args.set + ".txt"))
    if args.write_gold:
        with open(os.path.join(CORPUS, args.set + ".json"), "w", encoding="utf-8") as f:
            json.dump(notes, f, ensure_ascii=False, indent=1)
            f.write("\n")
    free = parse(os.path.join(CORPUS, args.free + ".txt"))
    extra = ["--lexicons", args.lexicons] if args.lexicons else []
    systems = [("diepgang", run_diepgang(args.bin, notes, extra), run_diepgang(args.bin, free, extra))]
    if not args.no_deduce:
        try:
            systems.append(("deduce", run_deduce(notes), run_deduce(free)))
        except ImportError:
            print("(deduce not installed: pip install deduce)", file=sys.stderr)
    scores = [(name, score(notes, f), score(free, g)) for name, f, g in systems]

    print(f"set: {args.set} ({len(notes)} notes, {words(notes)} words); name-free: {len(free)} notes, {words(free)} words")
    head = "".join(f" | {name:>8} R   {name:>8} P" for name, _, _ in scores)
    print(f"{'kind':<16}{'n':>4}{head}")
    for k in KINDS:
        row = "".join(f" | {ratio(s['hit'][k], s['gold'][k]):>10}   {ratio(s['good'][k], s['pred'][k]):>9}" for _, s, _ in scores)
        print(f"{k:<16}{scores[0][1]['gold'][k]:>4}{row}")
    for t in ["zinsbegin", "woord", "kleine_letter"]:
        row = "".join(f" | {s['tag_hit'][t]:>4} / {s['tag_gold'][t]:<4}            " for _, s, _ in scores)
        print(f"naam {t:<11}{'':>4}{row}")
    row = "".join(f" | {s['leaked']:>4} / {s['total']:<4}            " for _, s, _ in scores)
    print(f"{'leaked spans':<16}{'':>4}{row}")
    fw = words(free)
    row = "".join(f" | {sum(g['pred'].values()) * 1000 / fw:>10.2f}            " for _, _, g in scores)
    print(f"{'free /1000 w':<16}{'':>4}{row}")
    if args.list:
        for name, s, g in scores:
            print(f"\n== {name}: misses")
            for m in s["misses"]:
                print("  ", *m)
            print(f"== {name}: leaked (found only in part)")
            for m in s["leaks"]:
                if m not in s["misses"]:
                    print("  ", *m)
            print(f"== {name}: false findings (planted set)")
            for m in s["false"]:
                print("  ", *m)
            print(f"== {name}: findings in name-free text")
            for m in g["false"]:
                print("  ", *m)


if __name__ == "__main__":
    main()
