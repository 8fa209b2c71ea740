#!/bin/bash
# The naast command through its public face: exit codes, messages,
# transcripts, records (validated against docs/record.schema.json), resume,
# undo, and the terminal play loop driven through standard input.
set -u
naast=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
tests="$root/tests"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NAAST_DATA="$tmp/data" SOURCE_DATE_EPOCH=1700000000
pass=0 fail=0
expect() { # description, condition (a command)
  local what=$1; shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $what"; fi
}
has() { grep -qF -- "$2" <<<"$1"; }
not_has() { ! grep -qF -- "$2" <<<"$1"; }
schema() { /usr/bin/python3 - "$root/docs/record.schema.json" "$@" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
for p in sys.argv[2:]:
    jsonschema.validate(json.load(open(p)), schema)
PY
}
cd "$tests"

out=$("$naast" --version); rc=$?
expect "--version" [ $rc -eq 0 ]
expect "--version text" has "$out" "naast 0."
"$naast" >/dev/null 2>&1; expect "no command: usage, exit 2" [ $? -eq 2 ]
out=$("$naast" frobnicate 2>&1); rc=$?
expect "unknown command exit 2" [ $rc -eq 2 ]
expect "unknown command named" has "$out" 'unknown command "frobnicate"'
for c in run play list validate analyze test graph new report compare history export; do
  out=$("$naast" $c --help); rc=$?
  expect "$c --help" [ $rc -eq 0 ]
  expect "$c --help text" has "$out" "usage: naast $c"
done

# run: the golden transcript
out=$("$naast" run fixtures/basic.lua --choices 1,1,1); rc=$?
expect "run exit 0" [ $rc -eq 0 ]
expect "run golden transcript" diff -u golden/basic-1-1-1.txt <(printf '%s\n' "$out")
out=$("$naast" run fixtures/basic.lua --choices 1,1,1 --lang en)
expect "run --lang en" has "$out" "Ending: Goed (herstel)"
out=$("$naast" run fixtures/basic.lua --choices 1,5 2>&1); rc=$?
expect "bad choice exit 1" [ $rc -eq 1 ]
expect "bad choice message" has "$out" "step 2: response 5 is not available here: choose 1 to 3"
out=$("$naast" run fixtures/basic.lua --choices 1,x 2>&1); rc=$?
expect "malformed choices exit 2" [ $rc -eq 2 ]
expect "malformed choices message" has "$out" "response numbers separated by commas"
out=$("$naast" run nosuch --choices 1 2>&1); rc=$?
expect "unknown scenario exit 2" [ $rc -eq 2 ]
expect "unknown scenario message" has "$out" 'no scenario "nosuch"'
out=$("$naast" run fixtures/basic.lua --choices 2 2>&1); rc=$?
expect "unfinished run exit 0" [ $rc -eq 0 ]
expect "unfinished run says so" has "$out" "nog niet afgelopen"

# records: schema, determinism, content
"$naast" run fixtures/basic.lua --choices 1,1,1 --record "$tmp/a.json" --trainee Kim >/dev/null
"$naast" run fixtures/basic.lua --choices 1,1,1 --record "$tmp/b.json" --trainee Kim >/dev/null
"$naast" run fixtures/basic.lua --choices 2,2 --record "$tmp/c.json" --assess >/dev/null
expect "records match the schema" schema "$tmp/a.json" "$tmp/c.json"
expect "same choices, same record" cmp -s "$tmp/a.json" "$tmp/b.json"
rec=$(cat "$tmp/a.json")
expect "record: ending" has "$rec" '"kind":	"herstel"'
expect "record: overall" has "$rec" '"overall":	0.8333'
expect "record: trainee" has "$rec" '"trainee":	"Kim"'
expect "record: started" has "$rec" '"started":	"2023-11-14T22:13:20Z"'
expect "early ending recorded" has "$(cat "$tmp/c.json")" '"id":	"weg"'
ls "$tmp" | grep -q '\.tmp\.' && expect "no temporary files left" false || expect "no temporary files left" true

