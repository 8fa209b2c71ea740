#!/bin/bash
# Hostile scenario files: each must be refused with its expected message (and
# line, when given), exit status 1, within the time limit, and without
# touching anything outside. The expectation is in each file's header:
#   -- expect: <text the message must contain>
#   -- line: <the line the message must name, or empty>
# bytecode.lua carries no header (it is binary): its expectation is here.
set -u
naast=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
rubric="$here/../rubric.lua"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
# The load's time budget is 1 s and a call's 0.25 s; a file must be stopped
# well within twice that, also under the sanitizers (which slow C calls).
max_ms=${HOSTILE_MAX_MS:-3000}
check() { # file expect line
  local f=$1 expect=$2 line=$3 out rc
  local t0=$(date +%s%N)
  out=$(cd "$tmp" && timeout 20 "$naast" validate --rubric "$rubric" "$f" 2>&1)
  rc=$?
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  local why=""
  if [ $rc -ne 1 ]; then why="exit status $rc (want 1)"
  elif [ "$ms" -gt "$max_ms" ]; then why="took $ms ms (the budgets allow $max_ms)"
  elif ! grep -qF -- "$expect" <<<"$out"; then why="message lacks \"$expect\""
  elif [ -n "$line" ] && ! grep -qF -- "$f:$line:" <<<"$out"; then why="message does not name line $line"
  elif LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]\|\xc2[\x80-\x9f]' <<<"$out"; then why="raw control codes reached the terminal"
  fi
  if [ -z "$why" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $(basename "$f"): $why"; echo "$out" | head -5 | sed 's/^/    /'; fi
}
for f in "$here"/*.lua; do
  case $(basename "$f") in
    bytecode.lua) check "$f" "precompiled (bytecode) files are not accepted" 1 ;;
    *) expect=$(sed -n '1s/^-- expect: //p' "$f"); line=$(sed -n '2s/^-- line: *//p' "$f")
       check "$f" "$expect" "$line" ;;
  esac
done
# a file over the size limit, made here rather than kept in the repository
big="$tmp/big.lua"
{ echo "-- padding"; head -c 5000000 /dev/zero | tr '\0' 'x'; } > "$big"
check "$big" "more than the 4194304 allowed" ""
# --time-limit: a pure Lua loop, stopped by time before its instruction budget
t0=$(date +%s%N)
out=$(timeout 20 "$naast" validate --time-limit 0.1 --rubric "$rubric" "$here/loop_forever.lua" 2>&1); rc=$?
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
if [ $rc -eq 1 ] && grep -qF "loop_forever.lua:3: error: the scenario ran too long (time budget spent)" <<<"$out" && [ $ms -lt 1000 ]; then
  pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL --time-limit 0.1 on a pure Lua loop: rc $rc, $ms ms: $out"; fi
out=$(timeout 20 "$naast" validate --time-limit 0.3 --rubric "$rubric" "$here/native_call_loop.lua" 2>&1); rc=$?
if [ $rc -eq 1 ] && grep -qF "native_call_loop.lua:8: error: the scenario ran too long (time budget spent)" <<<"$out"; then
  pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL --time-limit 0.3 on a native loop: rc $rc: $out"; fi
for bad in 0 -1 x 1e9 ""; do
  "$naast" validate --time-limit "$bad" "$here/loop_forever.lua" >/dev/null 2>&1
  if [ $? -eq 2 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL --time-limit '$bad' is not refused"; fi
done
# nothing escaped
[ ! -e /tmp/naast-escaped ] || { echo "FAIL os_execute: a file was created"; fail=$((fail + 1)); }
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
