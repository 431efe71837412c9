#!/usr/bin/env bash
# Byte-identical output check: two diepgang binaries (e.g. the last release and a new build) on
# the bundled Corpus files, on a generated corpus (also as CSV with multi-line quoted cells, CRLF,
# a byte-order mark, bad records and duplicate ids) and on a folder of .txt notes, for
# `batch` (jsonl and csv, with the errors file) and `analyse --format jsonl|csv`, for every --jobs.
#
# usage: Benchmarks/same_output.sh OLD_BINARY NEW_BINARY [NOTES]     (default 3000 notes)
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 notes=${3:-3000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$new" bench --notes "$notes" --corpus-out "$work/gen.jsonl" --corpus-only 2>/dev/null
python3 - "$work" <<'PY'
import json, sys, os, csv
work = sys.argv[1]
recs = [json.loads(l) for l in open(f"{work}/gen.jsonl", encoding="utf-8")]
# JSON Lines with trouble in later blocks: a broken line, a bad date, a duplicate id, blank lines, CRLF, no final newline.
with open(f"{work}/bad.jsonl", "w", encoding="utf-8", newline="") as f:
    f.write("\ufeff")
    for i, r in enumerate(recs):
        end = "\r\n" if i % 7 == 0 else "\n"
        f.write(json.dumps(r, ensure_ascii=(i % 2 == 0)) + end)
        if i % 997 == 500: f.write('{"id": "kapot-%d", "text": "Niet afgesloten\n' % i)
        if i % 1201 == 600: f.write(json.dumps({"id": f"datum-{i}", "date": "31-02-2025", "text": "Vandaag ging het goed."}) + "\n")
        if i % 1500 == 700: f.write(json.dumps(recs[i // 2]) + "\n\n   \n")
    f.write(json.dumps({"id": "laatste", "text": "Zonder regeleinde aan het eind."}))
# CSV with ; as Dutch Excel writes, multi-line quoted cells, doubled quotes, a BOM and CRLF.
with open(f"{work}/notes.csv", "w", encoding="utf-8", newline="") as f:
    f.write("\ufeff")
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    w.writerow(["id", "team", "author", "date", "text", "bron"])
    for i, r in enumerate(recs):
        text = r["text"] if i % 3 else r["text"].replace(". ", '.\n"Ja," zei ik. ', 2)
        w.writerow([r["id"], r["team"], r["author"], r["date"], text, f"export {i % 5}"])
        if i % 1300 == 650: f.write('kapot-%d;team;a;2025-01-01;"nooit gesloten;x\r\n' % i)
    f.write('tail;t;a;2025-02-02;"open tot het eind\nen verder')
# A folder of .txt notes with front matter.
os.makedirs(f"{work}/verslagen/sub", exist_ok=True)
for i, r in enumerate(recs[:300]):
    d = f"{work}/verslagen" + ("/sub" if i % 4 == 0 else "")
    with open(f"{d}/v{i:04d}.txt", "w", encoding="utf-8") as f:
        f.write(f"---\nteam: {r['team']}\ndate: {r['date']}\n---\n{r['text']}\n")
PY

inputs=(Corpus/*.jsonl "$work/gen.jsonl" "$work/bad.jsonl" "$work/notes.csv" "$work/verslagen")
fail=0 checks=0
# MASK_LEXICON_VERSION=1: the two lexicon fingerprints are masked (a change that moves numbers
# into Lexicons/weights.txt, which the fingerprint covers, and should change nothing else).
mask=""
if [ "${MASK_LEXICON_VERSION:-0}" = 1 ]; then
  version() { "$1" lexicon list --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["lexicon_version"])'; }
  mask="s/$(version "$old")/LEXICON_VERSION/g; s/$(version "$new")/LEXICON_VERSION/g"
fi
same() {  # label file-a file-b
  checks=$((checks + 1))
  [ -n "$mask" ] && sed -i "$mask" "$2" "$3"
  if ! cmp -s "$2" "$3"; then echo "DIFFERENT: $1"; cmp "$2" "$3" | head -2 || true; fail=1; fi
}
for input in "${inputs[@]}" multi; do
  args=("$input"); [ "$input" = multi ] && args=(Corpus/*.jsonl "$work/notes.csv" "$work/verslagen" "$work/bad.jsonl")
  label=$(basename "$input")
  for fmt in jsonl csv; do
    "$old" batch "${args[@]}" --privacy off --format "$fmt" --jobs 1 -o "$work/old.$fmt" --errors "$work/old.err" 2>/dev/null || true
    "$old" analyse "${args[@]}" --format "$fmt" --jobs 1 > "$work/old-a.$fmt" 2>"$work/old-a.err" || true
    for jobs in 1 2 3 4; do
      "$new" batch "${args[@]}" --privacy off --format "$fmt" --jobs "$jobs" -o "$work/new.$fmt" --errors "$work/new.err" 2>/dev/null || true
      same "batch $label $fmt jobs $jobs" "$work/old.$fmt" "$work/new.$fmt"
      same "batch errors $label $fmt jobs $jobs" "$work/old.err" "$work/new.err"
      "$new" analyse "${args[@]}" --format "$fmt" --jobs "$jobs" > "$work/new-a.$fmt" 2>"$work/new-a.err" || true
      same "analyse $label $fmt jobs $jobs" "$work/old-a.$fmt" "$work/new-a.$fmt"
      same "analyse stderr $label $fmt jobs $jobs" "$work/old-a.err" "$work/new-a.err"
    done
  done
done
# stdin, as the Spark recipe pipes it
for jobs in 1 2; do
  "$old" analyse --input-format jsonl --format jsonl --jobs 1 - < "$work/bad.jsonl" > "$work/old-s.jsonl" 2>/dev/null || true
  "$new" analyse --input-format jsonl --format jsonl --jobs "$jobs" - < "$work/bad.jsonl" > "$work/new-s.jsonl" 2>/dev/null || true
  same "analyse stdin jobs $jobs" "$work/old-s.jsonl" "$work/new-s.jsonl"
done
echo "$checks comparisons, $( [ $fail = 0 ] && echo 'all identical' || echo 'DIFFERENCES FOUND')"
exit $fail
