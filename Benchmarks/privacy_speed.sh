#!/bin/sh
# Speed of `diepgang privacy` side by side: two builds on the same corpus in one run, as a ratio.
# The corpus repeats the planted and name-free sets of Corpus/privacy/ (about 20 MB of JSON Lines).
# usage: Benchmarks/privacy_speed.sh OLD_BINARY NEW_BINARY [REPEATS]
set -eu
old=$1; new=$2; reps=${3:-400}
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$here/Corpus/privacy" "$tmp/corpus.jsonl" "$reps" <<'PY'
import json, re, sys
src, out, reps = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = []
for name in ("dev.txt", "blind.txt", "namefree.txt"):
    for l in open(f"{src}/{name}", encoding="utf-8"):
        if l.strip() and not l.startswith("#"):
            lines.append(re.sub(r"\{\{[a-z:]+\|([^}]*)\}\}", r"\1", l.strip()))
with open(out, "w", encoding="utf-8") as f:
    for r in range(reps):
        for i, t in enumerate(lines):
            f.write(json.dumps({"id": f"{r}-{i}", "text": t}, ensure_ascii=False) + "\n")
PY
size=$(wc -c < "$tmp/corpus.jsonl")
t() { s=$(date +%s.%N); "$1" privacy "$tmp/corpus.jsonl" --format jsonl > /dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
t "$old" > /dev/null  # warm the file cache
a=$(t "$old"); b=$(t "$new"); a2=$(t "$old"); b2=$(t "$new")
echo "corpus: $size bytes"
echo "old: $a s, $a2 s; new: $b s, $b2 s"
echo "new/old time ratio: $(echo "scale=2; ($b + $b2) / ($a + $a2)" | bc)"
