#!/bin/sh
# Bounded loopback load run of `diepgang serve` (not in CI): 50 clients, 5,000 POSTs of a
# 300-word note; throughput, p50/p99 latency, errors, server memory. Side by side: the same note
# through `diepgang analyse` (one process per note, so start-up included) and the time the
# analysis itself takes (`analyse --format json` on 200 copies in one process).
#   swift build -c release --product diepgang && sh Benchmarks/serve_load.sh [CLIENTS] [REQUESTS]
set -eu
BIN=.build/release/diepgang
NOTE=Benchmarks/serve/note300.txt
CLIENTS=${1:-50}
REQUESTS=${2:-5000}
OUT=$(mktemp)
$BIN serve --port 0 >"$OUT" 2>/dev/null &
PID=$!
trap 'kill -INT $PID 2>/dev/null; rm -f "$OUT"' EXIT
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s "$OUT" ] && break; sleep 0.5; done
URL=$(head -1 "$OUT")
python3 Benchmarks/serve/load_client.py "$URL" "$NOTE" --clients "$CLIENTS" --requests "$REQUESTS" --pid "$PID"
python3 - "$BIN" "$NOTE" <<'PY'
import json, subprocess, sys, tempfile, time
bin, note = sys.argv[1], sys.argv[2]
times = []
for _ in range(20):
    t = time.perf_counter(); subprocess.run([bin, "analyse", note, "--format", "json"], check=True, capture_output=True); times.append(time.perf_counter() - t)
times.sort()
text = open(note, encoding="utf-8").read()
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    for i in range(200):
        f.write(json.dumps({"id": f"n{i}", "text": text}) + "\n")
t = time.perf_counter(); subprocess.run([bin, "analyse", f.name, "--format", "jsonl", "--jobs", "1"], check=True, capture_output=True)
per = (time.perf_counter() - t) / 200
print(f"analyse, one process per note: median {times[10] * 1000:.1f} ms (start-up and lexicons included); "
      f"in one process, one thread: {per * 1000:.2f} ms per note (plus start-up)")
PY
