#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers with libFuzzer and AddressSanitizer (issue 15).
#
#   Benchmarks/fuzz.sh [seconds-per-target] [target…]      # default: 60 s, every target in Fuzz/Targets/
#   nice -n 15 Benchmarks/fuzz.sh 600 http zip              # what the figures in the README came from
#
# 1. Builds the library modules once with ASan and SanitizerCoverage into .build-fuzz (git-ignored).
#    `-sanitize=fuzzer` is NOT put on `swift build`: it would reach the resource-embedding build
#    tool, whose link then fails. 2. Links each Fuzz/Targets/<name>.swift with
#    `swiftc -sanitize=fuzzer,address -parse-as-library` against those object files.
# 3. Runs it for the given time on a working copy of Fuzz/Seeds/<name>/ (new inputs stay out of the
#    repository) and prints executions, coverage (cov = edges, ft = features, from libFuzzer's final
#    line) and findings. A crashing input is written to .build-fuzz/fuzz/findings/<name>/; reproduce it
#    with `.build-fuzz/fuzz/<name> <file>` and keep it as a regression test (see README, "Fuzzing").
# Exit status 1 when any target found something. FUZZ_SCRATCH=.build-fuzz2 builds into another
# scratch path (to build a changed tree while a run goes on).
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
if [ $# -gt 0 ]; then targets=("$@"); else
    targets=(); for f in Fuzz/Targets/*.swift; do n=${f##*/}; targets+=("${n%.swift}"); done
fi
for t in "${targets[@]}"; do
    [ -f "Fuzz/Targets/$t.swift" ] || { echo "fuzz.sh: no target Fuzz/Targets/$t.swift" >&2; exit 2; }
done

scratch=${FUZZ_SCRATCH:-.build-fuzz}   # another scratch path lets a second build run beside a fuzzing run
# A Foundation leak in the build tool would fail the build; the backtracer would hold a crash for 30 s.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export SWIFT_BACKTRACE=enable=no
instrument=(-Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table)

mkdir -p "$scratch/fuzz"
echo "== building the library with ASan + coverage ($scratch)" >&2
swift build --target DiepgangServe --scratch-path "$scratch" "${instrument[@]}" >"$scratch/fuzz/build.log" 2>&1 \
    || { tail -30 "$scratch/fuzz/build.log" >&2; echo "fuzz.sh: build failed (log: $scratch/fuzz/build.log)" >&2; exit 2; }
bin=$(swift build --scratch-path "$scratch" "${instrument[@]}" --show-bin-path)
# Every library module the targets may use (DiepgangServe depends on all but Privacy and Batch).
objects=()
for m in DiepgangCore DiepgangResources DiepgangVocabulary DiepgangNotes DiepgangTokenizer DiepgangLanguage DiepgangLexicon \
         DiepgangAnalysis DiepgangTrends DiepgangReport DiepgangServe; do
    for o in "$bin/$m.build"/*.o; do objects+=("$o"); done
done

status=0
printf '%-12s %8s %12s %8s %8s %9s  %s\n' target seconds executions cov ft findings artifacts >"$scratch/fuzz/summary.txt"
for t in "${targets[@]}"; do
    exe="$scratch/fuzz/$t"
    echo "== linking $t" >&2
    swiftc -sanitize=fuzzer,address -parse-as-library -g -I "$bin/Modules" "Fuzz/Targets/$t.swift" "${objects[@]}" -o "$exe" \
        >"$exe.link.log" 2>&1 || { cat "$exe.link.log" >&2; echo "fuzz.sh: link of $t failed" >&2; exit 2; }
    corpus="$scratch/fuzz/corpus/$t" findings="$scratch/fuzz/findings/$t"
    mkdir -p "$corpus" "$findings"
    echo "== fuzzing $t for $seconds s (log: $exe.log)" >&2
    start=$(date +%s)
    "$exe" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings/" "$corpus" "Fuzz/Seeds/$t" >"$exe.log" 2>&1
    rc=$?
    took=$(( $(date +%s) - start ))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$exe.log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$exe.log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    found=$(find "$findings" -type f | wc -l)
    [ "$rc" -ne 0 ] && [ "$found" -eq 0 ] && found="rc=$rc"
    [ "$found" != 0 ] && status=1
    printf '%-12s %8s %12s %8s %8s %9s  %s\n' "$t" "$took" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$found" \
        "$( [ "$found" != 0 ] && echo "$findings/" )" >>"$scratch/fuzz/summary.txt"
done
cat "$scratch/fuzz/summary.txt"
exit $status
