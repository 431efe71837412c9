#!/usr/bin/env bash
# The figures of issue 13, side by side with an older binary in one run (ratios, not absolute
# times: the machine is shared). Needs two diepgang binaries and their notes-bench builds.
#
# usage: Benchmarks/scale.sh OLD_DIEPGANG NEW_DIEPGANG OLD_NOTES_BENCH NEW_NOTES_BENCH [NOTES] [BIG]
#        (NOTES default 200000 for the speed runs; BIG default 1000000 for peak memory, 0 to skip)
set -euo pipefail
old=$1 new=$2 oldread=$3 newread=$4 notes=${5:-200000} big=${6:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores; $(uptime)"

"$new" bench --notes "$notes" --corpus-out "$work/notes.jsonl" --corpus-only 2>/dev/null
head -2000 "$work/notes.jsonl" > "$work/notes2k.jsonl"
mb=$(du -m "$work/notes.jsonl" | cut -f1)

echo "== input stage (read, cut, parse; no analysis), $notes notes, $mb MB of JSON Lines"
for round in 1 2; do
  "$oldread" "$work/notes.jsonl"
  "$newread" --jobs 1,2 "$work/notes.jsonl"
done

echo "== instructions on one core (valgrind --tool=callgrind; repeatable on a shared machine)"
if command -v valgrind >/dev/null; then
  for bin in "$old" "$new"; do
    for input in "$work/notes2k.jsonl"; do
      ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" batch "$input" --privacy off --jobs 1 -o "$work/cg.jsonl" 2>&1 | awk '/refs/ {gsub(",", "", $4); print $4}')
      echo "$bin batch 2,000 notes --jobs 1: $ir instructions"
    done
  done
fi

echo "== batch, $notes notes, jobs 1 and 2, interleaved (wall and processor seconds)"
for round in 1 2; do
  for bin in "$old" "$new"; do
    for jobs in 1 2; do
      /usr/bin/time -f "$bin jobs $jobs: %e s wall, %U+%S s cpu, %M KB peak" \
        "$bin" batch "$work/notes.jsonl" --privacy off --jobs "$jobs" -o "$work/out.jsonl" 2>&1 | grep -v gelezen
    done
  done
done

echo "== diepgang bench (new): notes/s per job count, efficiency, ordered writer to /dev/null"
"$new" bench --notes "$notes" --jobs 1,2

if [ "$big" -gt 0 ]; then
  echo "== peak memory, $big notes"
  "$new" bench --notes "$big" --corpus-out "$work/big.jsonl" --corpus-only 2>/dev/null
  for jobs in 1 2; do
    /usr/bin/time -f "new jobs $jobs: %e s wall, %M KB peak RSS" "$new" batch "$work/big.jsonl" --privacy off --jobs "$jobs" -o "$work/big.out.jsonl" 2>&1 | grep -v gelezen
  done
fi
