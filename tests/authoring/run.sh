#!/bin/bash
# The authoring toolkit through its public face: analyze against closed
# forms, test, new, graph, the LuaLS annotations and luacheck.
set -u
naast=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tests="$root/tests"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NAAST_DATA="$tmp/data"   # naast new outside a checkout writes to $NAAST_DATA/scenarios
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
expect() { local what=$1; shift; if "$@" >"$tmp/out" 2>&1; then ok; else bad "$what"; sed 's/^/    /' "$tmp/out" | head -20; fi; }
json() { python3 -c "import json,sys; a=json.load(open(sys.argv[1])); $2" "$1"; }

# ---- analyze: closed forms -------------------------------------------------
# A lattice of 6 layers, 7 wide, 3 responses: 3^6 = 729 paths, 243 to each
# ending; response k scores k-1, so the spread of overall scores is that of
# the sum of six digits 0..2 over 12.
lua5.4 "$here/gen_lattice.lua" 6 7 3 > "$tmp/small.lua"
"$naast" analyze --json --rubric "$tests/rubric.lua" "$tmp/small.lua" > "$tmp/small.json" 2>&1
expect "lattice 6x7x3: path count, endings, best, worst and distribution" json "$tmp/small.json" '
from itertools import product
assert a["paths"] == 3**6, a["paths"]
assert [e["paths"] for e in a["endings"]] == [3**5] * 3, a["endings"]
assert a["best"]["choices"] == [3] * 6 and a["best"]["overall"] == 1, a["best"]
assert a["worst"]["choices"] == [1] * 6 and a["worst"]["overall"] == 0, a["worst"]
dist = [0] * 10
for seq in product(range(3), repeat=6):
    dist[min(9, 10 * sum(seq) // 12)] += 1
assert a["distribution"] == dist, (a["distribution"], dist)
assert a["max_per_dimension"]["erkenning"]["score"] == 1
# from n1_1 only some nodes of the first layers are reached
reach, unreached = {1}, []
for layer in range(1, 7):
    unreached += ["n%d_%d" % (layer, j) for j in range(1, 8) if j not in reach]
    reach = {((j - 1) * 3 + k) % 7 + 1 for j in reach for k in range(3)}
assert a["unreachable"]["nodes"] == unreached, (a["unreachable"], unreached)
assert a["unreachable"]["responses"] == []
'
# The bench's size: 20 layers of 500 nodes (10,000 nodes) with a tension
# meter: 3^20 = 3,486,784,401 paths, counted exactly.
lua5.4 "$here/gen_lattice.lua" 20 500 3 effects > "$tmp/big.lua"
"$naast" analyze --json --rubric "$tests/rubric.lua" "$tmp/big.lua" > "$tmp/big.json" 2>&1
expect "lattice 20x500x3: 3^20 paths, exactly" json "$tmp/big.json" '
assert a["paths"] == 3**20, a["paths"]
assert sum(e["paths"] for e in a["endings"]) == 3**20
assert a["overflow"] is False and a["loops"] is False'
grep -q '"paths":[[:space:]]*3486784401' "$tmp/big.json" && ok || bad "the count is written as an exact integer"
# a loop: 64 paths within the depth limit, one cut off
"$naast" analyze --json --rubric "$tests/rubric.lua" "$tests/fixtures/loop.lua" > "$tmp/loop.json" 2>&1
expect "loop: 64 paths and one cut" json "$tmp/loop.json" 'assert a["paths"] == 64 and a["loops"] and a["loops_cut"] == 1, a'
"$naast" analyze --rubric "$tests/rubric.lua" "$tests/fixtures/loop.lua" > "$tmp/loop.txt" 2>&1
grep -q "the scenario loops: paths are counted up to 64 decisions; 1 cut off" "$tmp/loop.txt" && ok || bad "loop said in text"
# unreachable parts are named
"$naast" analyze --json --rubric "$tests/rubric.lua" "$tests/fixtures/basic.lua" > "$tmp/basic.json" 2>&1
expect "basic: response 3 of a is never on offer" json "$tmp/basic.json" 'assert a["unreachable"]["responses"] == ["a.3"], a["unreachable"]'
"$naast" analyze --max-states 3 --rubric "$tests/rubric.lua" "$tests/fixtures/basic.lua" > "$tmp/out" 2>&1
[ $? -eq 1 ] && grep -q "more than 3 distinct states" "$tmp/out" && ok || bad "state limit: exit 1 and a message"

# ---- test ----------------------------------------------------------------
"$naast" test --rubric "$tests/rubric.lua" "$tests/fixtures/basic.lua" > "$tmp/t1" 2>&1
[ $? -eq 0 ] && grep -qx "1001 passed, 0 failed" "$tmp/t1" && ok || { bad "test basic: 1001 passed"; cat "$tmp/t1"; }
"$naast" test --random 10 --seed 7 --rubric "$tests/rubric.lua" "$tests/fixtures/dead_end.lua" > "$tmp/t2" 2>&1
rc=$?
[ $rc -eq 1 ] && ok || bad "test dead_end: exit $rc, want 1"
grep -q '^.*dead_end.lua:11: FAIL: test 2 ("verkeerd einde"): expected ending "weg", reached "goed"$' "$tmp/t2" && ok || bad "wrong ending at the test's line"
grep -q 'dead_end.lua:12: FAIL: test 3 ("te hoog gemikt"): regie must reach 50%' "$tmp/t2" && ok || bad "min bound with nothing scored fails"
grep -q 'dead_end.lua:23: FAIL: random playthrough: node "b": no response is available' "$tmp/t2" && ok || bad "dead end found by random play at its line"
# the replay command it prints reproduces the failure
cmd=$(grep -m1 -o 'replay with: naast run [^)]*' "$tmp/t2" | sed 's/replay with: naast run //')
(cd "$root" && eval "\"$naast\" run $cmd --rubric \"$tests/rubric.lua\"") > "$tmp/replay" 2>&1
[ $? -eq 1 ] && grep -q 'no response is available' "$tmp/replay" && ok || { bad "the printed replay reproduces the failure"; cat "$tmp/replay"; }
passed=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$tmp/t2")
# 3 declared (1 passes) + random play stopped at 5 failures of those run
set -- $passed
[ "$(( $1 + $2 ))" -le 13 ] && [ "$2" -ge 7 ] && ok || bad "test counts: $passed"
# the same seed gives the same output
"$naast" test --random 10 --seed 7 --rubric "$tests/rubric.lua" "$tests/fixtures/dead_end.lua" > "$tmp/t3" 2>&1
cmp -s "$tmp/t2" "$tmp/t3" && ok || bad "seeded random play is repeatable"
"$naast" test --random x "$tests/fixtures/basic.lua" > /dev/null 2>&1; [ $? -eq 2 ] && ok || bad "test --random x is a usage error"
"$naast" test -q "$root"/scenarios/nl/*.lua > "$tmp/lib" 2>&1 && ok || { bad "the library passes its own tests"; cat "$tmp/lib"; }

# ---- new -----------------------------------------------------------------
mkdir "$tmp/new"
(cd "$tmp/new" && "$naast" new mijn-gesprek --dir . --title 'Een "eerste" gesprek') > "$tmp/n1" 2>&1
[ $? -eq 0 ] && [ -f "$tmp/new/mijn-gesprek.lua" ] && ok || { bad "new writes the file"; cat "$tmp/n1"; }
grep -q 'title = "Een \\"eerste\\" gesprek",' "$tmp/new/mijn-gesprek.lua" && ok || bad "new escapes the title"
grep -q 'id = "mijn-gesprek",' "$tmp/new/mijn-gesprek.lua" && ok || bad "new sets the id"
expect "new: the file validates with no warning" "$naast" validate --strict "$tmp/new/mijn-gesprek.lua"
expect "new: the file passes its own tests" "$naast" test "$tmp/new/mijn-gesprek.lua"
printf '2\n1\n3\n\n\n\n\n\n\n\n\n\n' | "$naast" play --term --no-save "$tmp/new/mijn-gesprek.lua" > "$tmp/n2" 2>&1
grep -q "Noor maakt een afspraak" "$tmp/n2" && ok || { bad "new: the file plays to its best ending"; tail -20 "$tmp/n2"; }
(cd "$tmp/new" && "$naast" new mijn-gesprek --dir .) > /dev/null 2>&1; [ $? -eq 3 ] && ok || bad "new refuses to overwrite"
(cd "$tmp/new" && "$naast" new Mijn_Gesprek) > /dev/null 2>&1; [ $? -eq 2 ] && ok || bad "new refuses a bad id"
"$naast" new tweede --dir "$tmp/new/sub" > /dev/null 2>&1 && [ -f "$tmp/new/sub/tweede.lua" ] && ok || bad "new --dir"

# ---- graph ---------------------------------------------------------------
"$naast" graph --rubric "$tests/rubric.lua" "$tests/fixtures/basic.lua" > "$tmp/g.dot" 2>&1 && ok || bad "graph dot"
if command -v dot > /dev/null; then
  dot -Tsvg "$tmp/g.dot" > "$tmp/g.svg" 2> "$tmp/dot.err" && grep -q "<svg" "$tmp/g.svg" && ok || { bad "Graphviz renders the dot"; cat "$tmp/dot.err"; }
else
  bad "Graphviz (dot) is not installed: scripts/setup.sh --test installs it"
fi
grep -q 'n1 -> n6 \[label="2 - P trigger", style=dashed\]' "$tmp/g.dot" && ok || bad "graph: the trigger edge"
grep -q 'n0 -> n1 \[label="3 +", style=dotted' "$tmp/g.dot" && ok || bad "graph: a response never on offer is dotted"
grep -q 'label="Goed\\nherstel", shape=ellipse, style="filled", fillcolor="#b7e4c7"' "$tmp/g.dot" && ok || bad "graph: endings coloured by kind"
"$naast" graph --format mermaid --out "$tmp/g.mmd" --rubric "$tests/rubric.lua" "$tests/fixtures/basic.lua" && ok || bad "graph mermaid --out"
python3 - "$tmp/g.mmd" <<'PY' > "$tmp/out" 2>&1 && ok || { bad "graph mermaid structure"; cat "$tmp/out"; }
import re, sys
lines = open(sys.argv[1]).read().splitlines()
assert lines[0] == "flowchart TD"
nodes = [l for l in lines if re.match(r'^  n\d+(\[|\(\[)"', l)]
assert len(nodes) == 7, nodes
links = [l for l in lines if re.match(r'^  n\d+ (-->|-\.->|-\.-)\|', l)]
assert len(links) == 12, links
classes = dict(re.findall(r'^  class (n\d+) (\w+)$', "\n".join(lines), re.M))
assert classes == {"n4": "herstel", "n5": "neutraal", "n6": "breuk"}, classes
# every linkStyle names a link that exists
for n in re.findall(r'^  linkStyle (\d+) ', "\n".join(lines), re.M):
    assert int(n) < len(links)
PY
"$naast" graph --format svg "$tests/fixtures/basic.lua" > /dev/null 2>&1; [ $? -eq 2 ] && ok || bad "graph --format svg is a usage error"
"$naast" graph "$root/scenarios/nl/weer-iemand-van-de-gemeente.lua" --format mermaid > "$tmp/w.mmd" 2>&1 && ok || bad "graph of a library scenario"

# ---- a scenario written by following only docs/authoring.md ------------------
guide="$here/guide/eerste-huisbezoek.lua"
expect "guide example: validate --strict" "$naast" validate --strict "$guide"
expect "guide example: its tests and random play" "$naast" test -q "$guide"
"$naast" analyze --json "$guide" > "$tmp/guide.json" 2>&1
expect "guide example: every ending reached, the best path at 100 %, nothing unreachable" json "$tmp/guide.json" '
assert all(e["paths"] > 0 for e in a["endings"]), a["endings"]
assert a["best"]["overall"] == 1 and a["best"]["choices"] == [3, 1, 2, 1, 3, 2], a["best"]
assert a["unreachable"] == {"nodes": [], "responses": []}, a["unreachable"]'
printf '3\n1\n2\n1\n3\n2\n' | "$naast" play --term --no-save "$guide" > "$tmp/guide.txt" 2>&1
grep -q "^Einde: .*(herstel)" "$tmp/guide.txt" && grep -qE "^  Totaal +100%" "$tmp/guide.txt" && ok || { bad "guide example: scripted play reaches its best ending"; tail -15 "$tmp/guide.txt"; }

# ---- editor support ----------------------------------------------------------
# every field the loader accepts is annotated for LuaLS, and nothing else
python3 - "$root/engine/lua/loader.c" "$root/docs/lua/naast.lua" <<'PY' > "$tmp/out" 2>&1 && ok || { bad "LuaLS annotations match the loader's fields"; cat "$tmp/out"; }
import re, sys
src = open(sys.argv[1]).read()
meta = open(sys.argv[2]).read()
def fields_of(cls):
    m = re.search(r'---@class naast\.%s\n((?:---@field .*\n)+)' % cls, meta)
    assert m, cls
    return set(re.findall(r'---@field (\w+)\??', m.group(1)))
def array(name):
    m = re.search(r'%s\[\] = \{([^}]*)\}' % name, src)
    assert m, name
    return set(re.findall(r'"(\w+)"', m.group(1)))
# node "id" { } and ending "id" { } give the id; the others name it inside
pairs = {"SCENARIO_FIELDS": ("Scenario", set()), "NODE_FIELDS": ("Node", {"id"}), "CHOICE_FIELDS": ("Choice", set()),
         "ENDING_FIELDS": ("Ending", {"id"})}
for arr, (cls, given) in pairs.items():
    a, f = array(arr) - given, fields_of(cls)
    assert a == f, (cls, sorted(a ^ f))
for local, cls in [("name\", \"choices\", \"ending", "Test"), ("init\", \"min", "Variable"), ("name\", \"role", "Person"),
                   ("id\", \"label\", \"label_en\", \"description", "Dimension"),
                   ("id\", \"label\", \"label_en\", NULL", "Role"), ("number\", \"title", "LessonInfo")]:
    m = re.search(r'\[\] = \{ "%s[^}]*\}' % local, src)
    assert m, local
    a = set(re.findall(r'"(\w+)"', m.group(0)))
    assert a == fields_of(cls), (cls, sorted(a ^ fields_of(cls)))
for fn in ["scenario", "node", "ending", "choice", "test", "rubric", "dimension", "lesson", "role"]:
    assert re.search(r'^function %s\(' % fn, meta, re.M), fn
PY
lua5.4 -e "assert(loadfile('$root/docs/lua/naast.lua'))" && ok || bad "the annotation file is valid Lua"
if command -v luacheck > /dev/null; then
  (cd "$root" && luacheck --no-color -q scenarios/) > "$tmp/lc" 2>&1 && ok || { bad "luacheck passes on the library"; cat "$tmp/lc"; }
  # and the configuration is not vacuous: io is outside the sandbox
  mkdir -p "$tmp/lc-bad"
  printf 'local f = io.open("x")\nnode "a" { choices = {} }\nreturn f\n' > "$tmp/lc-bad/x.lua"
  (cd "$root" && luacheck --no-color --config .luacheckrc "$tmp/lc-bad/x.lua") > "$tmp/lc2" 2>&1
  [ $? -ne 0 ] && grep -q "accessing undefined variable 'io'" "$tmp/lc2" && ok || { bad "luacheck flags io"; cat "$tmp/lc2"; }
else
  bad "luacheck is not installed: scripts/setup.sh --test installs it (lua-check)"
fi

# ---- the pilot sheet: blind, shuffled, and a key that agrees with tells ----
sheet_of() { lua5.4 "$root/scripts/pilot-sheet.lua" "$@"; }
sheet_of "$root/tests/fixtures/tells.lua" 3 > "$tmp/sheet.md" 2> "$tmp/key.txt"
expect "pilot sheet: a heading per decision" [ "$(grep -c '^## Beslissing' "$tmp/sheet.md")" -eq 4 ]
expect "pilot sheet: every response under a letter" [ "$(grep -c '^[A-C]\. ' "$tmp/sheet.md")" -eq 12 ]
expect "pilot sheet: no feedback, inner reaction or score" bash -c '! grep -qE "feedback|inner|score|^f$|^i$" "$1"' _ "$tmp/sheet.md"
expect "pilot sheet: the key names the best at each decision" diff <(printf 'a C\nb B\nc C\nd B\n') "$tmp/key.txt"
grep -A8 '^## Beslissing 1' "$tmp/sheet.md" | grep -q '^C\. Wat is er gebeurd?$' && ok || bad "pilot sheet: the key's letter is the best response"
sheet_of "$root/tests/fixtures/tells.lua" 4 > "$tmp/sheet4.md" 2>/dev/null
expect "pilot sheet: another seed, another order" bash -c '! cmp -s "$1" "$2"' _ "$tmp/sheet.md" "$tmp/sheet4.md"
# a response on offer only in some states: the key names each case's best
sheet_of "$root/tests/fixtures/basic.lua" 1 > "$tmp/basic-sheet.md" 2> "$tmp/key-basic.txt"
expect "pilot sheet: a line said on some paths only is marked" grep -qx '> \*(op sommige paden)\* Ik vertrouw je.' "$tmp/basic-sheet.md"
expect "pilot sheet: a conditional response's case in the key" grep -qE '^c [A-C]\|[A-C]$' "$tmp/key-basic.txt"
printf 'a C warm\nb A\nc C\nd C>B>A\n' > "$tmp/answers.txt"
out=$(python3 "$root/scripts/pilot-agreement.py" "$tmp/key.txt" "$tmp/answers.txt")
grep -q "answers.txt: 2 of 4 agree with the authored best" <<<"$out" && grep -q "  b: chose A, authored best B" <<<"$out" \
  && grep -q "  d: chose C, authored best B" <<<"$out" && ok || bad "pilot agreement: $out"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
