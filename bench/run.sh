#!/bin/bash
# bench/run.sh: naast's decision speed against the yardsticks, in one sitting.
#
#   bench/run.sh                 naast (declarative and Lua-function conditions),
#                                the naive Lua walker and the bare C walker
#   TARGETS="naast c" bench/run.sh
#   INSTR=1 bench/run.sh         also instructions per decision (valgrind)
#
# Knobs as the yardsticks': RUNS (5), NODES (1000), STEPS (1000000), SEED
# (20250601). YARDSTICKS names the yardsticks' folder (default: shared/bench
# beside this repository). Results: out/results.txt, medians: out/summary.txt.
# Exits non-zero when any run's check fails.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
Y=${YARDSTICKS:-$root/../shared/bench}
RUNS=${RUNS:-5}
NODES=${NODES:-1000}
STEPS=${STEPS:-1000000}
SEED=${SEED:-20250601}
TARGETS=${TARGETS:-naast lua c}
OUT="$here/out"
[ -f "$Y/gen_story.lua" ] || { echo "run.sh: no yardsticks in $Y (set YARDSTICKS)" >&2; exit 2; }
command -v lua5.4 >/dev/null || { echo "run.sh: needs lua5.4 (apt-get install lua5.4)" >&2; exit 2; }
mkdir -p "$OUT"
RESULTS="$OUT/results.txt"
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(uname -m) $(nproc) cores; nodes=$NODES steps=$STEPS seed=$SEED" > "$RESULTS"

# the scenario, converted to naast's format; naast built with -O2
lua5.4 "$Y/gen_story.lua" --nodes "$NODES" --steps "$STEPS" --seed "$SEED" --out "$OUT" >/dev/null
lua5.4 "$here/story2naast.lua" "$OUT/story.json" "$OUT"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$root/build" --target bench_walk -j "$(nproc)" >/dev/null
walk() { "$root/build/bench_walk" --rubric "$OUT/rubric.lua" --choices "$OUT/choices.txt" --expect "$OUT/expect.json" "$@"; }

status=0
record() { # runs a command whose output is one result line; keeps it
  local line
  if ! line=$("$@"); then status=1; fi
  echo "$line" | tee -a "$RESULTS"
  case $line in *check=FAIL*) status=1 ;; esac
}
for t in $TARGETS; do
  case $t in
    naast)
      for i in $(seq "$RUNS"); do
        record walk --name naast_decl --story "$OUT/story.lua"
        record walk --name naast_fn --story "$OUT/story_fn.lua"
      done ;;
    lua)
      for i in $(seq "$RUNS"); do
        for cond in table func; do
          record bash -c "cd '$Y' && lua5.4 lua_walk.lua --story '$OUT/story.json' --choices '$OUT/choices.txt' --expect '$OUT/expect.json' --cond $cond | sed 's/^[^ ]*/lua5.4_$cond/'"
        done
      done ;;
    c)
      gcc -O2 -std=c11 -Wall -Wextra "$Y/c_walk.c" $(pkg-config --cflags --libs libcjson) -o "$OUT/c_walk"
      for i in $(seq "$RUNS"); do
        record bash -c "'$OUT/c_walk' --story '$OUT/story.json' --choices '$OUT/choices.txt' --expect '$OUT/expect.json' --cond table | sed 's/^[^ ]*/c_table/'"
      done ;;
    *) echo "run.sh: unknown target $t" >&2; exit 2 ;;
  esac
done

if [ -n "${INSTR:-}" ]; then
  # instructions per decision: a 30,000-step run minus a 10,000-step run
  instr() { valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
            sed -n 's/.*I *refs: *\([0-9,]*\).*/\1/p' | tr -d ,; }
  for v in decl fn; do
    story="$OUT/story.lua"; [ $v = fn ] && story="$OUT/story_fn.lua"
    a=$(instr "$root/build/bench_walk" --rubric "$OUT/rubric.lua" --choices "$OUT/choices.txt" --expect "$OUT/expect.json" --story "$story" --steps 30000)
    b=$(instr "$root/build/bench_walk" --rubric "$OUT/rubric.lua" --choices "$OUT/choices.txt" --expect "$OUT/expect.json" --story "$story" --steps 10000)
    echo "naast_${v}_instr instructions_per_step=$(( (a - b) / 20000 ))" | tee -a "$RESULTS"
  done
  if [ -x "$OUT/c_walk" ]; then
    a=$(instr "$OUT/c_walk" --story "$OUT/story.json" --choices "$OUT/choices.txt" --expect "$OUT/expect.json" --steps 30000)
    b=$(instr "$OUT/c_walk" --story "$OUT/story.json" --choices "$OUT/choices.txt" --expect "$OUT/expect.json" --steps 10000)
    echo "c_table_instr instructions_per_step=$(( (a - b) / 20000 ))" | tee -a "$RESULTS"
  fi
fi

echo
echo "medians (n = runs):"
lua5.4 "$Y/summarize.lua" "$RESULTS" | tee "$OUT/summary.txt"
# ratios of the medians
lua5.4 - "$OUT/summary.txt" <<'LUA'
local m = {}
for line in io.lines(arg[1]) do
  local label = line:match("^(%S+)")
  local v = line:match("steps_per_s=(%d+)")
  if label and v then m[label] = tonumber(v) end
end
local function ratio(a, b)
  if m[a] and m[b] then print(string.format("%-12s / %-14s %8.2fx", a, b, m[a] / m[b])) end
end
print("\nratios of decisions per second:")
ratio("naast_decl", "c_table"); ratio("naast_decl", "lua5.4_table"); ratio("naast_fn", "lua5.4_func")
ratio("naast_fn", "naast_decl")
LUA
exit $status
