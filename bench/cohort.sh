#!/bin/bash
# bench/cohort.sh: naast compare over 1,000 records and naast history over
# 10,000, the issue's budget being 1 s each on an ordinary laptop.
#
#   bench/cohort.sh              RUNS (5) timed runs of each; medians
#   NAAST=path/to/naast bench/cohort.sh
#
# The records come from bench/gen_records.lua (seeded: the same bytes every
# time) into bench/out/cohort-1k and bench/out/cohort-10k. History is timed
# twice: cold (its index removed before every run, so all 10,000 records are
# parsed) and warm (the index in place, as every run after the first).
# Each run's output is checked against the first run's; a difference fails.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
RUNS=${RUNS:-5}
OUT="$here/out"
command -v lua5.4 >/dev/null || { echo "cohort.sh: needs lua5.4 (apt-get install lua5.4)" >&2; exit 2; }
if [ -z "${NAAST:-}" ]; then
  cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$root/build" --target naast -j "$(nproc)" >/dev/null
  NAAST="$root/build/naast"
fi
mkdir -p "$OUT"
gen() { # dir count scenarios
  if [ "$(ls "$1/sessions" 2>/dev/null | wc -l)" -ne "$2" ]; then
    rm -rf "$1"
    lua5.4 "$here/gen_records.lua" "$1" "$2" "$3"
  fi
}
gen "$OUT/cohort-1k" 1000 1
gen "$OUT/cohort-10k" 10000 12

# time_runs NAME PREPARE COMMAND...: RUNS runs, the median wall time and peak RSS
time_runs() {
  local name=$1 prepare=$2; shift 2
  local times=() first="" t
  for i in $(seq "$RUNS"); do
    eval "$prepare"
    t=$( { /usr/bin/time -f "%e %M" "$@" > "$OUT/cohort-run.txt"; } 2>&1 | tail -1)
    if [ -z "$first" ]; then cp "$OUT/cohort-run.txt" "$OUT/cohort-first.txt"; first=1
    elif ! cmp -s "$OUT/cohort-run.txt" "$OUT/cohort-first.txt"; then echo "cohort.sh: $name: output changed between runs" >&2; exit 1; fi
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$name" -v r="$RUNS" \
    '{ s[NR] = $1; m[NR] = $2 } END { printf "%-34s median %.2f s  (min %.2f, max %.2f)  peak RSS %d KiB  runs %d\n", n, s[int((NR + 1) / 2)], s[1], s[NR], m[int((NR + 1) / 2)], r }'
}

bytes() { cat "$1"/sessions/*.json | wc -c; }
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(uname -m) $(nproc) cores; 1k records: $(bytes "$OUT/cohort-1k") bytes, 10k: $(bytes "$OUT/cohort-10k") bytes"
time_runs "compare, 1,000 records" ":" "$NAAST" compare "$OUT/cohort-1k/sessions"
time_runs "compare, 1,000 records, --html" ":" "$NAAST" compare "$OUT/cohort-1k/sessions" --html "$OUT/cohort-report.html"
time_runs "history, 10,000 records, cold" "rm -f '$OUT/cohort-10k/sessions/.naast-index'" "$NAAST" history --data "$OUT/cohort-10k"
time_runs "history, 10,000 records, warm" ":" "$NAAST" history --data "$OUT/cohort-10k"
time_runs "history, 10,000 records, --html" ":" "$NAAST" history --data "$OUT/cohort-10k" --html "$OUT/cohort-report.html"
time_runs "export, 10,000 records" ":" "$NAAST" export --data "$OUT/cohort-10k"
rm -f "$OUT/cohort-run.txt" "$OUT/cohort-first.txt" "$OUT/cohort-report.html"