# a damaged record gets a clear word
head -c 200 "$tmp/a.json" > "$tmp/broken.json"
out=$("$naast" play --resume "$tmp/broken.json" 2>&1 </dev/null); rc=$?
expect "truncated record exit 1" [ $rc -eq 1 ]
expect "truncated record message" has "$out" "not a valid JSON record"

# play in the terminal through standard input: quit halfway, resume, undo
out=$(printf '1\nq\n' | "$naast" play fixtures/basic.lua --record "$tmp/p.json" 2>&1); rc=$?
expect "play quit exit 0" [ $rc -eq 0 ]
expect "play quit says how to resume" has "$out" "naast play --resume $tmp/p.json"
expect "saved after the decision" has "$(cat "$tmp/p.json")" '"choice":	"a.1"'
expect "unfinished record has no end" has "$(cat "$tmp/p.json")" '"ended":	null'
out=$(printf '2\nu\n1\n1\n' | "$naast" play --resume "$tmp/p.json" 2>&1); rc=$?
expect "resume exit 0" [ $rc -eq 0 ]
expect "undo acknowledged" has "$out" "Laatste keuze teruggenomen"
expect "resumed to the end" has "$out" "Einde: Goed (herstel)"
expect "resumed record matches the schema" schema "$tmp/p.json"
python3 -c "
import json,sys; r=json.load(open('$tmp/p.json'))
assert [d['choice'] for d in r['decisions']] == ['a.1','b-eerlijk','c.1'], r['decisions']
assert r['undone'] == [{'step': 2, 'node': 'b', 'choice': 'b.2'}], r['undone']
assert r['ending']['id'] == 'goed'
" && expect "resume and undo recorded" true || expect "resume and undo recorded" false
out=$(printf '7\nx\n1\n' | "$naast" play fixtures/basic.lua --no-save 2>&1)
expect "play: bad number gets a word" has "$out" "Kies een nummer van 1 tot 2."

