#!/usr/bin/env bash
# Peak memory of `batch` on the two inputs of issue 15: one note of 1 GiB (rejected unread, with its
# line) followed by a short one, and ten million short notes with distinct ids (duplicate check
# included). Prints the peak RSS (`/usr/bin/time -v`) and the summary line of each run.
#
# usage: Benchmarks/memory.sh [BINARY] [NOTES]      (defaults: .build/release/diepgang, 10000000)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/diepgang} notes=${2:-10000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$notes" <<'PY'
import sys
work, n = sys.argv[1], int(sys.argv[2])
sentence = b"Ik bleef maar denken aan het gesprek met de bewoner en waarom ik zo reageerde. "
with open(f"{work}/giant.jsonl", "wb") as f:
    f.write(b'{"id":"reus","team":"Oost","date":"2025-03-01","text":"')
    block = sentence * 10000
    written = 0
    while written < 1 << 30:
        f.write(block); written += len(block)
    f.write(b'"}\n{"id":"klein","team":"Oost","date":"2025-03-02","text":"Waarom reageerde ik zo fel?"}\n')
texts = ["Rustige dienst.", "Ik twijfelde.", "Goed gesprek gehad.", "Waarom deed ik dat?"]
with open(f"{work}/many.jsonl", "w") as f:
    for i in range(n):
        f.write('{"id":"n%d","text":"%s"}\n' % (i, texts[i % 4]))
PY

for input in giant many; do
  for jobs in 1 2; do
    /usr/bin/time -v "$bin" batch "$work/$input.jsonl" --out "$work/out.jsonl" --privacy off --jobs "$jobs" \
      2> "$work/time.txt" || true
    rss=$(grep "Maximum resident" "$work/time.txt" | awk '{print $NF}')
    summary=$(grep -E "gelezen|read " "$work/time.txt" | tail -1)
    echo "$input jobs=$jobs peak_rss_mb=$((rss / 1024)) | $summary"
  done
done
