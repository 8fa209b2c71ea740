#!/bin/sh
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each for a
# while:
#   scripts/fuzz.sh                 every target, 15 s each (what CI runs)
#   scripts/fuzz.sh 600             every target, 10 minutes each
#   scripts/fuzz.sh 3600 scenario   one target, an hour
# Seeds: tests/fuzz/corpus/<target>/ (kept: regressions and real records)
# and, for scenarios, the library, the fixtures and the hostile and invalid
# files. New inputs go to build-fuzz/corpus/<target>/, which grows from run
# to run. A crash, leak or sanitizer report stops the run with the input
# saved as build-fuzz/crash-*; fix it, then keep the input in
# tests/fuzz/corpus/<target>/ (tests/fuzz/replay.sh replays them in ctest).
set -eu
cd "$(dirname "$0")/.."
secs=${1:-15}
targets=${2:-"scenario record debrief tally"}
# FUZZ_JOBS=N runs N processes per target (libFuzzer then logs to fuzz-*.log here)
par=""
[ "${FUZZ_JOBS:-1}" -gt 1 ] && par="-jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS"
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DNAAST_FUZZ=ON >/dev/null
for t in $targets; do cmake --build build-fuzz -j 2 --target "fuzz_$t" >/dev/null; done
status=0
for t in $targets; do
  mkdir -p "build-fuzz/corpus/$t"
  seeds="tests/fuzz/corpus/$t"
  [ "$t" = scenario ] && seeds="$seeds scenarios/nl tests/fixtures tests/hostile tests/invalid"
  dict=""
  [ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
  echo "== fuzz_$t for ${secs}s"
  # -timeout: a sandbox budget stops a slow scenario first; 10 s means a hang
  # in our own C. -rss_limit_mb: the sandbox caps Lua at 16 MiB here.
  if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      "build-fuzz/fuzz/fuzz_$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=1024 -max_len=65536 \
      $par -print_final_stats=1 -artifact_prefix=build-fuzz/ $dict \
      "build-fuzz/corpus/$t" $seeds 2>"build-fuzz/fuzz_$t.log"; then
    status=1
    echo "fuzz_$t FAILED: see build-fuzz/fuzz_$t.log"; tail -30 "build-fuzz/fuzz_$t.log"
  fi
  grep -E "stat::number_of_executed_units|(INITED|DONE) +cov|stat::peak_rss_mb" "build-fuzz/fuzz_$t.log" | tail -4 || true
done
exit $status