# starting the same scenario again offers the unfinished session
printf '1\nq\n' | "$naast" play fixtures/basic.lua >/dev/null 2>&1
out=$(printf 'j\n1\n1\n' | "$naast" play fixtures/basic.lua 2>&1)
expect "resume offered" has "$out" "onderbroken sessie"
expect "offered session finished" has "$out" "Einde: Goed (herstel)"
saved=$(ls "$NAAST_DATA"/sessions/*.json | wc -l)
expect "one session record in the data folder" [ "$saved" -eq 1 ]
debriefs=$(ls "$NAAST_DATA"/sessions/*.md "$NAAST_DATA"/sessions/*.html | wc -l)
expect "its debrief beside it, as Markdown and HTML" [ "$debriefs" -eq 2 ]

# validate: exit codes and JSON
out=$("$naast" validate fixtures/basic.lua 2>&1); rc=$?
expect "validate warnings exit 0" [ $rc -eq 0 ]
expect "validate warning text" has "$out" "fixtures/basic.lua:36: warning: response 3 of node \"a\": its condition holds in no reachable state"
"$naast" validate --strict fixtures/basic.lua >/dev/null 2>&1
expect "validate --strict fails on warnings" [ $? -eq 1 ]
n=$("$naast" validate --json fixtures/basic.lua | python3 -c "import json,sys; print(len([f for f in json.load(sys.stdin) if not f['code'].startswith('tell')]))")
expect "validate --json" [ "$n" = 2 ]

# tells: a surface strategy that gives the scenario away is a warning on the
# scenario's line, naming the strategy, its score and its ending
out=$("$naast" validate --strict fixtures/tells.lua 2>&1); rc=$?
expect "tells: validate --strict fails" [ $rc -eq 1 ]
expect "tells: the finding" has "$out" 'fixtures/tells.lua:5: warning: tells: always taking a response that asks a question (strategy "question") scores 75% and ends in "goed" (herstel)'
expect "tells: only that strategy" [ "$(grep -c 'tells:' <<<"$out")" -eq 1 ]
out=$("$naast" analyze fixtures/tells.lua)
expect "analyze: tells section" has "$out" "tells (surface strategies that ignore what is said):"
expect "analyze: the longest strategy" has "$out" "  longest:      1,1,2,1  -> half (neutraal), 38%"
expect "analyze: the question strategy gives it away" has "$out" "  question:     2,1,2,2  -> goed (herstel), 75%  GIVES IT AWAY"
expect "analyze: length figures" has "$out" "the best response is the longest in 1 of 4 decisions, the shortest in 2"
expect "analyze: medians" has "$out" "median words: best responses 6.5, others 7.0"
expect "analyze --json: tells" python3 -c "
import json, sys
t = json.loads(sys.argv[1])['tells']
s = {x['strategy']: x for x in t['strategies']}
assert sorted(s) == sorted(['longest', 'shortest', 'first', 'last', 'question', 'no-question']), s
assert s['shortest']['choices'] == [2, 2, 3, 3] and s['shortest']['ending'] == 'weg' and s['shortest']['kind'] == 'breuk'
assert s['question']['gives_away'] and not s['longest']['gives_away']
assert abs(s['no-question']['overall'] - 0.25) < 1e-9
assert (t['decisions'], t['best_longest'], t['best_shortest']) == (4, 1, 2), t
assert (t['median_words_best'], t['median_words_other']) == (6.5, 7), t
" "$("$naast" analyze --json fixtures/tells.lua)"

# analyze on the fixture: 8 complete paths, worked out by hand (4 after each first response)
out=$("$naast" analyze --json fixtures/basic.lua)
expect "analyze path count" python3 -c "import json,sys; a=json.loads(sys.argv[1]); assert a['paths']==8, a['paths']" "$out"

# choices left over after the ending are a mistake in the path, not ignored
out=$("$naast" run fixtures/basic.lua --choices 1,1,1,2 2>&1); rc=$?
expect "run: choices after the ending: exit 1" [ $rc -eq 1 ]
expect "run: choices after the ending: said" has "$out" "the conversation ended after 3 choices; 1 more was given"

# a trainee name that is not UTF-8 text is refused before anything is written
"$naast" run fixtures/basic.lua --choices 1 --trainee $'Kim\xff' --record "$tmp/bad-name.json" >/dev/null 2>&1; rc=$?
expect "--trainee with invalid UTF-8: usage error" [ $rc -eq 2 ]
expect "--trainee with invalid UTF-8: no record" [ ! -e "$tmp/bad-name.json" ]

# a silence written as "*(je wacht even)*" is read without its stars in the
# terminal (a screen reader would say them)
out=$("$naast" run fixtures/tells.lua --choices 1,2,2,2)
expect "emphasis: the response without stars" has "$out" "  2. (je wacht even)"
expect "emphasis: the choice echoed without stars" has "$out" "Jij: (je wacht even)"
expect "emphasis: no star left" not_has "$out" "*(je wacht"

# roles: the trainee's seat, from the rubric's list (issue 14). A library of
# two scenarios in different seats, with the library's rubric.
lib="$tmp/rolelib"
mkdir -p "$lib"
cp "$root/scenarios/rubric.lua" "$lib/"
sed -e 's/id = "basic"/id = "als-voogd"/' -e 's/minutes = 5,/minutes = 5, role = "jeugdbeschermer",/' fixtures/basic.lua > "$lib/als-voogd.lua"
sed -e 's/id = "basic"/id = "aan-tafel"/' -e 's/title = "Basis"/title = "Aan tafel"/' -e 's/minutes = 5,/minutes = 5, role = "procesbegeleider",/' fixtures/basic.lua > "$lib/aan-tafel.lua"
sed -e 's/minutes = 5,/minutes = 5, role = "bakker",/' fixtures/basic.lua > "$tmp/bad-role.lua"
out=$("$naast" validate --rubric "$lib/rubric.lua" "$tmp/bad-role.lua" 2>&1); rc=$?
expect "role: unknown role exit 1" [ $rc -eq 1 ]
expect "role: unknown role at the scenario's line" has "$out" "bad-role.lua:3: error: role \"bakker\" is not a role of the rubric"
expect "role: the message lists the roles" has "$out" "procesbegeleider, jeugdbeschermer, omgangsbegeleider, collega"
out=$("$naast" validate --rubric "$lib/rubric.lua" fixtures/basic.lua 2>&1); rc=$?
expect "role: a missing role is a warning" has "$out" 'fixtures/basic.lua:3: warning: the scenario names no role'
out=$("$naast" validate fixtures/basic.lua 2>&1)
expect "role: a rubric without roles asks for none" not_has "$out" "names no role"
out=$(NAAST_SCENARIOS="$lib" "$naast" list)
expect "role: list names the role" has "$out" "  Jouw rol: jeugdbeschermer"
out=$(NAAST_SCENARIOS="$lib" "$naast" list --lang en)
expect "role: list in English uses the rubric's English label" has "$out" "  Your role: child protection worker"
out=$(NAAST_SCENARIOS="$lib" "$naast" list --role procesbegeleider)
expect "role: list --role keeps that seat" has "$out" "aan-tafel"
expect "role: list --role leaves the others out" not_has "$out" "als-voogd"
out=$(NAAST_SCENARIOS="$lib" "$naast" list --role omgangsbegeleider 2>&1); rc=$?
expect "role: a role no scenario has: exit 2" [ $rc -eq 2 ]
expect "role: ... and said" has "$out" 'Geen scenario in de bibliotheek zet je in de rol "omgangsbegeleider"'
out=$(printf '1\n\nq\n' | NAAST_SCENARIOS="$lib" "$naast" play --term --no-save --role jeugdbeschermer 2>&1)
expect "role: the terminal library shows the seat" has "$out" " 1. Basis (5 min)"
expect "role: ... and only that seat" not_has "$out" "Aan tafel"
expect "role: ... and plays the one chosen" has "$out" "Begin."
"$naast" run "$lib/als-voogd.lua" --choices 1,1,1 --record "$tmp/role.json" >/dev/null
expect "role: the record keeps it" python3 -c "import json,sys; assert json.load(open(sys.argv[1]))['scenario']['role'] == 'jeugdbeschermer'" "$tmp/role.json"
expect "role: the record matches the schema" schema "$tmp/role.json"
"$naast" report "$tmp/role.json" --out "$tmp/role.md" >/dev/null 2>&1
expect "role: the debrief's header names it" grep -q "^  - \*\*Rol van de cursist:\*\* jeugdbeschermer" "$tmp/role.md"
"$naast" report "$tmp/role.json" --lang en --out "$tmp/role-en.md" >/dev/null 2>&1
expect "role: in English, the rubric's label" grep -q "^  - \*\*Trainee's role:\*\* child protection worker" "$tmp/role-en.md"
mkdir -p "$tmp/roledata/sessions"
"$naast" run "$lib/als-voogd.lua" --choices 1,1,1 --record "$tmp/roledata/sessions/a.json" >/dev/null
"$naast" run "$lib/aan-tafel.lua" --choices 2,2 --record "$tmp/roledata/sessions/b.json" >/dev/null
"$naast" run fixtures/basic.lua --choices 2,2 --record "$tmp/roledata/sessions/c.json" >/dev/null
out=$("$naast" export --data "$tmp/roledata" --role jeugdbeschermer)
expect "role: export has a role column" has "$(head -1 <<<"$out")" ",trainee,role,mode,"
expect "role: export --role keeps that seat" [ "$(tail -n +2 <<<"$out" | grep -c ',jeugdbeschermer,')" -eq 3 ]
expect "role: export --role leaves the others out" not_has "$out" "aan-tafel"
out=$("$naast" history --data "$tmp/roledata")
expect "role: history groups by role" has "$out" "  jeugdbeschermer: 1 afgeronde sessie, gemiddeld 83%"
expect "role: ... every seat" has "$out" "  procesbegeleider: 1 afgeronde sessie"
expect "role: ... and records without one" has "$out" "  (geen rol vastgelegd): 1 afgeronde sessie"
out=$("$naast" history --data "$tmp/roledata" --role procesbegeleider)
expect "role: history --role keeps that seat" has "$out" "aan-tafel"
expect "role: history --role leaves the others out" not_has "$out" "als-voogd"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
