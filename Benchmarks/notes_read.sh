#!/usr/bin/env bash
# Reading speed of the note reader (DiepgangNotes) on a generated JSON Lines corpus, side by side
# with Python's json module reading the same file line by line (the usual peer), in one run.
# The input stage of a batch (file cut into blocks at record boundaries, parsed by N threads, notes
# handed over in input order) for each job count in JOBS (default 1,2), and one reader on one
# thread as before (--single).
#
# usage: Benchmarks/notes_read.sh [NOTES] [SCRATCH]     (default 1000000 notes, /tmp/build-notes-rel)
set -euo pipefail
cd "$(dirname "$0")/.."
notes=${1:-1000000}
scratch=${2:-/tmp/build-notes-rel}
corpus=$(mktemp /tmp/diepgang-read-XXXXXX.jsonl)
csv=${corpus%.jsonl}.csv
trap 'rm -f "$corpus" "$csv"' EXIT

python3 - "$notes" "$corpus" "$csv" <<'PY'
import json, random, sys, csv
n, path, csvpath = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = random.Random(7)
words = ("ik wilde vandaag het gesprek met de cliënt rustig voeren maar hij reageerde heftig op de verandering "
         "van het rooster waarom gebeurde dat volgende keer bereid ik het beter voor omdat de drukte op de groep "
         "meespeelde en ook de ouders \"boos\" waren ‘s avonds – € 5").split()
with open(path, "w", encoding="utf-8") as f, open(csvpath, "w", encoding="utf-8", newline="") as c:
    w = csv.writer(c, delimiter=";")
    w.writerow(["id", "team", "author", "date", "text"])
    for i in range(n):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(40, 160))) + "."
        rec = {"id": f"n{i}", "team": f"team-{i % 17}", "author": f"a{i % 301}", "date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
               "text": text, "gold": {"depth": i % 5}}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        w.writerow([rec["id"], rec["team"], rec["author"], rec["date"], text])
PY
ls -l "$corpus" "$csv" | awk '{print $5, $9}'
swift build -c release --product notes-bench --scratch-path "$scratch" 2>&1 | tail -1
bin="$scratch/release/notes-bench"
jobs=${JOBS:-1,2}
echo "diepgang input stage, JSON Lines:"; "$bin" --jobs "$jobs" "$corpus"; "$bin" --single "$corpus"
echo "diepgang input stage, CSV (semicolon):"; "$bin" --jobs "$jobs" "$csv"; "$bin" --single "$csv"
echo "Python json.loads per line (same checks: text present, date shape):"
python3 - "$corpus" <<'PY'
import json, sys, time, os
path = sys.argv[1]
t = time.time(); notes = rejected = 0
with open(path, encoding="utf-8") as f:
    for line in f:
        try:
            d = json.loads(line)
        except ValueError:
            rejected += 1; continue
        if not d.get("text", "").strip() or len(d.get("date", "")) != 10:
            rejected += 1; continue
        notes += 1
s = time.time() - t; mb = os.path.getsize(path) / 1e6
print(f"notes {notes}, rejected {rejected}, {mb:.1f} MB in {s:.2f} s: {mb / s:.0f} MB/s, {notes / s:.0f} notes/s")
PY
