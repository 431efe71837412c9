#!/usr/bin/env bash
# Batch speed, side by side in one run: `diepgang bench` (release build; the whole batch
# pipeline: read, analyse, write JSON Lines) against a Python pipeline doing the same lexicon
# matching with spaCy's Dutch tokenizer (Benchmarks/batch_spacy.py), on the same generated
# corpus, on one core and on all cores. Prints notes/s and the ratios, and for every job count
# the scaling efficiency (speed-up over one job / jobs).
#
#   Benchmarks/batch.sh                          # 200,000 notes, jobs 1 and all cores
#   NOTES=20000 Benchmarks/batch.sh              # quicker
#   JOBS_LIST=1,2,4,8,16 SPACY=0 Benchmarks/batch.sh   # the scaling table on a big machine, without spaCy
#
# Needs python3 with spaCy (`pip install spacy`) on the measuring machine only — never in CI.
set -euo pipefail
cd "$(dirname "$0")/.."

NOTES="${NOTES:-200000}"
JOBS="${JOBS:-$(nproc)}"
JOBS_LIST="${JOBS_LIST:-1,$JOBS}"
SPACY="${SPACY:-1}"
SCRATCH="${SCRATCH:-.build}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

swift build -c release --scratch-path "$SCRATCH" --product diepgang >/dev/null
BIN="$SCRATCH/release/diepgang"
CORPUS="$WORK/bench.jsonl"

echo "== diepgang bench --notes $NOTES --jobs $JOBS_LIST (release)"
"$BIN" bench --notes "$NOTES" --jobs "$JOBS_LIST" --corpus-out "$CORPUS" --format json > "$WORK/swift.json"
cat "$WORK/swift.json"
python3 - "$WORK/swift.json" <<'EOF2'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"\n{r['notes']:,} notes, {r['cores']} cores")
print(f"{'jobs':>5} {'seconds':>9} {'notes/s':>10} {'speed-up':>9} {'efficiency':>11} {'writer GB/s':>12}")
for run in r["runs"]:
    print(f"{run['jobs']:>5} {run['seconds']:>9.2f} {run['notes_per_second']:>10,.0f} {run.get('speedup', 0):>8.2f}× {100 * run.get('efficiency', 0):>10.0f}% {run['writer_gb_per_second']:>12.2f}")
EOF2
[ "$SPACY" = 1 ] || exit 0

echo "== python3 Benchmarks/batch_spacy.py (spaCy $(python3 -c 'import spacy; print(spacy.__version__)'))"
python3 Benchmarks/batch_spacy.py "$CORPUS" --lexicons Lexicons --jobs 1 > "$WORK/py1.json"
cat "$WORK/py1.json"
if [ "$JOBS" -gt 1 ]; then
  python3 Benchmarks/batch_spacy.py "$CORPUS" --lexicons Lexicons --jobs "$JOBS" > "$WORK/pyN.json"
  cat "$WORK/pyN.json"
else
  cp "$WORK/py1.json" "$WORK/pyN.json"
fi

python3 - "$WORK/swift.json" "$WORK/py1.json" "$WORK/pyN.json" <<'EOF'
import json, sys
swift = json.load(open(sys.argv[1]))
py1, pyn = json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
runs = swift["runs"]
s1, sn = runs[0], runs[-1]
print()
print(f"{'':28}{'1 core':>14}{str(sn['jobs']) + ' jobs':>14}")
print(f"{'diepgang batch (notes/s)':28}{s1['notes_per_second']:>14,.0f}{sn['notes_per_second']:>14,.0f}")
print(f"{'spaCy + look-up (notes/s)':28}{py1['notes_per_second']:>14,.0f}{pyn['notes_per_second']:>14,.0f}")
print(f"{'ratio':28}{s1['notes_per_second'] / py1['notes_per_second']:>13.1f}×{sn['notes_per_second'] / pyn['notes_per_second']:>13.1f}×")
print()
print("per processor-second (steadier on a shared machine):")
print(f"{'diepgang batch':28}{s1['notes_per_cpu_second']:>14,.0f}{sn['notes_per_cpu_second']:>14,.0f}")
print(f"{'spaCy + look-up':28}{py1['notes_per_cpu_second']:>14,.0f}{pyn['notes_per_cpu_second']:>14,.0f}")
print(f"{'ratio':28}{s1['notes_per_cpu_second'] / py1['notes_per_cpu_second']:>13.1f}×{sn['notes_per_cpu_second'] / pyn['notes_per_cpu_second']:>13.1f}×")
EOF
