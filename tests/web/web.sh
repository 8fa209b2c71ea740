#!/bin/bash
# Naast in the browser: serves the built site (scripts/web.sh) on 127.0.0.1
# and drives it in headless Chromium with the window's own script steps
# (tests/web/drive.cjs), all visits in one fresh browser profile. A library
# scenario is played to its end by keys and the mouse, and its record must
# equal `naast run`'s for the same choices (apart from times, the
# self-assessment and where the scenario file was) and match the schema; the
# debrief is built, and its downloads are the same bytes as the site stored
# and as the desktop's `naast report` writes; a session stopped halfway is
# offered for resuming after a reload; a trainer's own file opens through the
# file picker (a broken one with file:line) and is in the library after a
# reload, an endless loop in one is stopped with its line; group play's phases
# run; high contrast at 150%; no frame is drawn while nothing happens; the
# canvas equals the window's own shot and is opaque; a resized browser window
# is filled; the settings say where the data is; a browser without IndexedDB
# is told it keeps nothing; the fonts hold every character the site shows.
# Screenshots at 1280x720 of the library, the conversation, the debrief, the
# resume offer, the own scenario, the group's reveal, high contrast and the
# settings are checked as the window tests check theirs.
# usage: web.sh SITE NAAST SHOTCHECK [ARTIFACTS_DIR]
set -u
site=$(realpath "$1")
naast=$(realpath "$2")
shotcheck=$(realpath "$3")
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
art=${4:-$tmp/out}
rm -rf "$art"
mkdir -p "$art"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
export NODE_PATH=${XDG_CACHE_HOME:-$HOME/.cache}/naast-web/node/node_modules
pass=0 fail=0
expect() { # description, condition (a command)
  local what=$1; shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $what"; fi
}
for f in index.html naast.js naast.wasm naast.data; do
  [ -s "$site/$f" ] || { echo "web: $site/$f is missing: build it with scripts/web.sh"; exit 1; }
done
[ -d "$NODE_PATH/playwright-core" ] || { echo "web: playwright-core is missing: scripts/setup.sh --test installs it"; exit 1; }

# the site on a free port of 127.0.0.1 only
python3 "$root/scripts/web-serve.py" "$site" 0 >"$tmp/server.out" 2>&1 &
server=$!
for _ in $(seq 50); do grep -qs serving "$tmp/server.out" && break; sleep 0.1; done
url=$(sed -n 's/^serving //p' "$tmp/server.out")
[ -n "$url" ] || { echo "web: the server did not start"; cat "$tmp/server.out"; exit 1; }

# The visits, in one browser profile. The play: in the library,
# weer-iemand-van-de-gemeente by keys (the library lists its files sorted),
# then all by mouse.
choices=(3 2 1 3 2 1 3 4)
pos=$(cd "$root/scenarios" && find . -name '*.lua' -path './*/*' ! -path './templates/*' | LC_ALL=C sort |
      grep -n 'weer-iemand-van-de-gemeente.lua' | cut -d: -f1)
play=('"expect-screen picker"' '"shot library"')
for _ in $(seq 2 "$pos"); do play+=('"key Down"'); done
play+=('"key Return"' '"expect-screen intro"' '"click start 0"')
for i in "${!choices[@]}"; do
  play+=("\"click response ${choices[$i]}\"" '"click next 0"')
  [ "$i" = 1 ] && play+=('"expect-screen talk"' '"shot talk"')
done
play+=('"expect-screen self"' '"key 4"')
for _ in $(seq 15); do play+=('"key Down"'); done   # to the button, past every dimension and sentence
play+=('"key Return"' '"expect-screen ending"' '"click debrief 0"' '"expect-screen debrief"'
       '"shot debrief"' '"key j"' '"key m"' '"key h"')
