#!/usr/bin/env bash
# Speed of `diepgang tokenize` against spaCy's Dutch tokenizer (and ucto, wc -w), side by side,
# on about 9 MB of Dutch: the `# text` lines of the four UD Dutch files, twenty times.
#
#   Benchmarks/tokenizer.sh            # from the repository root
#   UD_DIR=/path/to/ud RUNS=7 UCTO=0 SCRATCH=/tmp/build Benchmarks/tokenizer.sh
#
# Needs: swift, python3 with spaCy (`pip install spacy`) for the comparison; ucto is timed when
# installed (`apt-get install ucto`; it is slow: a minute or more; UCTO=0 skips it). Never run
# in CI.
# Times are wall-clock seconds, best of RUNS (ours is timed before and after spaCy, so a busy
# moment on a shared machine does not decide the ratio). Ours is the whole command (start-up,
# reading, tokenising on up to two threads, sentence splitting, writing the vertical format to
# /dev/null); spaCy's is only `nlp.tokenizer` over the lines, without importing spaCy or
# reading the file.
set -euo pipefail
cd "$(dirname "$0")/.."
UD_DIR="${UD_DIR:-../shared/ud}"
RUNS="${RUNS:-5}"
SCRATCH="${SCRATCH:-.build}"
DATA=Benchmarks/data
INPUT="$DATA/nl-ud-x20.txt"
mkdir -p "$DATA"

if [ ! -s "$INPUT" ]; then
    shopt -s nullglob
    files=("$UD_DIR"/*.conllu)
    if [ ${#files[@]} -eq 0 ]; then echo "no UD .conllu files in $UD_DIR (set UD_DIR)" >&2; exit 66; fi
    for _ in $(seq 20); do
        for f in "${files[@]}"; do sed -n 's/^# text = //p' "$f"; done
    done > "$INPUT"
fi
echo "input: $INPUT ($(wc -c < "$INPUT") bytes, $(wc -l < "$INPUT") lines)"

swift build -c release --scratch-path "$SCRATCH" --product diepgang >&2
BIN="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/diepgang"

python3 - "$BIN" "$INPUT" "$RUNS" <<'PY'
import os, shutil, subprocess, sys, time
bin_, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])

def best(cmd):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return min(times)

results = {}
ours_before = best([bin_, "tokenize", path])
results["diepgang tokenize"] = ours_before
results["wc -w"] = best(["wc", "-w", path])
try:
    import spacy
    nlp = spacy.blank("nl")
    lines = [l for l in open(path, encoding="utf-8").read().split("\n") if l]
    times = []
    for _ in range(min(runs, 3)):
        t0 = time.perf_counter()
        for line in lines:
            nlp.tokenizer(line)
        times.append(time.perf_counter() - t0)
    results[f"spaCy {spacy.__version__} tokenizer (nl)"] = min(times)
except ImportError:
    print("spaCy not installed: pip install spacy", file=sys.stderr)
if shutil.which("ucto") and os.environ.get("UCTO", "1") != "0":
    t0 = time.perf_counter()
    subprocess.run(["ucto", "-L", "nld", "-n", path, "/dev/null"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    results["ucto (nld, one run)"] = time.perf_counter() - t0

results["diepgang tokenize"] = ours = min(ours_before, best([bin_, "tokenize", path]))
width = max(len(k) for k in results)
for name, secs in results.items():
    ratio = secs / ours
    note = "" if name.startswith("diepgang") else f"  {ratio:6.1f}× diepgang's time"
    print(f"{name:<{width}}  {secs:8.3f} s{note}")
PY
