#!/bin/bash
# The window through its public face, without a display (SDL's offscreen
# driver, software renderer): scripted input plays scenarios through the
# window, and the records must equal `naast run`'s for the same choices
# (time fields and the self-assessment aside); undo, pause, resume, live
# reload (F5 and a change on disk, also to a broken file); screenshots of
# every screen at 800x600 and 1920x1080, text at 100% and 200%, checked by
# shotcheck; the layout limits; bad input; group play (votes, tie, the
# facilitator's own choice, undo, the countdown, resume, every phase's
# screenshots) and --from RECORD --step N.
# usage: window.sh NAAST SHOTCHECK [ARTIFACTS_DIR]
set -u
naast=$(realpath "$1")
shotcheck=$(realpath "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)
tests="$root/tests"
tmp=$(mktemp -d)
shots=${3:-$tmp/shots}
mkdir -p "$shots"
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export SDL_VIDEODRIVER=offscreen SOURCE_DATE_EPOCH=1700000000 NAAST_DATA="$tmp/data"
pass=0 fail=0
expect() { # description, condition (a command)
  local what=$1; shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $what"; fi
}
has() { grep -qF -- "$2" <<<"$1"; }
fails() { ! "$@" >/dev/null; }
steps() { printf '%s\n' "$@" > "$tmp/steps"; }   # the scripted input of the next play
win() { "$naast" play --window --events "$tmp/steps" "$@"; }
# Two records describe the same session when they are equal apart from the
# times (started, ended, seconds per decision) and the self-assessment.
same_record() { /usr/bin/python3 - "$@" <<'PY'
import json, sys
def norm(p):
    r = json.load(open(p))
    for k in ("started", "ended", "self_assessment"):
        r.pop(k, None)
    for d in r.get("decisions", []):
        d.pop("seconds", None)
    return r
a, b = norm(sys.argv[1]), norm(sys.argv[2])
if a != b:
    for k in sorted(set(a) | set(b)):
        if a.get(k) != b.get(k):
            print("  differs:", k, json.dumps(a.get(k))[:200], "|", json.dumps(b.get(k))[:200])
    sys.exit(1)
PY
}
schema() { /usr/bin/python3 - "$root/docs/record.schema.json" "$@" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
for p in sys.argv[2:]:
    jsonschema.validate(json.load(open(p)), schema)
PY
}
field() { /usr/bin/python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(json.dumps(eval(sys.argv[2])))' "$@"; }
cd "$tests"

# 1. training mode, number keys; Enter after each feedback; self-assessment
steps "expect-screen intro" "key Return" "expect-screen talk" \
      "key 1" "key Return" "key 1" "key Return" "key 1" "key Return" "expect-screen self" \
      "key 4" "key Down" "key 3" "key Down" "key Down" "text Ik liet haar kiezen, één" "text  stap tegelijk." \
      "key Down" "key Tab" "key Return" "expect-screen ending" "key Return" "expect-screen debrief"
win fixtures/basic.lua --record "$tmp/w1.json" --trainee Kim >/dev/null 2>"$tmp/err"; rc=$?
expect "training play exit 0" [ $rc -eq 0 ]
"$naast" run fixtures/basic.lua --choices 1,1,1 --record "$tmp/r1.json" --trainee Kim >/dev/null
expect "training: window record equals run record" same_record "$tmp/w1.json" "$tmp/r1.json"
expect "training: record matches the schema" schema "$tmp/w1.json"
sa=$(field "$tmp/w1.json" 'r["self_assessment"]')
expect "self-assessment: exact shape" [ "$sa" = '{"ratings": {"erkenning": 4, "regie": 3}, "most_content": "Ik liet haar kiezen, \u00e9\u00e9n stap tegelijk."}' ]
expect "ended is set at the end" [ "$(field "$tmp/w1.json" 'r["ended"]')" = '"2023-11-14T22:13:20Z"' ]
expect "seconds are measured in the window" [ "$(field "$tmp/w1.json" 'all(isinstance(d["seconds"], (int, float)) for d in r["decisions"])')" = true ]
expect "debrief written beside the record" [ -s "$tmp/w1.md" ] && expect "debrief HTML beside the record" [ -s "$tmp/w1.html" ]

# 2. assessment mode, arrows + Enter and the mouse; no feedback step
steps "key Return" "key Down" "key Return" "click response 2" "key Return" "expect-screen self" \
      "key Return" "key Return" "key Return" "key Return" "key Return" "key Return" "expect-screen ending"
win fixtures/basic.lua --assess --record "$tmp/w2.json" >/dev/null 2>"$tmp/err"; rc=$?
expect "assessment play exit 0" [ $rc -eq 0 ] || cat "$tmp/err"
"$naast" run fixtures/basic.lua --assess --choices 2,2 --record "$tmp/r2.json" >/dev/null
expect "assessment: window record equals run record" same_record "$tmp/w2.json" "$tmp/r2.json"
expect "nothing rated: empty ratings" [ "$(field "$tmp/w2.json" 'r["self_assessment"]')" = '{"ratings": {}}' ]

# 3. a library scenario, all by mouse
s3=("click start 0")
for c in 3 2 1 3 2 1 3 4; do s3+=("click response $c" "click next 0"); done
steps "${s3[@]}" "expect-screen self"
win weer-iemand-van-de-gemeente --record "$tmp/w3.json" >/dev/null 2>"$tmp/err"; rc=$?
expect "library scenario by mouse exit 0" [ $rc -eq 0 ] || cat "$tmp/err"
"$naast" run weer-iemand-van-de-gemeente --choices 3,2,1,3,2,1,3,4 --record "$tmp/r3.json" >/dev/null
expect "library scenario: window record equals run record" same_record "$tmp/w3.json" "$tmp/r3.json"

# 4. undo (Backspace) keeps the undone decision in the record
steps "key Return" "key 1" "key Return" "key BackSpace" "key 2" "key Return" "key 2" "key Return" "expect-screen self"
win fixtures/basic.lua --record "$tmp/w4.json" >/dev/null 2>"$tmp/err"
"$naast" run fixtures/basic.lua --choices 2,2 --record "$tmp/r4.json" >/dev/null
expect "undo: the decisions kept" [ "$(field "$tmp/w4.json" '[d["choice"] for d in r["decisions"]]')" = '["a.2", "b.2"]' ]
expect "undo: the record keeps it" [ "$(field "$tmp/w4.json" '[u["choice"] for u in r["undone"]]')" = '["a.1"]' ]
steps "key Return" "key 1" "key BackSpace" "shot undo-assess" "key 2"
win fixtures/basic.lua --assess --record "$tmp/w4b.json" --shots "$tmp" >/dev/null 2>&1
expect "no undo in assessment mode" [ "$(field "$tmp/w4b.json" '[d["choice"] for d in r["decisions"]]')" = '["a.1", "b.2"]' ]
expect "assessment undo says why" grep -q "oefenstand" "$tmp/undo-assess.boxes"

# 5. pause: keys do nothing while paused; the pause is not counted
steps "key Return" "key space" "shot pause" "key 2" "key p" "key 1" "key Return" "expect-screen talk"
win fixtures/basic.lua --record "$tmp/w5.json" --shots "$shots" >/dev/null 2>&1
expect "pause: the key pressed while paused was ignored" [ "$(field "$tmp/w5.json" '[d["choice"] for d in r["decisions"]]')" = '["a.1"]' ]
expect "pause screen says so" grep -q "De tijd staat stil" "$shots/pause.boxes"
expect "pause screen passes the checks" "$shotcheck" --no-focus "$shots/pause.png"

# 6. resume: stop halfway (the script ends), start again, take the offer
rm -rf "$tmp/data"
steps "key Return" "key 1" "key Return"
win fixtures/basic.lua >/dev/null 2>&1
expect "a session was saved in the data folder" [ "$(ls "$tmp/data/sessions" | wc -l)" -eq 1 ]
steps "expect-screen resume" "shot resume" "key Return" "expect-screen talk" "key 1" "key Return" "key 1" "key Return" "expect-screen self"
win fixtures/basic.lua --shots "$shots" >/dev/null 2>"$tmp/err"; rc=$?
expect "resume offer taken, exit 0" [ $rc -eq 0 ] || cat "$tmp/err"
expect "resume: still one session file" [ "$(ls "$tmp/data/sessions"/*.json | wc -l)" -eq 1 ]
"$naast" run fixtures/basic.lua --choices 1,1,1 --record "$tmp/r6.json" >/dev/null
expect "resume: record equals run" same_record "$tmp/data/sessions/"*.json "$tmp/r6.json"
expect "resume screen passes the checks" "$shotcheck" "$shots/resume.png"

# 7. live reload with F5: the choices so far are replayed
mkdir -p "$tmp/edit"
cp fixtures/basic.lua "$tmp/edit/s.lua"
steps "key Return" "key 1" "key Return" "key F5" "shot f5" "key 1" "key Return" "key 1" "key Return" "expect-screen self"
win "$tmp/edit/s.lua" --rubric rubric.lua --record "$tmp/w7.json" --shots "$tmp" >/dev/null 2>"$tmp/err"
expect "F5: says what was replayed" grep -q "1 van 1 keuzes opnieuw gespeeld" "$tmp/f5.boxes"
"$naast" run "$tmp/edit/s.lua" --rubric rubric.lua --choices 1,1,1 --record "$tmp/r7.json" >/dev/null
expect "F5: record equals run" same_record "$tmp/w7.json" "$tmp/r7.json"

# 8. a change on disk reloads by itself; a broken file shows file:line and
#    the previous version stays playable
cp fixtures/basic.lua "$tmp/edit/s.lua"
steps "key Return" "key 1" "key Return" "shot before" "wait-change" "shot changed" "wait-change" "shot broken" \
      "key 1" "key Return" "key 1" "key Return" "expect-screen self"
win "$tmp/edit/s.lua" --rubric rubric.lua --record "$tmp/w8.json" --shots "$tmp" >/dev/null 2>"$tmp/err" &
pid=$!
for i in $(seq 100); do [ -f "$tmp/before.png" ] && break; sleep 0.1; done
sed -i 's/"Hallo."/"Hallo, fijn dat je er bent."/' "$tmp/edit/s.lua"
for i in $(seq 100); do [ -f "$tmp/changed.png" ] && break; sleep 0.1; done
sleep 1.1   # a new modification time even on coarse clocks
printf 'node "kapot" {\n  lines = { "x" \n' >> "$tmp/edit/s.lua"
wait $pid; rc=$?
expect "change on disk: play goes on, exit 0" [ $rc -eq 0 ] || cat "$tmp/err"
expect "change on disk: the new text shows" grep -q "Hallo, fijn dat je er bent." "$tmp/changed.boxes"
expect "broken file: file:line shown" grep -qE "s\.lua:[0-9]+:" "$tmp/broken.boxes"
expect "broken file: the window says the old version stays" grep -q "vorige versie blijft speelbaar" "$tmp/broken.boxes"
expect "broken file: the old version played on" [ "$(field "$tmp/w8.json" 'len(r["decisions"])')" = 3 ]

# 9. every screen at two sizes and two text sizes, checked
mkdir -p "$tmp/lib"
cp fixtures/basic.lua window/fit.lua rubric.lua "$tmp/lib/"
flow=("shot picker" "key s" "shot settings" "key Escape" "key Return" "shot intro" "key Return" "shot talk"
      "key 1" "shot feedback" "key Return" "key 1" "key Return" "key 1" "key Return" "key 4" "key Down" "key Down"
      "key Down" "text Rustig aan." "shot self" "key Down" "key Down" "key Return" "shot ending" "key Return"
      "shot debrief" "key End" "shot debrief-end")
for size in 800x600 1920x1080; do
  for pct in 100 200; do
    d="$shots/$size-$pct"
    mkdir -p "$d"
    steps "${flow[@]}"
    NAAST_SCENARIOS="$tmp/lib" win --no-save --size $size --text-size $pct --shots "$d" >/dev/null 2>"$tmp/err"
    expect "screens $size $pct%: exit 0" [ $? -eq 0 ] || cat "$tmp/err"
    expect "screens $size $pct%: all written" [ "$(ls "$d"/*.png | wc -l)" -eq 9 ]
    out=$("$shotcheck" "$d"/*.png); rc=$?
    expect "screens $size $pct%: checks pass" [ $rc -eq 0 ] || echo "$out"
  done
done
steps "shot contrast"
win fixtures/basic.lua --no-save --contrast --shots "$shots" >/dev/null 2>&1
expect "high contrast passes the checks" "$shotcheck" "$shots/contrast.png"

# 10. the layout limits: a 700-character line and six 220-character
#     responses fit 800x600 at 100%; at 200% the focused one is in view
steps "key Return" "shot fit-100"
win window/fit.lua --no-save --size 800x600 --shots "$shots" >/dev/null 2>&1
expect "limits at 100%: nothing scrolled away" "$shotcheck" --all-visible "$shots/fit-100.png"
sixth=$(grep -o 'text = "[^"]*' window/fit.lua | sed -n 6p | cut -c9-40)
steps "key Return" "key Down" "key Down" "key Down" "key Down" "key Down" "shot fit-200"
win window/fit.lua --no-save --size 800x600 --text-size 200 --shots "$shots" >/dev/null 2>&1
expect "limits at 200%: the focused response is wholly in view" "$shotcheck" --visible "$sixth" "$shots/fit-200.png"
expect "limits at 200%: the list scrolls" fails "$shotcheck" --all-visible "$shots/fit-200.png"

# 10b. a portrait the scenario names is drawn (a magenta image); without it, initials
magenta() { /usr/bin/python3 - "$1" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
w, h = struct.unpack(">II", data[16:24])
idat, at = b"", 8
while at < len(data):
    n, kind = struct.unpack(">I4s", data[at:at + 8])
    if kind == b"IDAT": idat += data[at + 8:at + 8 + n]
    at += 12 + n
raw = zlib.decompress(idat)
count = sum(1 for y in range(h) for x in range(w)
            if raw[y * (3 * w + 1) + 1 + 3 * x:y * (3 * w + 1) + 4 + 3 * x] == b"\xff\x00\xff")
print(count)
PY
}
# the scenario is basic.lua with a portrait, made here beside a copy of the image
mkdir -p "$tmp/p" "$tmp/portrait"
cp window/portrait/ouder.png "$tmp/portrait/"
sed 's/role = "moeder" } },/role = "moeder", portrait = "ouder.png" } },/' fixtures/basic.lua > "$tmp/portrait/portrait.lua"
expect "portrait: the fixture names the image" grep -q 'portrait = "ouder.png"' "$tmp/portrait/portrait.lua"
steps "expect-screen intro" "key Return" "expect-screen talk" "shot portrait"
win "$tmp/portrait/portrait.lua" --rubric rubric.lua --no-save --shots "$tmp/p" >/dev/null 2>&1
expect "portrait: the scenario's image is drawn" [ "$(magenta "$tmp/p/portrait.png")" -gt 400 ]
sed 's/portrait = "ouder.png"/portrait = "weg.png"/' "$tmp/portrait/portrait.lua" > "$tmp/missing.lua"
steps "expect-screen intro" "key Return" "expect-screen talk" "shot missing"
win "$tmp/missing.lua" --rubric rubric.lua --no-save --shots "$tmp/p" >/dev/null 2>&1
expect "portrait: a missing image gives initials" [ "$(magenta "$tmp/p/missing.png")" -eq 0 ]

# 11. bad input gets a clear word and an exit code
out=$("$naast" play --window --events "$tmp/nosuch" fixtures/basic.lua 2>&1); rc=$?
expect "missing script: exit 2" [ $rc -eq 2 ]
expect "missing script: message" has "$out" "cannot read the script"
printf 'key Return\nfrobnicate\n' > "$tmp/bad"
out=$("$naast" play --window --events "$tmp/bad" fixtures/basic.lua 2>&1); rc=$?
expect "bad script step: exit 2 and file:line" [ $rc -eq 2 ] && expect "bad step message" has "$out" "bad:2: unknown step"
printf 'click response 7\n' > "$tmp/bad"
out=$("$naast" play --window --events "$tmp/bad" fixtures/basic.lua --no-save 2>&1); rc=$?
expect "click on nothing: exit 1" [ $rc -eq 1 ] && expect "click message" has "$out" "bad:1: nothing to click there"
out=$("$naast" play --size 10x10 fixtures/basic.lua 2>&1); rc=$?
expect "bad --size: exit 2" [ $rc -eq 2 ]
out=$(SDL_VIDEODRIVER=nosuch "$naast" play --window fixtures/basic.lua --no-save 2>&1 </dev/null); rc=$?
expect "no video: exit 3" [ $rc -eq 3 ] && expect "no video: message" has "$out" "cannot open a window"
out=$(printf 'q\n' | "$naast" play fixtures/basic.lua --no-save 2>&1); rc=$?
expect "stdin not a terminal: terminal play" has "$out" "Ouder: Hallo."

# 12. group play (intervision): votes by number keys, + and −, Delete and
#     the mouse; a clear majority followed, a tie broken by the facilitator,
#     the facilitator following the minority, an undo; the record keeps the
#     votes, the debrief follows without a self-assessment
mkdir -p "$tmp/g"
steps "expect-screen intro" "key Return" "expect-screen silent" "shot g-silent" "key 1" "shot g-silent-key" \
      "key Return" "expect-screen tally" "key Return" "expect-screen tally" "shot g-novotes" \
      "key 2" "key 2" "key Delete" "key 1" "key 1" "key +" "key Down" "key -" "key Up" "click response 2" \
      "key Escape" "expect-screen silent" "key t" "expect-screen tally" "shot g-tally" \
      "key Return" "expect-screen reveal" "shot g-reveal" "key Return" "expect-screen talk" "shot g-after" \
      "key Return" "expect-screen silent" \
      "key Return" "expect-screen tally" "key 1" "key 1" "key 3" "key Keypad +" "key Return" "expect-screen reveal" \
      "shot g-tie" "key Down" "key Down" "key Return" "key BackSpace" "expect-screen reveal" "shot g-undone" \
      "key Up" "key Up" "key Return" "key Return" \
      "key T" "key 1" "key 1" "key 1" "key 2" "key Return" "key Down" "shot g-override" "click follow 0" \
      "key Return" "expect-screen ending" "shot g-ending" "key Return" "expect-screen debrief"
win fixtures/basic.lua --group --record "$tmp/g1.json" --shots "$tmp/g" --size 1280x720 >/dev/null 2>"$tmp/err"; rc=$?
expect "group play exit 0" [ $rc -eq 0 ] || cat "$tmp/err"
expect "group: mode is group" [ "$(field "$tmp/g1.json" 'r["mode"]')" = '"group"' ]
expect "group: the decisions followed" [ "$(field "$tmp/g1.json" '[d["choice"] for d in r["decisions"]]')" = '["a.1", "b-eerlijk", "c.2"]' ]
expect "group: votes per decision, in the order shown" \
  [ "$(field "$tmp/g1.json" '[d["votes"] for d in r["decisions"]]')" = '[{"counts": [3, 1], "followed": "majority"}, {"counts": [2, 0, 2], "followed": "tie-break"}, {"counts": [3, 1], "followed": "facilitator"}]' ]
expect "group: the undone decision is kept" [ "$(field "$tmp/g1.json" '[u["choice"] for u in r["undone"]]')" = '["b.3"]' ]
expect "group: no self-assessment" [ "$(field "$tmp/g1.json" '"self_assessment" in r')" = false ]
expect "group: the session ended" [ "$(field "$tmp/g1.json" 'r["ending"]["id"]')" = '"neutraal"' ]
expect "group: record matches the schema" schema "$tmp/g1.json"
expect "group: debrief written" [ -s "$tmp/g1.md" ]
# the same choices through run: the same decisions, scores and states
"$naast" run fixtures/basic.lua --choices 1,1,2 --record "$tmp/g1r.json" >/dev/null
same_decisions() { /usr/bin/python3 - "$@" <<'PY'
import json, sys
def norm(p):
    return [{k: v for k, v in d.items() if k not in ("seconds", "votes")} for d in json.load(open(p))["decisions"]]
sys.exit(norm(sys.argv[1]) != norm(sys.argv[2]))
PY
}
expect "group: decisions equal run's for the same choices" same_decisions "$tmp/g1.json" "$tmp/g1r.json"
expect "silent: the heading" grep -q "Kies in stilte" "$tmp/g/g-silent.boxes"
expect "silent: no counts, no feedback" fails grep -qE "stemmen|Feedback|meerderheid" "$tmp/g/g-silent.boxes"
expect "silent: a number key says to choose silently" grep -q "Eerst kiest ieder in stilte" "$tmp/g/g-silent-key.boxes"
expect "tally: Enter without votes gives a notice" grep -q "Nog geen stemmen" "$tmp/g/g-novotes.boxes"
expect "tally: the total shown" grep -q "Totaal: 4" "$tmp/g/g-tally.boxes"
expect "reveal: the majority named" grep -q "de meerderheid koos reactie 1" "$tmp/g/g-reveal.boxes"
expect "reveal: votes and percentage" grep -q "3 stemmen · 75%" "$tmp/g/g-reveal.boxes"
expect "reveal: the feedback of each response chosen" grep -q "goed (les 1)" "$tmp/g/g-reveal.boxes" && \
  expect "reveal: ... also the minority's" grep -q "Feedback: zwak" "$tmp/g/g-reveal.boxes"
expect "reveal: follows the majority" grep -q "Volg reactie 1" "$tmp/g/g-reveal.boxes"
expect "after: the response is the group's" grep -q "Groep: Sterk" "$tmp/g/g-after.boxes"
expect "tie: the notice" grep -q "gelijke stand tussen 1 en 3" "$tmp/g/g-tie.boxes"
expect "tie: no feedback of a response nobody chose" fails grep -q "Feedback: au" "$tmp/g/g-tie.boxes"
expect "undo: the votes are shown again" grep -q "De laatste beslissing en haar stemmen zijn teruggenomen" "$tmp/g/g-undone.boxes"
expect "override: the button says whose choice" grep -q "Volg reactie 2 (keuze begeleider)" "$tmp/g/g-override.boxes"
expect "ending: straight after the conversation" grep -q "Einde: Half" "$tmp/g/g-ending.boxes"
expect "ending: no way back to a self-assessment" fails grep -q "Esc terug" "$tmp/g/g-ending.boxes"
out=$("$shotcheck" "$tmp/g"/*.png); rc=$?
expect "group screens 1280x720: checks pass" [ $rc -eq 0 ] || echo "$out"
# the discussion prompt of the node, under its heading
steps "key Return" "key Return" "key 1" "key Return" "expect-screen reveal" "shot g-prompt"
win weer-iemand-van-de-gemeente --group --no-save --shots "$tmp/g" --size 1280x720 >/dev/null 2>&1
prompt=$(grep -m1 -o 'prompt = "[^"]*' "$root/scenarios/nl/weer-iemand-van-de-gemeente.lua" | cut -c11-50)
expect "reveal: the prompt's heading" grep -q "Om te bespreken" "$tmp/g/g-prompt.boxes"
expect "reveal: the node's prompt" grep -qF "$prompt" "$tmp/g/g-prompt.boxes"
expect "reveal with a prompt passes the checks" "$shotcheck" "$tmp/g/g-prompt.png"

# 11b. the role filter: a library of two seats, with the library's rubric;
#      R and the mouse choose a seat, Enter opens the first scenario shown
mkdir -p "$tmp/rolelib"
cp "$root/scenarios/rubric.lua" "$tmp/rolelib/"
sed -e 's/id = "basic"/id = "als-voogd"/' -e 's/title = "Basis"/title = "Als voogd"/' \
    -e 's/minutes = 5,/minutes = 5, role = "jeugdbeschermer",/' fixtures/basic.lua > "$tmp/rolelib/als-voogd.lua"
sed -e 's/id = "basic"/id = "aan-tafel"/' -e 's/title = "Basis"/title = "Aan tafel"/' \
    -e 's/minutes = 5,/minutes = 5, role = "procesbegeleider",/' fixtures/basic.lua > "$tmp/rolelib/aan-tafel.lua"
mkdir -p "$tmp/r"
steps "shot roles-all" "key r" "shot roles-r" "click role 2" "shot roles-2" "key Return" "expect-screen intro" \
      "key Return" "key 1"
NAAST_SCENARIOS="$tmp/rolelib" win --record "$tmp/role.json" --size 1280x720 --shots "$tmp/r" >/dev/null 2>"$tmp/err"
expect "role filter: exit 0" [ $? -eq 0 ] || cat "$tmp/err"
expect "role filter: all seats at first" grep -q "Aan tafel" "$tmp/r/roles-all.boxes"
expect "role filter: ... both of them" grep -q "Als voogd" "$tmp/r/roles-all.boxes"
expect "role filter: the buttons name the seats" grep -q "jeugdbeschermer" "$tmp/r/roles-all.boxes"
expect "role filter: a card names its seat" grep -q "Jouw rol: procesbegeleider" "$tmp/r/roles-all.boxes"
expect "role filter: R takes the first seat" grep -q "Aan tafel" "$tmp/r/roles-r.boxes"
expect "role filter: ... and leaves the other out" fails grep -q "Als voogd" "$tmp/r/roles-r.boxes"
expect "role filter: the mouse takes the second" grep -q "Als voogd" "$tmp/r/roles-2.boxes"
expect "role filter: ... and leaves the first out" fails grep -q "Aan tafel" "$tmp/r/roles-2.boxes"
expect "role filter: Enter opens the scenario shown" [ "$(field "$tmp/role.json" 'r["scenario"]["id"]')" = '"als-voogd"' ]
expect "role filter: the record keeps the seat" [ "$(field "$tmp/role.json" 'r["scenario"]["role"]')" = '"jeugdbeschermer"' ]
out=$("$shotcheck" "$tmp/r"/*.png); rc=$?
expect "role filter screens 1280x720: checks pass" [ $rc -eq 0 ] || echo "$out"
cp "$tmp/r/roles-2.png" "$shots/roles-1280x720.png" 2>/dev/null
steps "shot roles-opt"
NAAST_SCENARIOS="$tmp/rolelib" win --role procesbegeleider --no-save --shots "$tmp/r" >/dev/null 2>&1
expect "--role: the library opens filtered" fails grep -q "Als voogd" "$tmp/r/roles-opt.boxes"
out=$(NAAST_SCENARIOS="$tmp/rolelib" win --role omgangsbegeleider --no-save 2>&1); rc=$?
expect "--role: a seat no scenario has: exit 2" [ $rc -eq 2 ]

# 11c. a silence written "*(je wacht even)*" is drawn in italic, without stars
mkdir -p "$tmp/em"
steps "key Return" "key 2" "key Return" "shot em-responses" "key 2" "key Return" "shot em-history"
win fixtures/tells.lua --no-save --size 1280x720 --shots "$tmp/em" >/dev/null 2>&1
expect "emphasis: the response card shows the silence" grep -q "(je wacht even)" "$tmp/em/em-responses.boxes"
expect "emphasis: ... without its stars" fails grep -q "\*(je wacht" "$tmp/em/em-responses.boxes"
expect "emphasis: the history too" grep -q "(je wacht even)" "$tmp/em/em-history.boxes"
expect "emphasis: ... without its stars" fails grep -q "\*(je wacht" "$tmp/em/em-history.boxes"

# 12b. the countdown: mm:ss, the pause stops it, time up is said; the
#      script's `wait` moves the window's clock on
steps "key Return" "shot t-start" "wait 30" "shot t-30" "key space" "wait 45" "key p" "shot t-paused" \
      "wait 61" "shot t-up" "key Return" "key Escape" "expect-screen silent" "shot t-back"
win fixtures/basic.lua --group --discuss 1m30s --no-save --shots "$tmp/g" >/dev/null 2>"$tmp/err"; rc=$?
expect "timer play exit 0" [ $rc -eq 0 ] || cat "$tmp/err"
expect "timer: starts at 01:30" grep -q " 01:30$" "$tmp/g/t-start.boxes"
expect "timer: 30 s later 01:00" grep -q " 01:00$" "$tmp/g/t-30.boxes"
expect "timer: a pause is not counted" grep -q " 01:00$" "$tmp/g/t-paused.boxes"
expect "timer: runs out at 00:00" grep -q " 00:00$" "$tmp/g/t-up.boxes"
expect "timer: says the time is up" grep -q "De tijd is om" "$tmp/g/t-up.boxes"
expect "timer: still up after the tally" grep -q "De tijd is om" "$tmp/g/t-back.boxes"
expect "timer: time up passes the checks" "$shotcheck" "$tmp/g/t-up.png"
for t in 3m:03:00 90s:01:30 2m30s:02:30 45:00:45; do
  steps "key Return" "shot t-arg"
  win fixtures/basic.lua --group --discuss "${t%%:*}" --no-save --shots "$tmp/g" >/dev/null 2>&1
  expect "--discuss ${t%%:*} shows ${t#*:}" grep -q " ${t#*:}$" "$tmp/g/t-arg.boxes"
done
for bad in 0 x 3h 2s30m -5 ""; do
  out=$("$naast" play --window --group --discuss "$bad" fixtures/basic.lua --no-save 2>&1 </dev/null); rc=$?
  expect "--discuss '$bad': exit 2" [ $rc -eq 2 ] && expect "--discuss '$bad': message" has "$out" "--discuss takes a time"
done
steps "key Return" "shot t-none"
win fixtures/basic.lua --group --no-save --shots "$tmp/g" >/dev/null 2>&1
expect "no --discuss: no countdown" fails grep -qE " [0-9][0-9]:[0-9][0-9]$" "$tmp/g/t-none.boxes"

# 12c. every group phase at 1280x720 and 1920x1080 (text at 150% by
#      itself), and in high contrast, checked
gflow=("shot intro" "key Return" "shot silent" "key Return" "key 1" "key 2" "key 2" "shot tally"
       "key Return" "shot reveal" "key Up" "shot reveal-other" "key Return" "shot after" "key Return" "key Return" "key 1"
       "key 3" "key Return" "shot tie" "key Return" "key Return" "key Return" "key 2" "key Return" "key Return"
       "key Return" "shot ending" "key Return" "shot debrief")
for size in 1280x720 1920x1080; do
  d="$shots/group-$size"
  mkdir -p "$d"
  steps "${gflow[@]}"
  NAAST_SCENARIOS="$tmp/lib" win basic --group --discuss 2m --no-save --size $size --shots "$d" >/dev/null 2>"$tmp/err"
  expect "group screens $size: exit 0" [ $? -eq 0 ] || cat "$tmp/err"
  expect "group screens $size: all written" [ "$(ls "$d"/*.png | wc -l)" -eq 9 ]
  out=$("$shotcheck" "$d"/*.png); rc=$?
  expect "group screens $size: checks pass" [ $rc -eq 0 ] || echo "$out"
done
d="$shots/group-contrast"
mkdir -p "$d"
steps "${gflow[@]}"
NAAST_SCENARIOS="$tmp/lib" win basic --group --contrast --no-save --size 1280x720 --shots "$d" >/dev/null 2>&1
out=$("$shotcheck" "$d"/*.png); rc=$?
expect "group screens in high contrast: checks pass" [ $rc -eq 0 ] || echo "$out"
# text at 150% unless a size is given: the hint line against training's
hint_h() { awk '$1 == "text" && $10 ~ /^(Enter|1–9)/ { print $5; exit }' "$1"; }
steps "key Return" "key Return" "shot h-group"
win fixtures/basic.lua --group --no-save --size 1280x720 --shots "$tmp/g" >/dev/null 2>&1
steps "key Return" "shot h-train"
win fixtures/basic.lua --no-save --size 1280x720 --shots "$tmp/g" >/dev/null 2>&1
steps "key Return" "key Return" "shot h-given"
win fixtures/basic.lua --group --text-size 100 --no-save --size 1280x720 --shots "$tmp/g" >/dev/null 2>&1
hg=$(hint_h "$tmp/g/h-group.boxes"); ht=$(hint_h "$tmp/g/h-train.boxes"); hv=$(hint_h "$tmp/g/h-given.boxes")
expect "group: text at 150% ($hg px against $ht px)" [ $((hg * 100)) -ge $((ht * 140)) ]
expect "group: --text-size is kept ($hv px against $ht px)" [ "$hv" = "$ht" ]
steps "key Return" "shot g-en"
win fixtures/basic.lua --group --lang en --no-save --shots "$tmp/g" >/dev/null 2>&1
expect "group in English" grep -q "Choose in silence" "$tmp/g/g-en.boxes"

# 12d. a group's session resumes as a group's, with its votes; one person's
#      play of the scenario is not offered the group's session
rm -rf "$tmp/data"
steps "key Return" "key Return" "key 1" "key 1" "key 2" "key Return" "key Return"
win fixtures/basic.lua --group >/dev/null 2>&1
steps "expect-screen intro"
win fixtures/basic.lua >/dev/null 2>"$tmp/err"
expect "a person is not offered the group's session" [ $? -eq 0 ] || cat "$tmp/err"
steps "expect-screen resume" "key Return" "expect-screen silent" "key Return" "key 3" "key Return" "key Return" \
      "key Return" "key Return" "key 1" "key Return" "key Return" "key Return" "expect-screen ending"
win fixtures/basic.lua --group >/dev/null 2>"$tmp/err"
expect "group resume: exit 0" [ $? -eq 0 ] || cat "$tmp/err"
g=$(ls "$tmp/data/sessions/"*.json)
expect "group resume: one session" [ "$(echo "$g" | wc -l)" -eq 1 ]
expect "group resume: the votes before and after" \
  [ "$(field "$g" '[(d["choice"], d["votes"]["counts"], d["votes"]["followed"]) for d in r["decisions"]]')" = '[["a.1", [2, 1], "majority"], ["b.3", [0, 0, 1], "majority"], ["c.2", [1], "majority"]]' ]
steps "expect-screen silent"
cp "$tmp/g1.json" "$tmp/g1-copy.json"
/usr/bin/python3 - "$tmp/g1-copy.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
r["decisions"] = r["decisions"][:2]; r.pop("ending"); r["ended"] = None
json.dump(r, open(sys.argv[1], "w"))
PY
win --resume "$tmp/g1-copy.json" >/dev/null 2>"$tmp/err"
expect "--resume of a group record: the silent phase" [ $? -eq 0 ] || cat "$tmp/err"

# a live reload (F5) in the middle of the tally keeps the votes entered
steps "key Return" "expect-screen silent" "key Return" "expect-screen tally" "key 1" "key 1" "key 2" \
      "key F5" "expect-screen tally" "key Return" "expect-screen reveal" "key Return"
win fixtures/basic.lua --group --record "$tmp/g-reload.json" >/dev/null 2>"$tmp/err"
expect "group: F5 during the tally keeps the votes" \
  [ "$(field "$tmp/g-reload.json" '[d["votes"] for d in r["decisions"]]')" = '[{"counts": [2, 1], "followed": "majority"}]' ]

# 13. --from RECORD --step N: a new session, the decisions before N
#     replayed, branched_from kept
"$naast" run fixtures/basic.lua --choices 1,1,1 --record "$tmp/orig.json" --trainee Kim >/dev/null
rm -rf "$tmp/data"
steps "expect-screen talk" "shot from" "key 2" "key Return" "quit"
win --from "$tmp/orig.json" --step 2 --shots "$tmp/g" >/dev/null 2>"$tmp/err"
expect "--from: exit 0" [ $? -eq 0 ] || cat "$tmp/err"
b=$(ls "$tmp/data/sessions/"*.json 2>/dev/null | head -1)
expect "--from: a new record in the sessions folder" [ -n "$b" ]
expect "--from: branched_from" [ "$(field "$b" 'r["branched_from"]')" = "{\"record\": \"$(realpath "$tmp/orig.json")\", \"step\": 2}" ]
expect "--from: the choices before N are the original's" \
  [ "$(field "$b" '[d["choice"] for d in r["decisions"][:1]]')" = "$(field "$tmp/orig.json" '[d["choice"] for d in r["decisions"][:1]]')" ]
expect "--from: the state before N is the original's" \
  [ "$(field "$b" 'r["decisions"][0]["state"]')" = "$(field "$tmp/orig.json" 'r["decisions"][0]["state"]')" ]
expect "--from: decision N is the new one" [ "$(field "$b" '[d["choice"] for d in r["decisions"]]')" = '["a.1", "b.2"]' ]
expect "--from: the trainee of the original" [ "$(field "$b" 'r["trainee"]')" = '"Kim"' ]
expect "--from: training mode" [ "$(field "$b" 'r["mode"]')" = '"training"' ]
expect "--from: the original is untouched" [ "$(field "$tmp/orig.json" 'len(r["decisions"])')" = 3 ]
expect "--from: the screen says where it began" grep -q "Begonnen bij beslissing 2 van orig.json" "$tmp/g/from.boxes"
expect "--from: schema" schema "$b"
# from a group's record, as a group: the votes before N come along
steps "expect-screen silent" "key Return" "key 2" "key Return" "key Return" "quit"
win --from "$tmp/g1.json" --step 3 --group --record "$tmp/b2.json" --trainee Ans >/dev/null 2>"$tmp/err"
expect "--from --group: exit 0" [ $? -eq 0 ] || cat "$tmp/err"
expect "--from --group: mode group" [ "$(field "$tmp/b2.json" 'r["mode"]')" = '"group"' ]
expect "--from --group: the votes before N copied, the new one added" \
  [ "$(field "$tmp/b2.json" '[d.get("votes") for d in r["decisions"]]')" = '[{"counts": [3, 1], "followed": "majority"}, {"counts": [2, 0, 2], "followed": "tie-break"}, {"counts": [0, 1], "followed": "majority"}]' ]
expect "--from --group: the trainee given" [ "$(field "$tmp/b2.json" 'r["trainee"]')" = '"Ans"' ]
expect "--from --group: step 3" [ "$(field "$tmp/b2.json" 'r["branched_from"]["step"]')" = 3 ]
# --step 1: from the start
steps "expect-screen talk" "quit"
win --from "$tmp/orig.json" --step 1 --record "$tmp/b3.json" >/dev/null 2>&1
expect "--step 1: no decisions yet" [ "$(field "$tmp/b3.json" 'len(r["decisions"])')" = 0 ]
# wrong steps and records: a message and an exit code before any window
# opens (a video driver that does not exist would fail with 3)
out=$(SDL_VIDEODRIVER=nosuch "$naast" play --window --from "$tmp/orig.json" --step 4 2>&1 </dev/null); rc=$?
expect "--step past the record: exit 2" [ $rc -eq 2 ] && expect "--step past the record: message" has "$out" "has 3 decisions: --step takes 1 to 3"
out=$(SDL_VIDEODRIVER=nosuch "$naast" play --window --from "$tmp/orig.json" --step 0 2>&1 </dev/null); rc=$?
expect "--step 0: exit 2" [ $rc -eq 2 ]
out=$(SDL_VIDEODRIVER=nosuch "$naast" play --window --from "$tmp/orig.json" 2>&1 </dev/null); rc=$?
expect "--from without --step: exit 2" [ $rc -eq 2 ] && expect "--from without --step: message" has "$out" "go together"
out=$(SDL_VIDEODRIVER=nosuch "$naast" play --window --from "$tmp/nosuch.json" --step 1 2>&1 </dev/null); rc=$?
expect "--from a missing record: exit 1" [ $rc -eq 1 ] && expect "--from a missing record: message" has "$out" "nosuch.json"
# a record whose decisions the scenario no longer offers: said before the window opens
sed -E 's/"choice":([[:space:]]*)"a.1"/"choice":\1"a.99"/' "$tmp/orig.json" > "$tmp/gone.json"
out=$(SDL_VIDEODRIVER=nosuch "$naast" play --window --from "$tmp/gone.json" --step 2 2>&1 </dev/null); rc=$?
expect "--from a record that no longer replays: exit 1" [ $rc -eq 1 ]
expect "--from a record that no longer replays: why" has "$out" 'response "a.99") is not available'
printf '{"format": "naast-record", "format_ver' > "$tmp/broken.json"
out=$(SDL_VIDEODRIVER=nosuch "$naast" play --window --from "$tmp/broken.json" --step 1 2>&1 </dev/null); rc=$?
expect "--from a damaged record: exit 1" [ $rc -eq 1 ] && expect "--from a damaged record: message" has "$out" "not a valid JSON record"

echo "window: $pass passed, $fail failed"
[ $fail -eq 0 ]
