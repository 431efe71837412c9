#!/bin/sh
# The linguistic layer against a baseline binary: same output, and its cost.
#
#   Benchmarks/language_layer.sh BASELINE_BINARY [NEW_BINARY] [REPEAT]
#   CALLGRIND=1 Benchmarks/language_layer.sh …     (also instruction counts; needs valgrind)
#
# 1. Same output: `analyse --format jsonl` on Corpus/notes.jsonl, Corpus/holdout/*.jsonl and
#    Corpus/probes/notes.jsonl must be byte-identical for both binaries while no lexicon uses a
#    lemma element (`=blijven`); prints "identical" or the first differing file and exits 1.
# 2. Speed, layer off (the bundled lexicons): the texts of Corpus/notes.jsonl REPEAT times
#    (default 40), `analyse --format jsonl`, both binaries in interleaved rounds (best of 5), ratio.
# 3. Speed, layer on: the same with a copy of Lexicons/ (without language/, so each binary uses
#    its own built-in language data) plus one lemma entry, which makes every note go through
#    the layer.
# 4. Start-up of the layer: `annotate` of one sentence (loading the language data is nearly all
#    of it), best of 9, both binaries.
# With CALLGRIND=1: instructions of 4, and of the layer per note: `analyse` with the lemma
# lexicon on all 250 notes minus on one note, divided by 249 (callgrind counts instructions, so
# the figure does not move with the load of a shared machine).
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
# A lexicon folder whose one lemma entry switches the layer on.
mkdir "$TMP/lex"
for f in Lexicons/*; do [ "$(basename "$f")" = language ] || cp -r "$f" "$TMP/lex/"; done
printf '=blijven … denken | herhaling | piekeren | 1.5 | dim:focus\n' >> "$TMP/lex/piekeren.lex"
head -n 1 Corpus/notes.jsonl > "$TMP/one.jsonl"
printf 'Ik dacht er die avond nog lang over na.\n' > "$TMP/one.txt"
python3 - "$REPEAT" "$TMP/notes.jsonl" <<'PY'
import json, sys
repeat, out = int(sys.argv[1]), sys.argv[2]
rows = [json.loads(l) for l in open("Corpus/notes.jsonl", encoding="utf-8")]
with open(out, "w", encoding="utf-8") as f:
    for r in range(repeat):
        for row in rows:
            f.write(json.dumps({"id": f"{row['id']}-{r}", "text": row["text"]}, ensure_ascii=False) + "\n")
PY
python3 - "$BASE" "$NEW" "$TMP" <<'PY'
import subprocess, sys, time
base, new, tmp = sys.argv[1:4]
notes = f"{tmp}/notes.jsonl"
def timed(cmd, stdin=None):
    t = time.perf_counter()
    with open(stdin, "rb") if stdin else open("/dev/null", "rb") as inp:
        subprocess.run(cmd, stdin=inp, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t
def best(make, rounds):
    out = {base: 1e9, new: 1e9}
    for _ in range(rounds):
        for b in (base, new):
            out[b] = min(out[b], make(b))
    return out
count = sum(1 for _ in open(notes, encoding="utf-8"))
off = best(lambda b: timed([b, "analyse", "-", "--input-format", "jsonl", "--format", "jsonl"], notes), 5)
print(f"layer off, {count} notes: baseline {off[base]:.2f} s, new {off[new]:.2f} s, ratio {off[new] / off[base]:.3f}")
on = best(lambda b: timed([b, "analyse", "-", "--input-format", "jsonl", "--format", "jsonl", "--lexicons", f"{tmp}/lex"], notes), 5)
print(f"layer on,  {count} notes: baseline {on[base]:.2f} s, new {on[new]:.2f} s, ratio {on[new] / on[base]:.3f}")
for b, name in ((base, "baseline"), (new, "new")):
    print(f"  {name}: layer on / layer off = {on[b] / off[b]:.3f}")
start = best(lambda b: timed([b, "annotate", f"{tmp}/one.txt"]), 9)
print(f"start-up (annotate one sentence): baseline {1000 * start[base]:.0f} ms, new {1000 * start[new]:.0f} ms, ratio {start[new] / start[base]:.3f}")
PY
if [ "${CALLGRIND:-0}" = 1 ]; then
    python3 - "$BASE" "$NEW" "$TMP" <<'PY'
import re, subprocess, sys
base, new, tmp = sys.argv[1:4]
def instructions(cmd):
    r = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out", *cmd],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", r.stderr).group(1))
rows = {}
for b, name in ((base, "baseline"), (new, "new")):
    start = instructions([b, "annotate", f"{tmp}/one.txt"])
    lex = ["--input-format", "jsonl", "--format", "jsonl", "--lexicons", f"{tmp}/lex"]
    all_on = instructions([b, "analyse", "Corpus/notes.jsonl", *lex])
    one_on = instructions([b, "analyse", f"{tmp}/one.jsonl", *lex])
    all_off = instructions([b, "analyse", "Corpus/notes.jsonl", "--input-format", "jsonl", "--format", "jsonl"])
    one_off = instructions([b, "analyse", f"{tmp}/one.jsonl", "--input-format", "jsonl", "--format", "jsonl"])
    rows[name] = (start, (all_on - one_on) / 249, (all_off - one_off) / 249)
    print(f"callgrind {name}: start-up (annotate one sentence) {start / 1e6:.1f} M instructions; per note: "
          f"layer on {rows[name][1] / 1e3:.0f} k, layer off {rows[name][2] / 1e3:.0f} k, layer alone {(rows[name][1] - rows[name][2]) / 1e3:.0f} k")
b, n = rows["baseline"], rows["new"]
print(f"callgrind ratios new/baseline: start-up {n[0] / b[0]:.3f}, per note layer on {n[1] / b[1]:.3f}, "
      f"layer alone {(n[1] - n[2]) / (b[1] - b[2]):.3f}")
PY
fi
exit $status