join() { local IFS=,; echo "$*"; }
cat >"$tmp/plan.json" <<EOF
[
 {"name": "play", "query": {"size": "1280x720", "trainee": "Kim"}, "events": [$(join "${play[@]}")]},
 {"name": "half", "query": {"size": "1280x720", "scenario": "een-eerlijk-nee"},
  "events": ["expect-screen intro", "key Return", "expect-screen talk", "key 1", "key Return", "key 2", "key Return"]},
 {"name": "reload", "query": {"size": "1280x720", "scenario": "een-eerlijk-nee"},
  "events": ["expect-screen resume", "shot resume", "key Return", "expect-screen talk"]},
 {"name": "trainer-broken", "query": {"size": "1280x720"}, "events": ["expect-screen picker"],
  "pick": "$tmp/broken.lua", "screenshot": true},
 {"name": "trainer-loop", "query": {"size": "1280x720"}, "events": ["expect-screen picker"],
  "pick": "$root/tests/hostile/native_call_loop.lua"},
 {"name": "trainer", "query": {"size": "1280x720"}, "events": ["expect-screen picker"],
  "pick": "$root/tests/fixtures/basic.lua"},
 {"name": "own", "query": {"size": "1280x720"}, "events": ["expect-screen picker", "key End", "shot own"],
  "idle_ms": 1500},
 {"name": "group", "query": {"size": "1280x720", "group": "1", "scenario": "intervisie-die-moeder"},
  "events": ["expect-screen intro", "key Return", "expect-screen silent", "key Return", "expect-screen tally",
             "key 1", "key 1", "key 2", "key Return", "expect-screen reveal", "shot group"]},
 {"name": "contrast", "query": {"size": "1280x720", "contrast": "1", "text-size": "150", "scenario": "een-eerlijk-nee"},
  "events": ["key Escape", "key Escape", "expect-screen picker", "shot contrast"]},
 {"name": "settings", "query": {"size": "1280x720"}, "events": ["key s", "expect-screen settings", "shot settings"],
  "canvas": true, "resize": [1920, 1080]},
 {"name": "nostorage", "query": {"size": "1280x720"}, "events": ["expect-screen picker", "shot nostorage"],
  "no_indexeddb": true}
]
EOF
# a trainer's file with a mistake on line 3
{ sed -n 1,2p "$root/tests/fixtures/basic.lua"; echo "  title = = 42,"; sed -n '3,$p' "$root/tests/fixtures/basic.lua"; } >"$tmp/broken.lua"

