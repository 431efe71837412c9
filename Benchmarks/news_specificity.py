#!/usr/bin/env python3
"""Specificity on newspaper and encyclopedia text: how many paragraphs of the UD Dutch test
sets come out `beschrijvend` or `te_kort` with depth <= 1 (the issue asks for at least 98 %).

Paragraphs are rebuilt from the CoNLL-U files: sentences grouped by the paragraph id in their
sent_id (`...p.N.s.M`), their `# text` lines joined with spaces. The text is piped to the
release binary as JSON Lines; nothing of the treebanks is written to disk.

    swift build -c release
    python3 Benchmarks/news_specificity.py [--binary .build/release/diepgang] [UD_DIR]

Exit 0 when the share is at least 98 %, 1 otherwise. Prints the paragraphs that fail.
"""
import argparse, collections, glob, json, os, re, subprocess, sys

def paragraphs(path):
    groups = collections.OrderedDict()
    sent_id = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text") and sent_id is not None:
            text = line.split("=", 1)[1].strip()
            m = re.match(r"(.*\.p\.\d+)\.s\.\d+$", sent_id)
            key = m.group(1) if m else sent_id
            groups.setdefault(key, []).append(text)
            sent_id = None
    return [(key, " ".join(texts)) for key, texts in groups.items()]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ud_dir", nargs="?", default=os.path.join(here, "..", "..", "shared", "ud"))
    ap.add_argument("--binary", default=os.path.join(here, "..", ".build", "release", "diepgang"))
    ap.add_argument("--quiet", action="store_true", help="do not list the paragraphs that fail")
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(args.ud_dir, "*-test.conllu")))
    if not files:
        sys.exit(f"no *-test.conllu files in {args.ud_dir}")
    paras = []
    for f in files:
        paras += [(os.path.basename(f) + ":" + k, t) for k, t in paragraphs(f)]
    lines = "".join(json.dumps({"id": k, "text": t}, ensure_ascii=False) + "\n" for k, t in paras)
    run = subprocess.run([args.binary, "analyse", "-", "--input-format", "jsonl", "--format", "jsonl"],
                         input=lines.encode("utf-8"), capture_output=True)
    if run.returncode != 0:
        sys.exit(f"diepgang failed ({run.returncode}): {run.stderr.decode()}")
    results = [json.loads(l) for l in run.stdout.decode("utf-8").splitlines()]
    assert len(results) == len(paras), (len(results), len(paras))
    ok = 0
    modes = collections.Counter()
    failures = []
    for (key, text), a in zip(paras, results):
        modes[a["mode"]] += 1
        if a["mode"] in ("beschrijvend", "te_kort") and a["depth"]["level"] <= 1:
            ok += 1
        else:
            failures.append((key, a["mode"], a["depth"]["level"], text))
    share = ok / len(paras)
    print(f"paragraphs: {len(paras)} from {', '.join(os.path.basename(f) for f in files)}")
    print("modes: " + ", ".join(f"{m} {n}" for m, n in modes.most_common()))
    print(f"beschrijvend or te_kort with depth <= 1: {ok}/{len(paras)} = {share:.4f} (required >= 0.98)")
    if not args.quiet:
        for key, mode, depth, text in failures:
            print(f"  {key}: {mode} {depth}: {text[:160]}")
    return 0 if share >= 0.98 else 1

if __name__ == "__main__":
    sys.exit(main())
