#!/bin/sh
# The linguistic layer against a baseline binary built before it: same output, and its cost.
#
#   Benchmarks/language_layer.sh BASELINE_BINARY [NEW_BINARY] [REPEAT]
#
# 1. Same output: `analyse --format jsonl` on Corpus/notes.jsonl, Corpus/holdout/*.jsonl and
#    Corpus/probes/notes.jsonl must be byte-identical for both binaries while no lexicon uses a
#    lemma element (`=blijven`); prints "identical" or the first differing file and exits 1.
# 2. Speed: the texts of Corpus/notes.jsonl REPEAT times (default 40), `analyse --format jsonl`
#    timed for both binaries in interleaved rounds (best of 5), and the ratio new/baseline.
# Build both with `swift build -c release` (copy the baseline's .build/release/diepgang away first).
set -eu
cd "$(dirname "$0")/.."
BASE="$1"
NEW="${2:-.build/release/diepgang}"
REPEAT="${3:-40}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
status=0
for f in Corpus/notes.jsonl Corpus/holdout/*.jsonl Corpus/probes/notes.jsonl; do
    "$BASE" analyse "$f" --input-format jsonl --format jsonl > "$TMP/base.jsonl" 2>/dev/null || true
    "$NEW" analyse "$f" --input-format jsonl --format jsonl > "$TMP/new.jsonl" 2>/dev/null || true
    if cmp -s "$TMP/base.jsonl" "$TMP/new.jsonl"; then
        echo "identical  $f ($(wc -l < "$TMP/new.jsonl") lines)"
    else
        echo "DIFFERENT  $f"; status=1
    fi
done
python3 - "$REPEAT" "$TMP/notes.jsonl" <<'PY'
import json, sys
repeat, out = int(sys.argv[1]), sys.argv[2]
rows = [json.loads(l) for l in open("Corpus/notes.jsonl", encoding="utf-8")]
with open(out, "w", encoding="utf-8") as f:
    for r in range(repeat):
        for row in rows:
            f.write(json.dumps({"id": f"{row['id']}-{r}", "text": row["text"]}, ensure_ascii=False) + "\n")
PY
python3 - "$BASE" "$NEW" "$TMP/notes.jsonl" <<'PY'
import subprocess, sys, time
base, new, path = sys.argv[1:4]
def run(binary):
    t = time.perf_counter()
    with open(path, "rb") as inp:
        subprocess.run([binary, "analyse", "-", "--input-format", "jsonl", "--format", "jsonl"],
                       stdin=inp, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t
best = {base: 1e9, new: 1e9}
for _ in range(5):
    for b in (base, new):
        best[b] = min(best[b], run(b))
notes = sum(1 for _ in open(path, encoding="utf-8"))
print(f"{notes} notes: baseline {best[base]:.2f} s, with the language layer {best[new]:.2f} s, ratio {best[new] / best[base]:.3f}")
PY
exit $status
