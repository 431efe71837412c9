"""Diepgang on Apache Spark, without a line of Spark in Swift.

The notes are an RDD of JSON lines; each partition is piped through one diepgang process
(`RDD.pipe`), which reads the partition's lines on stdin and writes one analysis per line. The
analyses come back as a DataFrame. Team trends: one `trends --partial -` per partition (its
sufficient statistics, one JSON line), merged by one `trends --merge` on the driver: the same
report as one run over all notes.

usage: spark-submit diepgang_spark.py NOTES.jsonl OUT_DIR [--diepgang PATH] [--partitions N]
       (local mode: python3 diepgang_spark.py … works as well; see run_local.sh)

On a cluster, ship the binary with `--files /path/to/diepgang` (built with
`swift build -c release --static-swift-stdlib`) and pass `--diepgang ./diepgang`: Spark puts the
file in each executor's working directory; SparkFiles.get finds it in local mode.
"""
import argparse
import json
import os
import subprocess
import sys
import time

from pyspark import SparkFiles
from pyspark.sql import SparkSession

parser = argparse.ArgumentParser()
parser.add_argument("notes")
parser.add_argument("out")
parser.add_argument("--diepgang", default=None, help="path of the binary on the executors (default: shipped with addFile)")
parser.add_argument("--ship", default=None, help="binary to ship with SparkContext.addFile (local mode)")
parser.add_argument("--partitions", type=int, default=4)
parser.add_argument("--master", default=None)
args = parser.parse_args()

builder = SparkSession.builder.appName("diepgang")
if args.master:
    builder = builder.master(args.master)
spark = builder.getOrCreate()
sc = spark.sparkContext
sc.setLogLevel("ERROR")
if args.ship:
    sc.addFile(args.ship)


def binary():
    # Resolved on the executor: an explicit path, else the shipped file.
    return args.diepgang or SparkFiles.get(os.path.basename(args.ship or "diepgang"))


os.makedirs(args.out, exist_ok=True)
notes = sc.textFile(args.notes, minPartitions=args.partitions).filter(lambda line: line.strip() != "")

# 1. Analyses: one diepgang per partition, one thread each (Spark runs the partitions in parallel).
t = time.time()
command = [binary(), "analyse", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "1", "-"]
analyses = notes.pipe(" ".join(command), checkCode=True).cache()
lines = analyses.collect()
analyse_seconds = time.time() - t
with open(os.path.join(args.out, "analyses.spark.jsonl"), "w", encoding="utf-8") as f:
    for line in sorted(lines, key=lambda l: json.loads(l)["id"]):
        f.write(line + "\n")

# The analyses as a DataFrame (a few columns, as a researcher would go on with them).
frame = spark.read.json(analyses)
frame.select("id", "team", "mode", "depth.level").groupBy("mode").count().orderBy("mode").show()

# 2. Trends: sufficient statistics per partition, merged once. Partial files key the author
# fingerprints with a secret: the researcher's own, or one made for this run.
if "DIEPGANG_AUTHOR_KEY" not in os.environ:
    import secrets
    os.environ["DIEPGANG_AUTHOR_KEY"] = secrets.token_hex(32)
t = time.time()
partial_command = [binary(), "trends", "--partial", "--jobs", "1", "-"]
partials = notes.pipe(" ".join(partial_command), env={"DIEPGANG_AUTHOR_KEY": os.environ["DIEPGANG_AUTHOR_KEY"]},
                      checkCode=False).collect()
parts = []
for i, p in enumerate(partials):
    path = os.path.join(args.out, f"partial-{i}.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write(p + "\n")
    parts.append(path)
merged = subprocess.run([args.diepgang or args.ship, "trends", "--format", "json", *parts],
                        check=False, capture_output=True).stdout
with open(os.path.join(args.out, "trends.spark.json"), "wb") as f:
    f.write(merged)
trends_seconds = time.time() - t

print(json.dumps({"partitions": notes.getNumPartitions(), "analyses": len(lines),
                  "analyse_seconds": round(analyse_seconds, 2), "trends_seconds": round(trends_seconds, 2)}))
spark.stop()
