#!/usr/bin/env bash
# One core, side by side in one run: `batch --jobs 1 --privacy off` of the same generated bench
# corpus by two release binaries, rounds interleaved (old, new, old, new …), so that the state of
# the machine falls on both alike. Prints every round and the median times and their ratio.
#
#   Benchmarks/one_core.sh OLD_BINARY NEW_BINARY [NOTES] [ROUNDS]     # defaults: 50000 notes, 7 rounds
#
# Output goes to stdout, redirected to /dev/null (never `-o /dev/null`: binaries before 7a71862
# renamed a temporary file over the path and so replaced the device with a plain file).
set -euo pipefail
OLD="$1"; NEW="$2"; NOTES="${3:-50000}"; ROUNDS="${4:-7}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$NEW" bench --notes "$NOTES" --corpus-out "$WORK/bench.jsonl" --corpus-only >/dev/null 2>&1
run() { # binary → seconds (wall) of one batch run
  local start end
  start=$(date +%s.%N)
  "$1" batch "$WORK/bench.jsonl" --jobs 1 --privacy off --errors "$WORK/errors.jsonl" -o - >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
run "$OLD" >/dev/null; run "$NEW" >/dev/null   # warm the page cache and both binaries
: > "$WORK/old"; : > "$WORK/new"
for i in $(seq "$ROUNDS"); do
  o=$(run "$OLD"); n=$(run "$NEW")
  echo "$o" >> "$WORK/old"; echo "$n" >> "$WORK/new"
  printf 'round %d: old %.3f s, new %.3f s, ratio %.3f\n' "$i" "$o" "$n" "$(echo "$o / $n" | bc -l)"
done
python3 - "$WORK/old" "$WORK/new" "$NOTES" <<'PY'
import statistics, sys
old = [float(x) for x in open(sys.argv[1])]; new = [float(x) for x in open(sys.argv[2])]; notes = int(sys.argv[3])
mo, mn = statistics.median(old), statistics.median(new)
print(f"{notes:,} notes, {len(old)} rounds: old median {mo:.3f} s ({notes / mo:,.0f} notes/s), "
      f"new median {mn:.3f} s ({notes / mn:,.0f} notes/s): new is {mo / mn:.2f}x old "
      f"(per-round ratios {min(o / n for o, n in zip(old, new)):.2f}-{max(o / n for o, n in zip(old, new)):.2f})")
PY
