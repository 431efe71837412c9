#!/usr/bin/env python3
"""Lemma and word-class accuracy of `diepgang annotate` against the UD Dutch treebanks.

    python3 Benchmarks/lemma_eval.py [--split test|dev] [--ud DIR] [--bin PATH] [--lexicons DIR] [--baselines]
        [--errors N --cls VERB]

Reads nl_alpino-ud-SPLIT.conllu and nl_lassysmall-ud-SPLIT.conllu from DIR (default
../shared/ud beside the repository; the treebanks are CC BY-SA and are used from their place,
never copied), gives their tokens and sentences to `diepgang annotate --input conllu` (gold
tokenisation for every system), and prints lemma accuracy per gold UPOS, overall lemma accuracy
and UPOS accuracy.

With --baselines, the same tokens also go through spaCy's Dutch lookup lemmatiser
(spacy + spacy-lookups-data; the trained nl_core_news_sm pipeline is not on PyPI) and
simplemma, for a side-by-side table; both give lemmas only, no word classes.

Scoring, stated: a lemma counts as right when it equals UD's lemma after (1) lower-casing both
(UD keeps capitals in names; case carries no meaning for a cue), and (2) removing UD's "_" that
joins a separable verb's particle ("na_denken" -> "nadenken", the form Diepgang gives). Nothing
else is normalised: UD's conventions for pronouns (the form itself: "haar", "zich"), for
comparatives and ordinals ("meer" -> "veel", "eerste" -> "één") and for possessives stay as they
are. Tuning was done on the dev split only.
"""
import argparse, collections, os, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def read_conllu(path):
    """[(form, lemma, upos)] per token line (multiword lines and empty nodes skipped)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if "-" in fields[0] or "." in fields[0]:
                continue
            rows.append((fields[1], fields[2], fields[3]))
    return rows


def sentences(path):
    out, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    out.append(cur)
                cur = []
                continue
            if line.startswith("#"):
                continue
            fields = line.split("\t")
            if "-" in fields[0] or "." in fields[0]:
                continue
            cur.append(fields[1])
    if cur:
        out.append(cur)
    return out


def norm(lemma):
    return lemma.replace("_", "").lower()


def diepgang(binary, path, lexicons=None):
    started = time.time()
    extra = ["--lexicons", lexicons] if lexicons else []
    out = subprocess.run([binary, "annotate", "--input", "conllu", *extra, path], check=True, capture_output=True, text=True).stdout
    elapsed = time.time() - started
    rows = [l.split("\t") for l in out.split("\n") if l and not l.startswith("#")]
    return [(r[1], r[2], r[3]) for r in rows], elapsed


def spacy_lookup(path):
    import spacy
    from spacy.tokens import Doc
    nlp = spacy.blank("nl")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    out = []
    for words in sentences(path):
        doc = lemmatizer(Doc(nlp.vocab, words=words))
        out += [(t.text, t.lemma_, "") for t in doc]
    return out


def simplemma_lemmas(path):
    import simplemma
    return [(w, simplemma.lemmatize(w, lang="nl"), "") for s in sentences(path) for w in s]


def score(gold, pred):
    assert len(gold) == len(pred), (len(gold), len(pred))
    per = collections.Counter(); right = collections.Counter(); upos_right = collections.Counter()
    for (gf, gl, gu), (pf, pl, pu) in zip(gold, pred):
        assert gf == pf, (gf, pf)
        per[gu] += 1
        if norm(gl) == norm(pl):
            right[gu] += 1
        if gu == pu:
            upos_right[gu] += 1
    return per, right, upos_right


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test", choices=["test", "dev"])
    ap.add_argument("--ud", default=os.path.join(ROOT, "..", "shared", "ud"))
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "diepgang"))
    ap.add_argument("--lexicons", help="a lexicon folder with language/ (data changes without a rebuild)")
    ap.add_argument("--baselines", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print the N most frequent lemma errors of a class (with --class)")
    ap.add_argument("--cls", default="VERB")
    args = ap.parse_args()
    files = [os.path.join(args.ud, f"nl_{bank}-ud-{args.split}.conllu") for bank in ("alpino", "lassysmall")]
    gold, ours, spacy_rows, simple_rows = [], [], [], []
    seconds = 0.0
    for f in files:
        gold += read_conllu(f)
        rows, t = diepgang(args.bin, f, args.lexicons)
        ours += rows
        seconds += t
        if args.baselines:
            spacy_rows += spacy_lookup(f)
            simple_rows += simplemma_lemmas(f)
    per, right, upos_right = score(gold, ours)
    systems = [("diepgang", right)]
    if args.baselines:
        systems.append(("spacy-lookup", score(gold, spacy_rows)[1]))
        systems.append(("simplemma", score(gold, simple_rows)[1]))
    print(f"UD Dutch {args.split}: {', '.join(os.path.basename(f) for f in files)}; {len(gold)} tokens")
    print("lemma accuracy per gold UPOS (lower-cased, UD '_' removed); UPOS accuracy of diepgang")
    header = "| UPOS | tokens | " + " | ".join(f"lemma {n}" for n, _ in systems) + " | UPOS diepgang |"
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    for u, n in per.most_common():
        cells = " | ".join(f"{100 * r[u] / n:.1f}" for _, r in systems)
        print(f"| {u} | {n} | {cells} | {100 * upos_right[u] / n:.1f} |")
    total = sum(per.values())
    cells = " | ".join(f"{100 * sum(r.values()) / total:.1f}" for _, r in systems)
    print(f"| all | {total} | {cells} | {100 * sum(upos_right.values()) / total:.1f} |")
    print(f"diepgang annotate: {seconds:.2f} s for {total} tokens (process start-up included)")
    if args.errors:
        errs = collections.Counter((g[0].lower(), norm(g[1]), norm(p[1]), p[2]) for g, p in zip(gold, ours)
                                   if g[2] == args.cls and norm(g[1]) != norm(p[1]))
        for (f, gl, pl, pu), k in errs.most_common(args.errors):
            print(f"{k:4d}  {f} -> gold {gl}, ours {pl} ({pu})")


if __name__ == "__main__":
    main()
