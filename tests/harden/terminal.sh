#!/bin/bash
# Terminal safety (issue 16, §1): no byte from a scenario, a record, a file
# name or an error reaches the terminal as a control code. A copy of the
# basic fixture gets ESC and C1 sequences in its title, intro, names, lines,
# responses and feedback; play, run, validate, report, history and compare
# must show them as visible escapes. Also: intros and endings as plain text.
set -u
naast=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
tests="$root/tests"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NAAST_DATA="$tmp/data" SOURCE_DATE_EPOCH=1700000000
pass=0 fail=0
expect() { local what=$1; shift; if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $what"; fi; }
has() { grep -qF -- "$2" <<<"$1"; }
# C0 but newline and tab, DEL, and C1 as UTF-8 (U+0080-U+009F)
clean() { ! LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]\\|\xc2[\x80-\x9f]' <<<"$1"; }
cd "$tests"

E='\\27[2J\\27]0;pwned\\7\\194\\155' # clear screen, title, C1 CSI: Lua escapes, doubled for sed
sed -e "s|title = \"Basis\"|title = \"Basis$E\"|" \
    -e "s|intro = \"Een \*test\*.\"|intro = \"Een *test*$E.\"|" \
    -e "s|name = \"Ouder\"|name = \"Ouder$E\"|" \
    -e "s|\"Hallo.\"|\"Hallo$E.\"|" \
    -e "s|text = \"Sterk\"|text = \"Sterk$E\"|" \
    -e "s|feedback = \"af\"|feedback = \"af$E\"|" \
    fixtures/basic.lua > "$tmp/hostile.lua"
expect "fixture made" grep -q 'pwned' "$tmp/hostile.lua"
shown='\x1b[2J\x1b]0;pwned\x07\u009b'

out=$("$naast" run "$tmp/hostile.lua" --rubric rubric.lua --choices 1,1,1 --record "$tmp/r.json" \
      --trainee $'Kim\e[31m' 2>&1); rc=$?
expect "run exit 0" [ $rc -eq 0 ]
expect "run: no control codes" clean "$out"
expect "run: the title shown escaped" has "$out" "Basis$shown"
expect "run: a name shown escaped" has "$out" "Ouder$shown: Hallo$shown."
expect "run: a response shown escaped" has "$out" "Sterk$shown"

out=$(printf '1\n1\n1\n\n\n\n\n\n\n\n\n\n\n\n' | "$naast" play --term --rubric rubric.lua --record "$tmp/p.json" \
      --trainee $'Kim\e[31m' "$tmp/hostile.lua" 2>&1); rc=$?
expect "play exit 0" [ $rc -eq 0 ]
expect "play: no control codes" clean "$out"
expect "play: intro as plain text, escaped" has "$out" "Een test$shown."

# a record whose strings carry control codes (hand-edited)
/usr/bin/python3 - "$tmp/r.json" "$tmp/bad.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
r["scenario"]["id"] = "no-such\u001b[2J"
r["scenario"]["file"] = "/nowhere/x\u001b]0;t\u0007.lua"
json.dump(r, open(sys.argv[2], "w"))
PY
out=$("$naast" report "$tmp/bad.json" 2>&1); rc=$?
expect "report of a hostile record: exit 1" [ $rc -eq 1 ]
expect "report of a hostile record: no control codes" clean "$out"
expect "report of a hostile record: id shown escaped" has "$out" 'no-such\x1b[2J'
out=$("$naast" play --term --resume "$tmp/bad.json" </dev/null 2>&1)
expect "resume of a hostile record: no control codes" clean "$out"

# Markdown and HTML outputs escape on their own (to a file, not a terminal)
"$naast" report "$tmp/r.json" --rubric rubric.lua --out "$tmp/r.md" --html "$tmp/r.html" 2>/dev/null
expect "report Markdown: no control codes" clean "$(cat "$tmp/r.md")"
expect "report HTML: no control codes" clean "$(cat "$tmp/r.html")"
out=$("$naast" history --data "$tmp/none" --trainee $'Kim\e[31m' 2>&1)
expect "history: no control codes" clean "$out"
out=$("$naast" compare "$tmp/r.json" "$tmp/p.json" 2>&1)
expect "compare: no control codes" clean "$out"

# a file name with control codes, in a message
out=$("$naast" validate $'nosuch\e[2J.lua' 2>&1)
expect "file name: no control codes" clean "$out"
expect "file name shown escaped" has "$out" 'nosuch\x1b[2J.lua'
out=$("$naast" run $'nosuch\e[2J' --choices 1 2>&1)
expect "unknown scenario: no control codes" clean "$out"

# the check itself sees raw codes
raw() { ! clean "$1"; }
expect "the check catches ESC" raw $'a\eb'
expect "the check catches C1" raw $'a\xc2\x9bb'

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
