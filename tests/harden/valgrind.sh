#!/bin/bash
# A full session and its debrief under valgrind (issue 16, §8): no invalid
# read or write, no use of uninitialised memory, no definite leak. Skipped
# (status 77) only where valgrind is absent; not added to the sanitizer
# build, whose binaries valgrind cannot run.
set -u
naast=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v valgrind >/dev/null || { echo "valgrind is not installed: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NAAST_DATA="$tmp/data" SOURCE_DATE_EPOCH=1700000000
pass=0 fail=0
vg() { # description, naast arguments...
  local what=$1; shift
  if valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
       --log-file="$tmp/vg.log" "$naast" "$@" >"$tmp/out" 2>&1 && [ ! -s "$tmp/vg.log" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL $what"; head -40 "$tmp/vg.log" "$tmp/out"
  fi
}
cd "$root/tests"
# valgrind runs code some 30 times slower: the load's time budget is widened
vg "run with a record" run fixtures/basic.lua --time-limit 60 --rubric rubric.lua --choices 1,1,1 --record "$tmp/r.json"
vg "report, Markdown and HTML" report "$tmp/r.json" --time-limit 60 --rubric rubric.lua --out "$tmp/r.md" --html "$tmp/r.html"
printf '1\n1\n1\n4\n3\n\n\n\n\n\n\nhet begin\nhet eind\n' >"$tmp/in"
vg "terminal play to the end, self-assessment, debrief beside the record" \
  play --term --time-limit 60 --rubric rubric.lua --record "$tmp/p.json" fixtures/basic.lua <"$tmp/in"
[ -s "$tmp/p.md" ] && [ -s "$tmp/p.html" ] || { fail=$((fail + 1)); echo "FAIL the debrief was not written"; }
scn=$(ls "$root/scenarios/nl/"*.lua | head -1)
vg "validate a library scenario" validate --time-limit 60 "$scn"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
