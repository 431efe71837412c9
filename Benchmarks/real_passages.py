#!/usr/bin/env python3
"""The tool against two annotators on real public Dutch writing that nobody on the project wrote.

usage:
  python3 Benchmarks/real_passages.py PASSAGES.jsonl --bin .build/release/diepgang [--part blind|dev|dev2|dev3|fresh|fresh2|fresh3|all|dev+dev2…]
  python3 Benchmarks/real_passages.py PASSAGES.jsonl --part dev+dev2 --write-labelled OUT.jsonl

The passages themselves are third-party text and are not in the repository. What is here
(`Benchmarks/realtext/`): for each passage its page address, register, word count and the
SHA-256 of the exact text (`sources.tsv`, with the part it belongs to), and the labels of two
annotators who labelled independently by `Corpus/ANNOTATION.md` before the tool was run
(`labels-a.jsonl`, `labels-b.jsonl`; the why-questions without their sentences). Whoever rebuilds
PASSAGES.jsonl ({"id", "text"} per line) from the pages can check each text by its hash and rerun
the figures: the script skips any passage whose hash differs, runs `BIN analyse --format jsonl` on
the texts of the chosen part and prints `Benchmarks/agreement.py`'s table for mode, depth and
phases (why-questions are left out: their sentences are not in the repository).

`dev` is the half that rules may be tuned on; `blind` is measured, never read; `fresh` (30 passages
from other pages, collected and labelled on 2026-12-05 after the third round's rules were chosen) is
measured once, as a check on writing the rules have never met. `--write-labelled` writes the chosen
part's texts with annotator A's labels as `gold` (the training input of `diepgang train-mode`,
`Benchmarks/train_mode.sh`); it runs no tool.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile

PARTS = ["dev", "dev2", "dev3", "blind", "fresh", "fresh2", "fresh3"]
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "realtext")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("passages")
    ap.add_argument("--bin")
    ap.add_argument("--part", default="blind",
                    help="all, or one or more of " + ", ".join(PARTS) + " joined by '+' (dev+dev2)")
    ap.add_argument("--write-labelled", metavar="OUT")
    args = ap.parse_args()
    if not args.bin and not args.write_labelled:
        ap.error("--bin is required (or --write-labelled)")
    wanted = set(args.part.split("+"))
    if args.part != "all" and not wanted <= set(PARTS):
        ap.error(f"unknown part in '{args.part}': the parts are {', '.join(PARTS)}")

    sources = {}
    with open(os.path.join(HERE, "sources.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            pid, part, _register, _words, sha, _url = line.rstrip("\n").split("\t")
            sources[pid] = (part, sha)

    texts, skipped = {}, []
    with open(args.passages, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            pid, text = rec["id"], rec["text"]
            if pid not in sources:
                continue
            part, sha = sources[pid]
            if args.part != "all" and part not in wanted:
                continue
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != sha:
                skipped.append(pid)
                continue
            texts[pid] = text
    if skipped:
        print(f"skipped (text differs from the labelled one): {', '.join(skipped)}", file=sys.stderr)
    if not texts:
        sys.exit("no passage of this part matches its hash")
    if args.write_labelled:
        with open(os.path.join(HERE, "labels-a.jsonl"), encoding="utf-8") as src, open(args.write_labelled, "w", encoding="utf-8") as dst:
            for line in src:
                rec = json.loads(line)
                if rec["id"] in texts:
                    rec["gold"]["why"] = []
                    dst.write(json.dumps({"id": rec["id"], "text": texts[rec["id"]], "gold": rec["gold"]}, ensure_ascii=False) + "\n")
        print(f"{args.write_labelled}: {len(texts)} passages ({args.part}) with annotator A's labels", file=sys.stderr)
        return

    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "texts.jsonl")
        with open(source, "w", encoding="utf-8") as f:
            for pid, text in texts.items():
                f.write(json.dumps({"id": pid, "text": text}, ensure_ascii=False) + "\n")
        analysed = subprocess.run([args.bin, "analyse", "--format", "jsonl", source],
                                  check=True, capture_output=True, text=True).stdout
        tool = os.path.join(work, "tool.jsonl")
        with open(tool, "w", encoding="utf-8") as f:
            for line in analysed.splitlines():
                rec = json.loads(line)
                rec["why_questions"] = []
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        labels = []
        for name in ("a", "b"):
            path = os.path.join(work, f"labels-{name}.jsonl")
            with open(os.path.join(HERE, f"labels-{name}.jsonl"), encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
                for line in src:
                    rec = json.loads(line)
                    if rec["id"] in texts:
                        rec["gold"]["why"] = []
                        dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
            labels.append(path)
        print(f"{len(texts)} passages ({args.part}); why-questions not compared", flush=True)
        subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "agreement.py"),
                        labels[0], labels[1], "--tool", tool, "--names", "A,B", "--by", "register"], check=True)
        print_calibration([json.loads(line) for line in analysed.splitlines()], labels)


def print_calibration(analyses, label_files, edges=(0, 0.5, 0.7, 0.9)):
    """Do confidence.mode and confidence.depth mean what they say? Per band of the reported
    confidence: how many passages, their mean confidence and the share right (the mode: the best
    reading, the first alternative when onzeker, is the annotator's; the depth: the level is); the
    expected calibration error (the bands' gaps between mean confidence and share right, weighted
    by size) and the Brier score."""
    for name, path in zip("AB", label_files):
        with open(path, encoding="utf-8") as f:
            gold = {r["id"]: r["gold"] for r in map(json.loads, f)}
        for what in ("mode", "depth"):
            bands = [[0, 0, 0.0] for _ in edges]
            brier = 0.0
            for a in analyses:
                if a["id"] not in gold or a["mode"] == "te_kort":
                    continue
                if what == "mode":
                    best = a["alternatives"][0] if a["mode"] == "onzeker" and a["alternatives"] else a["mode"]
                    right = best == gold[a["id"]]["mode"]
                else:
                    right = a["depth"]["level"] == gold[a["id"]]["depth"]
                c = a["confidence"][what]
                b = max(k for k, e in enumerate(edges) if e <= c)
                bands[b][0] += 1
                bands[b][1] += right
                bands[b][2] += c
                brier += (c - right) ** 2
            n = sum(band[0] for band in bands)
            if not n:
                continue
            ece = sum(abs(k / m - s / m) * m / n for m, k, s in bands if m)
            shown = "; ".join(f"{lo:.1f}-{(edges + (1,))[i + 1]:.1f}: n {m}, confidence {s / m:.2f}, right {k / m:.2f}"
                              for i, (lo, (m, k, s)) in enumerate(zip(edges, bands)) if m)
            print(f"confidence.{what} vs {name} (n {n}): expected calibration error {ece:.3f}, Brier {brier / n:.3f} | {shown}")


if __name__ == "__main__":
    main()