node "$root/tests/web/drive.cjs" "$url" "$art" "$tmp/plan.json" >"$tmp/drive.log" 2>&1
rc=$?
expect "the browser ran every visit (drive.cjs exit 0)" [ $rc -eq 0 ] || { cat "$tmp/drive.log"; cat "$art"/*/result.json 2>/dev/null | head -60; }
field() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(json.dumps(eval(sys.argv[2])))' "$@"; }

# 1. the play: its script ran to its end in the page
expect "play: the script passed in the page" [ "$(field "$art/play/result.json" 'r["rc"]')" = 0 ]
expect "play: a first frame was drawn" [ "$(field "$art/play/result.json" 'r["first_frame_ms"] is not None')" = true ]
expect "play: nothing on stderr" [ "$(field "$art/play/result.json" 'len(r["stderr"])')" = 0 ] ||
  field "$art/play/result.json" 'r["stderr"]'
rec=$(ls "$art"/play/data/sessions/*.json 2>/dev/null)
expect "play: one record stored in the browser" [ "$(echo "$rec" | grep -c .)" = 1 ]
"$naast" run weer-iemand-van-de-gemeente --choices "$(IFS=,; echo "${choices[*]}")" --trainee Kim \
  --record "$tmp/run.json" >/dev/null
# equal apart from the times, the self-assessment and where the scenario file
# was (the page's file system, the checkout)
same_record() { python3 - "$@" <<'PY'
import json, os, sys
def norm(p):
    r = json.load(open(p))
    for k in ("started", "ended", "self_assessment"):
        r.pop(k, None)
    for d in r.get("decisions", []):
        d.pop("seconds", None)
    r["scenario"]["file"] = os.path.basename(r["scenario"].get("file", ""))
    return r
a, b = norm(sys.argv[1]), norm(sys.argv[2])
if a != b:
    for k in sorted(set(a) | set(b)):
        if a.get(k) != b.get(k):
            print("  differs:", k, json.dumps(a.get(k))[:200], "|", json.dumps(b.get(k))[:200])
    sys.exit(1)
PY
}
expect "play: the browser's record equals naast run's" same_record "$rec" "$tmp/run.json"
expect "play: the self-assessment as rated in the page" [ "$(field "$rec" 'r["self_assessment"]["ratings"]')" = '{"erkenning": 4}' ]
schema() { /usr/bin/python3 - "$root/docs/record.schema.json" "$@" <<'PY'
import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))
PY
}
expect "play: the record matches the schema" schema "$rec"
base=${rec%.json}
expect "play: the debrief was built (.md)" [ -s "$base.md" ]
expect "play: the debrief was built (.html)" [ -s "$base.html" ]
expect "play: the debrief names the scenario" grep -q "Weer iemand van de gemeente" "$base.md"
dl=$art/play/downloads
name=$(basename "$base")
expect "download: the record (.json), the bytes stored" cmp -s "$dl/$name.json" "$rec"
expect "download: the debrief (.md), the bytes stored" cmp -s "$dl/$name.md" "$base.md"
expect "download: the debrief (.html), the bytes stored" cmp -s "$dl/$name.html" "$base.html"
"$naast" report "$rec" --scenario "$root/scenarios/nl/weer-iemand-van-de-gemeente.lua" \
  --out "$tmp/desk.md" --html "$tmp/desk.html" 2>"$tmp/report.err"
expect "download: the .md is what naast report writes" cmp "$dl/$name.md" "$tmp/desk.md"
expect "download: the .html is what naast report writes" cmp "$dl/$name.html" "$tmp/desk.html"

# 2. screenshots at 1280x720, checked as the window tests check theirs
for s in library talk debrief; do
  expect "shot $s: taken" [ -s "$art/play/shots/$s.png" ]
  expect "shot $s: 1280x720" grep -q "^window 1280 720" "$art/play/shots/$s.boxes"
  expect "shot $s: passes the checks" "$shotcheck" "$art/play/shots/$s.png"
done
expect "shot library: the library's titles drawn" grep -q "^text .*Aan de keukentafel bij de pleegouders" "$art/play/shots/library.boxes"
expect "shot talk: the conversation screen" grep -q "^screen talk" "$art/play/shots/talk.boxes"
expect "shot debrief: the debrief screen" grep -q "^screen debrief" "$art/play/shots/debrief.boxes"
expect "shot debrief: the download buttons drawn" grep -q "^text .*(.html)" "$art/play/shots/debrief.boxes"

# 3. stopped halfway, then the page reloaded: the session is offered
expect "half: two decisions saved" [ "$(field "$(ls "$art"/half/data/sessions/*.json | head -n 1)" 'len(r["decisions"])')" = 2 ]
expect "reload: the resume offer shown (expect-screen resume passed)" [ "$(field "$art/reload/result.json" 'r["rc"]')" = 0 ]
expect "reload: resume shot passes the checks" "$shotcheck" "$art/reload/shots/resume.png"

# 4. a trainer's own file through the browser's file picker
expect "trainer: a broken file does not open" [ "$(field "$art/trainer-broken/result.json" 'r["opened"]["rc"]')" = -1 ]
expect "trainer: its error says file:line" [ "$(field "$art/trainer-broken/result.json" 'any(e.startswith("/trainer/broken.lua:3:") for e in r["opened"]["errors"])')" = true ] ||
  field "$art/trainer-broken/result.json" 'r["opened"]'
expect "trainer: an endless loop in C calls is stopped by the sandbox's time budget, with its line" [ "$(field "$art/trainer-loop/result.json" 'any(e.startswith("/trainer/native_call_loop.lua:8:") and "ran too long" in e for e in r["opened"]["errors"])')" = true ] ||
  field "$art/trainer-loop/result.json" 'r.get("opened")'
expect "trainer: a good file opens" [ "$(field "$art/trainer/result.json" 'r["opened"]["rc"]')" = 0 ]
expect "trainer: on its intro" [ "$(field "$art/trainer/result.json" 'r["screen_after_pick"]')" = '"intro"' ]
expect "trainer: kept among the own scenarios" [ "$(field "$art/trainer/result.json" 'r["opened"]["path"]')" = '"/data/scenarios/basic.lua"' ]
expect "trainer: after a reload, in the library" grep -q "^text .*Basis" "$art/own/shots/own.boxes"
expect "trainer: own shot passes the checks" "$shotcheck" "$art/own/shots/own.png"

# 5. group play on a projector: silent choice, tally, reveal
expect "group: silent choice, tally and reveal in the page" [ "$(field "$art/group/result.json" 'r["rc"]')" = 0 ]
expect "group: reveal passes the checks" "$shotcheck" "$art/group/shots/group.png"

expect "high contrast at 150%: passes the checks" "$shotcheck" "$art/contrast/shots/contrast.png"
expect "high contrast: yellow on black" grep -q "^background 0 0 0" "$art/contrast/shots/contrast.boxes"

# 6. idle: no frame is drawn while nothing happens, as on the desktop
expect "idle: frames were drawn before" [ "$(field "$art/own/result.json" 'r["frames"] > 0')" = true ]
expect "idle: no frame in 1.5 s without input" [ "$(field "$art/own/result.json" 'r["idle_frames"]')" = 0 ]
# 7. the settings say where the data is and how to clear it
expect "settings: passes the checks" "$shotcheck" "$art/settings/shots/settings.png"
expect "settings: says everything stays in this browser" grep -q "^text .*Alles blijft in deze browser" "$art/settings/shots/settings.boxes"

# what the page shows is what the window drew: the canvas equals the
# window's own shot of the same screen, and is opaque everywhere
same_pixels() { python3 - "$@" <<'PY'
import struct, sys, zlib
png, rgba, w, h = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
b = open(png, "rb").read()
pos, idat = 8, b""
while pos < len(b):
    n, kind = struct.unpack(">I4s", b[pos:pos + 8])
    if kind == b"IDAT":
        idat += b[pos + 8:pos + 8 + n]
    pos += 12 + n
raw = zlib.decompress(idat)   # the window's PNG: 8-bit RGB, filter 0 on every row
row = w * 3 + 1
c = open(rgba, "rb").read()
if len(raw) != row * h or len(c) != w * h * 4:
    sys.exit("sizes differ")
bad = opaque = 0
for y in range(h):
    r = raw[y * row + 1:(y + 1) * row]
    q = c[y * w * 4:(y + 1) * w * 4]
    if r != bytes(x for i, x in enumerate(q) if i % 4 != 3):
        bad += 1
    if q[3::4] != b"\xff" * w:
        opaque += 1
if bad or opaque:
    sys.exit("%d rows differ, %d rows not opaque" % (bad, opaque))
PY
}
expect "canvas: shows what the window drew, opaque" same_pixels "$art/settings/shots/settings.png" "$art/settings/canvas.rgba" 1280 720
expect "resize: the canvas fills the larger window" [ "$(field "$art/settings/result.json" 'r["after_resize"]')" = "[1920, 1080]" ]
expect "resize: drawn again" [ "$(field "$art/settings/result.json" 'r["resize_frames"] > 0')" = true ]

# 8. a browser that keeps nothing: the window says so
expect "no storage: the window says the sessions are not kept" grep -q "^text .*Deze browser bewaart je sessies niet" "$art/nostorage/shots/nostorage.boxes"

# 9. the site's fonts are a subset (scripts/web.sh): every character of the
# library and of the window's and the debrief's words must be in them
fonts=$(dirname "$site")/fonts
covered() { /usr/bin/python3 - "$fonts" "$root" <<'PY'
import glob, sys
from fontTools.ttLib import TTFont
fonts, root = sys.argv[1:]
text = "".join(open(p, encoding="utf-8").read() for p in
               glob.glob(root + "/scenarios/**/*.lua", recursive=True) + glob.glob(root + "/engine/front/window/*.c")
               + glob.glob(root + "/engine/report/*.c") + glob.glob(root + "/engine/app/*.c"))
need = {c for c in text if ord(c) >= 0x20}
bad = 0
for f in sorted(glob.glob(fonts + "/*.ttf")):
    cmap = TTFont(f).getBestCmap()
    missing = sorted(c for c in need if ord(c) not in cmap)
    if missing:
        bad = 1
        print("  %s lacks %s" % (f.rsplit("/", 1)[1], " ".join("U+%04X" % ord(c) for c in missing)))
sys.exit(bad or not glob.glob(fonts + "/*.ttf"))
PY
}
expect "fonts: every character the site shows is in the subset" covered

echo "web: $pass passed, $fail failed (screenshots in $art)"
[ "$fail" -eq 0 ]
