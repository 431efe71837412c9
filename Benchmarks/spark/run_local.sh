#!/usr/bin/env bash
# Runs diepgang on Spark in local mode on this machine and checks it against `batch` and `trends`:
# the analyses byte for byte after sorting by id, the trends report from merged per-partition
# partials byte for byte against one run. Installs PySpark and a Java runtime when missing.
# Not part of CI.
#
#   Benchmarks/spark/run_local.sh                 # 20,000 generated notes, local[2], 4 partitions
#   NOTES=200000 PARTITIONS=8 Benchmarks/spark/run_local.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
NOTES="${NOTES:-20000}"
PARTITIONS="${PARTITIONS:-4}"
CORES="${CORES:-$(nproc)}"
BIN="${BIN:-}"

if ! java -version >/dev/null 2>&1; then
  apt-get update && apt-get install -y default-jre-headless
fi
python3 -c "import pyspark" 2>/dev/null || pip install pyspark
if [ -z "$BIN" ]; then
  swift build -c release --product diepgang >/dev/null
  BIN="$(swift build -c release --show-bin-path)/diepgang"
fi
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$BIN" bench --notes "$NOTES" --corpus-out "$WORK/notes.jsonl" --corpus-only

echo "== batch --jobs $CORES"
t0=$(date +%s.%N)
"$BIN" batch "$WORK/notes.jsonl" --privacy off --jobs "$CORES" -o "$WORK/batch.jsonl"
t1=$(date +%s.%N)
"$BIN" trends --format json --jobs "$CORES" "$WORK/notes.jsonl" > "$WORK/trends.one.json"
t2=$(date +%s.%N)
python3 - "$WORK/batch.jsonl" "$WORK/batch.sorted.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for l in sorted(lines, key=lambda l: json.loads(l)["id"]):
        f.write(l + "\n")
PY

echo "== Spark local[$CORES], $PARTITIONS partitions"
t3=$(date +%s.%N)
python3 Benchmarks/spark/diepgang_spark.py "$WORK/notes.jsonl" "$WORK/spark" --master "local[$CORES]" \
  --partitions "$PARTITIONS" --ship "$BIN" | tee "$WORK/spark.json"
t4=$(date +%s.%N)

cmp "$WORK/batch.sorted.jsonl" "$WORK/spark/analyses.spark.jsonl" && echo "analyses: identical to batch (sorted by id)"
cmp "$WORK/trends.one.json" "$WORK/spark/trends.spark.json" && echo "trends: merged partials identical to one run"
python3 - "$t0" "$t1" "$t2" "$t3" "$t4" "$WORK/spark.json" "$NOTES" <<'PY'
import json, sys
t0, t1, t2, t3, t4 = map(float, sys.argv[1:6])
spark = json.loads(open(sys.argv[6]).read().strip().splitlines()[-1])
n = int(sys.argv[7])
print(f"batch:  analyses {t1 - t0:6.2f} s ({n / (t1 - t0):,.0f} notes/s), trends {t2 - t1:6.2f} s")
print(f"spark:  analyses {spark['analyse_seconds']:6.2f} s ({n / spark['analyse_seconds']:,.0f} notes/s), trends {spark['trends_seconds']:6.2f} s,"
      f" whole script with JVM start {t4 - t3:.1f} s")
PY
