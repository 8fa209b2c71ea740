#!/bin/bash
# The window through its public face, without a display (SDL's offscreen
# driver, software renderer): scripted input plays scenarios through the
# window, and the records must equal `naast run`'s for the same choices
# (time fields and the self-assessment aside); undo, pause, resume, live
# reload (F5 and a change on disk, also to a broken file); screenshots of
# every screen at 800x600 and 1920x1080, text at 100% and 200%, checked by
# shotcheck; the layout limits; bad input.
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
for c in 2 1 2 1 2 1 2 1; do s3+=("click response $c" "click next 0"); done
steps "${s3[@]}" "expect-screen self"
win weer-iemand-van-de-gemeente --record "$tmp/w3.json" >/dev/null 2>"$tmp/err"; rc=$?
expect "library scenario by mouse exit 0" [ $rc -eq 0 ] || cat "$tmp/err"
"$naast" run weer-iemand-van-de-gemeente --choices 2,1,2,1,2,1,2,1 --record "$tmp/r3.json" >/dev/null
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

echo "window: $pass passed, $fail failed"
[ $fail -eq 0 ]
