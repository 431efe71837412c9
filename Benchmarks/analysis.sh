#!/bin/sh
# Speed of the whole analysis against spaCy's Dutch tokenizer alone, on the same notes, in one run.
#
#   Benchmarks/analysis.sh [REPEAT]        (default 40: the bundled corpus 40 times, ~10,000 notes)
#
# Builds the release binary, writes the texts of Corpus/notes.jsonl REPEAT times to a temporary
# JSON Lines file, then times (wall clock, ROUNDS interleaved rounds, default 5, best of each):
#   1. diepgang analyse FILE --format jsonl > /dev/null   (read, tokenise, match, score, write JSON)
#   2. spaCy: spacy.blank("nl").tokenizer over the same texts (tokenisation only, nothing written)
# and prints notes per second for both and the ratio. Needs `pip install spacy` (this machine only,
# never in CI). Set SCRATCH to choose the build folder (default .build). Set OLD to another diepgang
# binary (e.g. a copy of the last release) to time it in the same interleaved rounds: its ratio to
# spaCy and the new/old speed-up are printed as well.
set -eu
cd "$(dirname "$0")/.."
REPEAT="${1:-40}"
SCRATCH="${SCRATCH:-.build}"
swift build -c release --scratch-path "$SCRATCH" --product diepgang >/dev/null
BIN="$SCRATCH/release/diepgang"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
python3 - "$REPEAT" "$TMP/notes.jsonl" <<'PY'
import json, sys
repeat, out = int(sys.argv[1]), sys.argv[2]
rows = [json.loads(l) for l in open("Corpus/notes.jsonl", encoding="utf-8")]
with open(out, "w", encoding="utf-8") as f:
    for r in range(repeat):
        for row in rows:
            f.write(json.dumps({"id": f"{row['id']}-{r}", "text": row["text"]}, ensure_ascii=False) + "\n")
PY
python3 - "$BIN" "$TMP/notes.jsonl" "${OLD:-}" <<'PY'
import json, os, subprocess, sys, time
binary, path, old = sys.argv[1], sys.argv[2], sys.argv[3]
texts = [json.loads(l)["text"] for l in open(path, encoding="utf-8")]
words = sum(len(t.split()) for t in texts)
def timed(f):
    t = time.perf_counter(); f(); return time.perf_counter() - t
def run(b):
    with open(path, "rb") as inp:
        subprocess.run([b, "analyse", "-", "--input-format", "jsonl", "--format", "jsonl"],
                       stdin=inp, stdout=subprocess.DEVNULL, check=True)
def diepgang(): run(binary)
import spacy
nlp = spacy.blank("nl")
def spacy_tokenizer():
    n = 0
    for doc in nlp.tokenizer.pipe(texts, batch_size=1000):
        n += len(doc)
    return n
# Interleaved rounds, so that a shared machine slowing down or speeding up (steal time) hits both
# sides alike; each side's best round counts, and every round's ratio is shown.
rounds = int(os.environ.get("ROUNDS", "5"))
ds, ss, os_ = [], [], []
for _ in range(rounds):
    ds.append(timed(diepgang)); ss.append(timed(spacy_tokenizer))
    if old: os_.append(timed(lambda: run(old)))
d, s = min(ds), min(ss)
print(f"notes: {len(texts)}, words: {words}, rounds: {rounds}")
print(f"diepgang analyse (whole analysis, release): {d:.3f} s  {len(texts)/d:,.0f} notes/s")
print(f"spaCy {spacy.__version__} blank('nl') tokenizer only:   {s:.3f} s  {len(texts)/s:,.0f} notes/s")
print("ratio per round: " + ", ".join(f"{b/a:.1f}x" for a, b in zip(ds, ss)))
print(f"ratio: diepgang is {s/d:.1f}x faster than spaCy's tokenizer alone (required >= 5x)")
if old:
    o = min(os_)
    print(f"old binary {old}: {o:.3f} s  {len(texts)/o:,.0f} notes/s, {s/o:.1f}x spaCy's tokenizer")
    print("new/old speed-up per round: " + ", ".join(f"{b/a:.2f}x" for a, b in zip(ds, os_)))
    print(f"new/old speed-up (best rounds): {o/d:.2f}x")
PY
