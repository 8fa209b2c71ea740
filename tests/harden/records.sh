#!/bin/bash
# Records name scenarios, not arbitrary files (issue 16, §3): report, play
# --resume and play --from find a record's scenario by its id in the library,
# then at its recorded path only when that is a regular .lua file; anything
# else is refused with a message that quotes nothing from the file. A syntax
# error in a file that never was a scenario does not echo its bytes.
set -u
naast=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
tests="$root/tests"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NAAST_DATA="$tmp/data" SOURCE_DATE_EPOCH=1700000000
export NAAST_SCENARIOS="$tmp/lib"
pass=0 fail=0
expect() { local what=$1; shift; if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $what"; fi; }
has() { grep -qF -- "$2" <<<"$1"; }
hasnt() { ! grep -qF -- "$2" <<<"$1"; }
cd "$tests"

# a library of one scenario, with the tests' rubric
mkdir -p "$tmp/lib/nl"
cp rubric.lua "$tmp/lib/rubric.lua"
cp fixtures/basic.lua "$tmp/lib/nl/basic.lua"
"$naast" run basic --choices 1,1,1 --record "$tmp/good.json" >/dev/null || echo "setup: run failed"

# secrets the records point at: one is not a .lua file, one is a .lua file
# that is not a scenario (and fails to compile), one a .lua link to a secret
printf 'root:SECRET-HASH-1:19000:0:99999:7:::\n' > "$tmp/shadow"
printf 'root:SECRET-HASH-2 = [[\n' > "$tmp/notes.lua"
ln -s shadow "$tmp/link.lua"
mkdir "$tmp/folder.lua"
edit() { # record out id file
  /usr/bin/python3 - "$@" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
r["scenario"]["id"] = sys.argv[3]
r["scenario"]["file"] = sys.argv[4]
json.dump(r, open(sys.argv[2], "w"))
PY
}
for target in "$tmp/shadow" "$tmp/notes.lua" "$tmp/link.lua" "$tmp/folder.lua" /dev/null; do
  name=$(basename "$target")
  edit "$tmp/good.json" "$tmp/bad-$name.json" "not-in-library" "$target"
  out=$("$naast" report "$tmp/bad-$name.json" 2>&1); rc=$?
  expect "report, file $name: exit 1" [ $rc -eq 1 ]
  if [ "$name" = notes.lua ]; then   # a regular .lua file: loaded, and refused as no scenario
    expect "report, file $name: says why" has "$out" "notes.lua: error: not a scenario file"
  else
    expect "report, file $name: says why" has "$out" "bad-$name.json: its scenario (id \"not-in-library\") is not in the library"
  fi
  expect "report, file $name: nothing quoted" hasnt "$out" "SECRET"
  out=$("$naast" play --term --resume "$tmp/bad-$name.json" </dev/null 2>&1); rc=$?
  expect "resume, file $name: exit 1" [ $rc -eq 1 ]
  expect "resume, file $name: nothing quoted" hasnt "$out" "SECRET"
  out=$("$naast" play --term --from "$tmp/bad-$name.json" --step 1 </dev/null 2>&1); rc=$?
  expect "from, file $name: exit 1" [ $rc -eq 1 ]
  expect "from, file $name: nothing quoted" hasnt "$out" "SECRET"
done
expect "the secrets are untouched" grep -q SECRET-HASH-1 "$tmp/shadow"

# an id that tries to leave the library matches no file name
edit "$tmp/good.json" "$tmp/dots.json" "../../shadow" "/nowhere.lua"
out=$("$naast" report "$tmp/dots.json" 2>&1); rc=$?
expect "id with a path: refused" [ $rc -eq 1 ]

# the library by id comes first: a record whose path is a secret still
# reports, from the library's basic.lua
edit "$tmp/good.json" "$tmp/by-id.json" "basic" "$tmp/shadow"
out=$("$naast" report "$tmp/by-id.json" 2>&1); rc=$?
expect "by id: exit 0" [ $rc -eq 0 ]
expect "by id: the debrief" has "$out" "Basis"
out=$(printf 'q\n' | "$naast" play --term --resume "$tmp/by-id.json" 2>&1); rc=$?
expect "by id: resume exit 0" [ $rc -eq 0 ]

# the recorded path, when the id is not in the library and it is a .lua file
cp fixtures/basic.lua "$tmp/elsewhere.lua"
edit "$tmp/good.json" "$tmp/by-path.json" "elsewhere" "$tmp/elsewhere.lua"
out=$("$naast" report "$tmp/by-path.json" --rubric rubric.lua 2>&1); rc=$?
expect "by path: exit 0" [ $rc -eq 0 ]

# a syntax error in a file that never was a scenario shows none of its bytes
out=$("$naast" validate --rubric rubric.lua "$tmp/notes.lua" 2>&1); rc=$?
expect "non-scenario syntax error: exit 1" [ $rc -eq 1 ]
expect "non-scenario syntax error: said" has "$out" "not a scenario file (it declares no scenario { ... }); its text is not shown"
expect "non-scenario syntax error: nothing quoted" hasnt "$out" "SECRET"
out=$("$naast" report "$tmp/good.json" --scenario "$tmp/notes.lua" 2>&1)
expect "--scenario on a non-scenario: nothing quoted" hasnt "$out" "SECRET"
# ... while a scenario's own syntax error still points at the token
printf 'scenario {\n  id = "x" "y"\n}\n' > "$tmp/typo.lua"
out=$("$naast" validate --rubric rubric.lua "$tmp/typo.lua" 2>&1)
expect "scenario syntax error: still quoted" has "$out" "near"

# the trainer's own scenarios are looked in by id too, before the recorded path
mkdir -p "$tmp/data/scenarios"
sed 's/id = "basic"/id = "eigen"/' fixtures/basic.lua > "$tmp/data/scenarios/eigen.lua"
"$naast" run eigen --choices 1,1,1 --record "$tmp/own.json" >/dev/null
edit "$tmp/own.json" "$tmp/own-moved.json" eigen "$tmp/gone/eigen.lua"
out=$("$naast" report "$tmp/own-moved.json" 2>&1); rc=$?
expect "own scenario by id: exit 0" [ $rc -eq 0 ]
expect "own scenario by id: the debrief" has "$out" "# Nabespreking: Basis"
edit "$tmp/own.json" "$tmp/own-none.json" nergens "$tmp/shadow"
out=$("$naast" report "$tmp/own-none.json" 2>&1); rc=$?
expect "neither: exit 1" [ $rc -eq 1 ]
expect "neither: names both folders" has "$out" "or your own scenarios ($tmp/data/scenarios)"
expect "neither: quotes nothing" hasnt "$out" "SECRET-HASH"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
