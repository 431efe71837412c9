#!/usr/bin/env bash
# Every output format of two diepgang binaries, side by side, on the bundled corpus files:
# Corpus/notes.jsonl, every Corpus/holdout/*.jsonl and Corpus/probes/notes.jsonl.
# Covers analyse (text, html, json, jsonl, csv; nl and en), batch (jsonl, csv), trends (text,
# csv, json, html), tokenize (vertical, conllu, json), privacy (text, json, jsonl) and evaluate
# (text, json). Prints one line per difference and a count; exit 1 if anything differs.
#
# With MASK_LEXICON_VERSION=1 the two binaries' lexicon_version fingerprints are masked: for a
# change that moves numbers into Lexicons/weights.txt (which the fingerprint covers) and should
# change nothing else.
#
# usage: [MASK_LEXICON_VERSION=1] Benchmarks/same_formats.sh OLD_BINARY NEW_BINARY
set -uo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=(Corpus/notes.jsonl Corpus/holdout/*.jsonl Corpus/probes/notes.jsonl)
runs=0 diffs=0

# The trend report's footer says when it was made (to the minute); that alone may differ.
stamp='s/[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\} [0-9]\{2\}:[0-9]\{2\}/YYYY-MM-DD HH:MM/g'
if [ "${MASK_LEXICON_VERSION:-0}" = 1 ]; then
  version() { "$1" lexicon list --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["lexicon_version"])'; }
  stamp="$stamp; s/$(version "$old")/LEXICON_VERSION/g; s/$(version "$new")/LEXICON_VERSION/g"
fi
mask() { sed -i "$stamp" "$@"; }

# run NAME ARGS…: both binaries with the same arguments; stdout, stderr and exit code compared.
compare() {
  local name=$1; shift
  "$old" "$@" >"$work/old.out" 2>"$work/old.err"; echo $? >>"$work/old.out"
  "$new" "$@" >"$work/new.out" 2>"$work/new.err"; echo $? >>"$work/new.out"
  mask "$work/old.out" "$work/old.err" "$work/new.out" "$work/new.err"
  runs=$((runs + 1))
  if ! cmp -s "$work/old.out" "$work/new.out" || ! cmp -s "$work/old.err" "$work/new.err"; then
    diffs=$((diffs + 1)); echo "DIFFERS: $name ($*)"
  fi
}

for f in "${files[@]}"; do
  for lang in nl en; do
    for fmt in text html json jsonl csv; do
      compare "analyse $fmt $lang $f" analyse --lang "$lang" --format "$fmt" --jobs 2 "$f"
    done
    for fmt in text csv json html; do
      compare "trends $fmt $lang $f" trends --lang "$lang" --format "$fmt" --min-notes 2 --min-authors 1 --jobs 2 "$f"
    done
    for fmt in text json; do
      compare "evaluate $fmt $lang $f" evaluate --lang "$lang" --format "$fmt" --split all "$f"
      compare "privacy $fmt $lang $f" privacy --lang "$lang" --format "$fmt" "$f"
    done
    compare "privacy jsonl $lang $f" privacy --lang "$lang" --format jsonl "$f"
  done
  for fmt in jsonl csv; do
    for jobs in 1 2; do
      "$old" batch --format "$fmt" --jobs "$jobs" --privacy off --out "$work/o.$fmt" --errors "$work/o.err" "$f" >/dev/null 2>&1
      "$new" batch --format "$fmt" --jobs "$jobs" --privacy off --out "$work/n.$fmt" --errors "$work/n.err" "$f" >/dev/null 2>&1
      runs=$((runs + 1))
      mask "$work/o.$fmt" "$work/n.$fmt"
      cmp -s "$work/o.$fmt" "$work/n.$fmt" || { diffs=$((diffs + 1)); echo "DIFFERS: batch $fmt jobs $jobs $f"; }
      rm -f "$work"/o.* "$work"/n.*
    done
  done
  python3 -c 'import json,sys,itertools
lines = (l.strip() for l in open(sys.argv[1], encoding="utf-8"))
for l in itertools.islice((l for l in lines if l), 40): print(json.loads(l).get("text", "").replace("\n", " "))' "$f" >"$work/texts.txt"
  for fmt in vertical conllu json; do
    compare "tokenize $fmt $f" tokenize --format "$fmt" "$work/texts.txt"
  done
done
echo "$runs comparisons, $diffs differ"
[ "$diffs" -eq 0 ]
