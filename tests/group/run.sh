#!/bin/bash
# Group play and "what if" through the public face: `naast play --group
# --term` driven by scripted input (the facilitator's tally lines), the
# record's votes, the group debrief; `naast play --from RECORD --step N`
# checked against the record it branched from. The window's group play is
# tested in tests/window.
set -u
naast=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
kring="$here/kring.lua"
rubric="$root/tests/rubric.lua"
tmp=$(realpath "$(mktemp -d)")
trap 'rm -rf "$tmp"' EXIT
export NAAST_DATA="$tmp/data"
unset SOURCE_DATE_EPOCH
pass=0 fail=0
expect() { # description, condition (a command)
  local what=$1; shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $what"; fi
}
has() { grep -qF -- "$2" <<<"$1"; }
hasnt() { ! grep -qF -- "$2" <<<"$1"; }
schema() { /usr/bin/python3 - "$root/docs/record.schema.json" "$@" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
for p in sys.argv[2:]:
    jsonschema.validate(json.load(open(p)), schema)
PY
}
# json FILE EXPR: prints a Python expression over the record r
json() { python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print($2)" "$1"; }
group() { # record, input, [options]: group play in the terminal
  local rec=$1 input=$2; shift 2
  printf "$input" | "$naast" play --term --group "$kring" --rubric "$rubric" --record "$rec" "$@" 2>&1
}

out=$("$naast" play --help)
expect "play --help names --group" has "$out" "--group"
expect "play --help names --from" has "$out" "--from RECORD --step N"

# ---- the command line says what is wrong, exit 2
for bad in "--discuss 3m" "--group --discuss 3x" "--group --discuss 0" "--group --discuss 61m" \
           "--group --assess" "--step 2" "--from x.json" "--from x.json --step 0"; do
  "$naast" play --term $bad "$kring" </dev/null >/dev/null 2>"$tmp/err"
  rc=$?
  expect "play $bad: exit 2" [ $rc -eq 2 ]
  expect "play $bad: says why" [ -s "$tmp/err" ]
done

# ---- one meeting: a majority, a tie broken, a facilitator's own call
# decision 1: three wrong tallies, then 1 4 1 (majority: 2), Enter follows it
# decision 2: 2:2 4:2 (a tie of 2 and 4), Enter refused, 4 chosen
# decision 3: 4 1 (majority 1), the facilitator follows 2
input='3 x\n9 9 9 9\n0 0 0\n4:1\n1 4 1\n\n2:2 4:2\n\n4\n4 1\n2\n'
out=$(group "$tmp/m.json" "$input" --trainee "Team Noord"); rc=$?
expect "group play: exit 0" [ $rc -eq 0 ]
expect "a word that is not a count is refused" has "$out" "Niet begrepen. Geef voor elk van de 3 antwoorden een aantal"
expect "a response that does not exist is named" has "$out" "Er is geen antwoord 4: de nummers lopen van 1 tot 3."
expect "the silent choice is asked first" has "$out" "Kies in stilte"
expect "the spread is shown" has "$out" "Zo koos de groep (6 stemmen):"
expect "the majority is marked" has "$out" "(meerderheid)"
expect "the discussion prompt is shown" has "$out" "Om te bespreken: Wat heeft Mira nodig voordat ze je binnenlaat?"
expect "a tie asks the facilitator" has "$out" "Gelijke stand tussen 2 en 4. Welk antwoord volgen we?"
# no feedback before the tally: the first feedback comes after the first spread
first_fb=$(grep -n "Toelichting bij" <<<"$out" | head -1 | cut -d: -f1)
first_spread=$(grep -n "Zo koos de groep" <<<"$out" | head -1 | cut -d: -f1)
expect "feedback only after the reveal" [ "${first_fb:-0}" -gt "${first_spread:-0}" ]
expect "feedback of responses nobody chose is not shown at the reveal" hasnt "$out" "Toelichting bij 3: De procedure eerst."
expect "the group has no self-assessment" hasnt "$out" "hoe ging het volgens jou"
expect "the record is schema-valid" schema "$tmp/m.json"
expect "mode group" [ "$(json "$tmp/m.json" 'r["mode"]')" = group ]
expect "votes in the order shown" [ "$(json "$tmp/m.json" '[d["votes"]["counts"] for d in r["decisions"]]')" = "[[1, 4, 1], [0, 2, 0, 2], [4, 1]]" ]
expect "how each course was decided" [ "$(json "$tmp/m.json" '[d["votes"]["followed"] for d in r["decisions"]]')" = "['majority', 'tie-break', 'facilitator']" ]
expect "the conversation followed them" [ "$(json "$tmp/m.json" '[d["number"] for d in r["decisions"]]')" = "[2, 4, 2]" ]
expect "the ending the facilitator's call led to" [ "$(json "$tmp/m.json" 'r["ending"]["id"]')" = half ]
expect "the group's name is kept" [ "$(json "$tmp/m.json" 'r["trainee"]')" = "Team Noord" ]

# the group debrief, written beside the record
md="$tmp/m.md"
expect "the debrief is written" [ -s "$md" ]
d=$(cat "$md")
expect "debrief: the group section" has "$d" "## Hoe de groep koos"
expect "debrief: 4 of 6 votes" has "$d" "4 stemmen (67%)"
expect "debrief: 1 of 6 votes" has "$d" "1 stem (17%)"
expect "debrief: a response nobody chose" has "$d" "0 stemmen (0%)"
expect "debrief: majority followed" has "$d" "gevolgd (meerderheid)"
expect "debrief: tie broken" has "$d" "gevolgd (gelijke stand: de begeleider koos)"
expect "debrief: the facilitator's own call" has "$d" "gevolgd (de begeleider koos bewust dit antwoord)"
expect "debrief: what the other responses would have done" has "$d" "Wat als: -2 punten; spanning 4 → 8."
expect "debrief: a what-if that ends the conversation" has "$d" "Het gesprek zou dan eindigen met “De deur” (breuk)."
expect "debrief: the minority's feedback" has "$d" "Warm bedoeld, maar vaag."
expect "debrief: where part of the group chose better" has "$d" "Een deel van de groep koos hier een sterker antwoord dan het gesprek volgde: antwoord 2."
expect "debrief: no self-assessment asked of a group" has "$d" "Een groep vult geen eigen inschatting in"
expect "debrief: the lesson questions" has "$d" "## Vragen voor de nabespreking"
# each decision's counts in the debrief are the record's
ok=1
for step in 0 1 2; do
  for c in $(json "$tmp/m.json" "' '.join(str(x) for x in r['decisions'][$step]['votes']['counts'])"); do
    has "$d" "$c stem" || ok=0
  done
done
expect "debrief: every count of the record" [ $ok -eq 1 ]
out=$("$naast" report "$tmp/m.json" --lang en --rubric "$rubric" 2>&1)
expect "report --lang en: the group section" has "$out" "## How the group chose"
expect "report --lang en: votes" has "$out" "4 votes (67%)"

# export keeps the votes, checked against the record by the cohort tests' own reader
"$naast" export "$tmp/m.json" --out "$tmp/m.csv"
expect "export: the votes per decision" python3 "$root/tests/cohort/expect.py" export "$tmp/m.csv" "$tmp/m.json"
expect "export: the votes column" grep -q ",1 4 1,majority," "$tmp/m.csv"
# compare reads a group record like any other
out=$("$naast" compare "$tmp/m.json" 2>&1); rc=$?
expect "compare takes a group record" [ $rc -eq 0 ]

# ---- unanimous, and the best response nobody chose
out=$(group "$tmp/u.json" '0 0 6\n\n0 0 0 6\n\n6 0\n\n')
d=$(cat "$tmp/u.md")
expect "unanimous: said" has "$d" "Iedereen koos hetzelfde."
expect "the best response nobody chose: said" has "$d" "Het antwoord dat het meeste opleverde, antwoord 2, koos niemand."

# ---- undo: the tally goes with the decision it belonged to
out=$(group "$tmp/undo.json" '5 1 0\n\nu\n1 5 0\n\n0 6 0 0\n\n6 0\n\n')
expect "undo in group play" has "$out" "Laatste keuze teruggenomen."
expect "after undo: the new votes are kept, the old ones gone" \
  [ "$(json "$tmp/undo.json" '[d["votes"]["counts"] for d in r["decisions"]]')" = "[[1, 5, 0], [0, 6, 0, 0], [6, 0]]" ]
expect "after undo: the undone decision is noted" [ "$(json "$tmp/undo.json" 'len(r["undone"])')" = 1 ]

# ---- stop and resume: group play goes on in group mode with its votes
out=$(group "$tmp/r.json" '1 4 1\n\nq\n')
expect "stopped: the session is kept" has "$out" "naast play --resume $tmp/r.json"
expect "stopped: one decision with its votes" [ "$(json "$tmp/r.json" 'len(r["decisions"]), r["ended"]')" = "1 None" ]
out=$(printf '0 5 1 0\n\n2 1\n\n' | "$naast" play --term --resume "$tmp/r.json" --rubric "$rubric" 2>&1)
expect "resumed: in group mode" has "$out" "Stemmen per antwoord"
expect "resumed: all votes kept" [ "$(json "$tmp/r.json" '[d["votes"]["counts"] for d in r["decisions"]]')" = "[[1, 4, 1], [0, 5, 1, 0], [2, 1]]" ]
expect "resumed: schema-valid" schema "$tmp/r.json"

# ---- the timer, and piped input does not wait for it
out=$(group "$tmp/t.json" '1 4 1\n\nq\n' --discuss 2m30s)
expect "--discuss shows the time" has "$out" "Tijd om te kiezen: 2:30."
out=$(group "$tmp/en.json" '1 4 1\n\nq\n' --lang en)
expect "group play in English" has "$out" "How the group chose (6 votes):"

# ---- what if: --from RECORD --step N starts at decision N in the same state
for n in 1 2 3; do
  out=$(printf 'q\n' | "$naast" play --term --from "$tmp/m.json" --step $n --rubric "$rubric" --record "$tmp/b$n.json" 2>&1)
  expect "--from --step $n: says where it begins" has "$out" "Je begint bij keuze $n van $tmp/m.json"
  expect "--from --step $n: the branch is saved at once" [ -s "$tmp/b$n.json" ]
  expect "--from --step $n: notes where it branched" \
    [ "$(json "$tmp/b$n.json" 'r["branched_from"]["record"], r["branched_from"]["step"]')" = "$tmp/m.json $n" ]
  expect "--from --step $n: the earlier choices are the original's" \
    [ "$(json "$tmp/b$n.json" '[d["choice"] for d in r["decisions"]]')" = "$(json "$tmp/m.json" "[d['choice'] for d in r['decisions'][:$n-1]]")" ]
  # the state it starts in: the original's after decision n-1 (the start state for n = 1)
  if [ $n -gt 1 ]; then
    expect "--from --step $n: the same state as the original at decision $n" \
      [ "$(json "$tmp/b$n.json" 'r["decisions"][-1]["state"]')" = "$(json "$tmp/m.json" "r['decisions'][$n-2]['state']")" ]
  fi
  expect "--from --step $n: the decision is on offer" has "$out" "Wat zeg je?"
  expect "--from --step $n: schema-valid" schema "$tmp/b$n.json"
done
# play the response not taken at decision 2 to the end
out=$(printf '2\n1\n\n\n\n\n' | "$naast" play --term --from "$tmp/m.json" --step 2 --rubric "$rubric" --record "$tmp/w.json" 2>&1)
expect "what if: the other response played on" [ "$(json "$tmp/w.json" '[d["number"] for d in r["decisions"]], r["ending"]["id"]')" = "[2, 2, 1] goed" ]
expect "what if: a training session" [ "$(json "$tmp/w.json" 'r["mode"]')" = training ]
expect "what if: the debrief says where it branched" has "$(cat "$tmp/w.md")" "Vertakt van"
# with --group the votes before the branch are kept
out=$(printf 'q\n' | "$naast" play --term --group --from "$tmp/m.json" --step 3 --rubric "$rubric" --record "$tmp/g.json" 2>&1)
expect "--from --group keeps the votes before the branch" \
  [ "$(json "$tmp/g.json" '[d["votes"]["counts"] for d in r["decisions"]]')" = "[[1, 4, 1], [0, 2, 0, 2]]" ]
# errors
out=$("$naast" play --term --from "$tmp/m.json" --step 4 </dev/null 2>&1); rc=$?
expect "--step past the record: exit 2" [ $rc -eq 2 ]
expect "--step past the record: says the range" has "$out" "has 3 decisions: --step takes 1 to 3"
sed -E 's/"choice":([[:space:]]*)"deur.2"/"choice":\1"deur.9"/' "$tmp/m.json" > "$tmp/gone.json"
out=$("$naast" play --term --from "$tmp/gone.json" --step 2 --rubric "$rubric" </dev/null 2>&1); rc=$?
expect "--from a record that no longer replays: exit 1" [ $rc -eq 1 ]
expect "--from a record that no longer replays: why" has "$out" 'response "deur.9") is not available'
printf '{"format":' > "$tmp/broken.json"
out=$("$naast" play --term --from "$tmp/broken.json" --step 1 </dev/null 2>&1); rc=$?
expect "--from a damaged record: exit 1" [ $rc -eq 1 ]
expect "--from a damaged record: says why" has "$out" "not a valid JSON record"
out=$("$naast" play --term --from "$tmp/m.json" --step 1 "$kring" </dev/null 2>&1); rc=$?
expect "--from with a scenario named too: exit 2" [ $rc -eq 2 ]

# ---- sessions begun in the same second get names of their own
export SOURCE_DATE_EPOCH=1767600000
printf '1 4 1\n\nq\n' | "$naast" play --term --group "$kring" --rubric "$rubric" >/dev/null 2>&1
printf 'q\n' | "$naast" play --term --from "$(ls "$NAAST_DATA"/sessions/kring-*.json | head -1)" --step 1 --rubric "$rubric" >/dev/null 2>&1
expect "two sessions in one second: two files" [ "$(ls "$NAAST_DATA"/sessions/kring-*.json | wc -l)" -eq 2 ]
unset SOURCE_DATE_EPOCH
# an unfinished meeting is offered to a group again, not to one trainee
export NAAST_DATA="$tmp/data2"
printf '1 4 1\n\nq\n' | "$naast" play --term --group "$kring" --rubric "$rubric" >/dev/null 2>&1
out=$(printf 'n\nq\n' | "$naast" play --term --group "$kring" --rubric "$rubric" 2>&1)
expect "an unfinished group session: offered to the group" has "$out" "onderbroken sessie"
out=$(printf 'q\n' | "$naast" play --term "$kring" --rubric "$rubric" 2>&1)
expect "an unfinished group session: not offered to one trainee" hasnt "$out" "onderbroken sessie"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
