#!/bin/bash
# The authoring toolkit's speed: naast analyze on a generated scenario of
# 10,000 decision nodes with 3^20 (3.5 billion) paths, and naast validate of
# the whole shipped library in one call. Medians by hyperfine when present,
# else by a loop of /usr/bin/time.
#   bench/authoring.sh            (NAAST=build/naast, RUNS=10)
set -eu
cd "$(dirname "$0")/.."
naast=${NAAST:-build/naast}
runs=${RUNS:-10}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lua5.4 tests/authoring/gen_lattice.lua 20 500 3 effects > "$tmp/lattice.lua"
cp tests/rubric.lua "$tmp/rubric.lua"
echo "lattice: $(grep -c '^node' "$tmp/lattice.lua") decision nodes, $(wc -c < "$tmp/lattice.lua") bytes"
"$naast" analyze "$tmp/lattice.lua" | head -1

median() {   # median wall time of a command, in ms
  local name=$1; shift
  if command -v hyperfine > /dev/null; then
    hyperfine -N -w 2 -r "$runs" --export-json "$tmp/h.json" "$*" > /dev/null 2>&1
    python3 -c "import json; r=json.load(open('$tmp/h.json'))['results'][0]; print('%-34s median %7.1f ms  (min %.1f, max %.1f)' % ('$name', r['median']*1000, r['min']*1000, r['max']*1000))"
  else
    for _ in $(seq "$runs"); do /usr/bin/time -f %e "$@" > /dev/null 2>> "$tmp/t"; done
    sort -n "$tmp/t" | awk -v n="$name" '{a[NR]=$1} END {printf "%-34s median %7.1f ms\n", n, a[int((NR+1)/2)]*1000}'
    rm -f "$tmp/t"
  fi
}
median "analyze, 10,000 nodes, 3^20 paths" "$naast" analyze "$tmp/lattice.lua"
median "validate, the same file (load+check)" "$naast" validate "$tmp/lattice.lua"
median "validate, the whole library" "$naast" validate scenarios/nl/*.lua
median "test, the whole library (12,000 random playthroughs)" "$naast" test -q scenarios/nl/*.lua
