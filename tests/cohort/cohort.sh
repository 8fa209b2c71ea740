#!/bin/bash
# naast compare, history and export through their public face: records made
# with `naast run` (and SOURCE_DATE_EPOCH for their dates), the reports and
# the CSV checked against numbers that expect.py works out from the records
# on its own; damaged records, mixed scenarios, the history index.
set -u
naast=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
basic="$root/tests/fixtures/basic.lua"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NAAST_DATA="$tmp/nodata"
unset SOURCE_DATE_EPOCH
pass=0 fail=0
expect() { # description, condition (a command)
  local what=$1; shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $what"; fi
}
has() { grep -qF -- "$2" <<<"$1"; }
hasnt() { ! grep -qF -- "$2" <<<"$1"; }
check() { python3 "$here/expect.py" "$@"; }
play() { # day, choices, record, [run options]
  local day=$1 choices=$2 rec=$3; shift 3
  SOURCE_DATE_EPOCH=$((1767600000 + day * 86400)) "$naast" run "$basic" --choices "$choices" --record "$rec" "$@" >/dev/null
}

for c in compare history export; do
  out=$("$naast" $c --help); expect "$c --help" has "$out" "usage: naast $c"
done
"$naast" compare >/dev/null 2>&1; expect "compare without records: exit 2" [ $? -eq 2 ]
"$naast" history --frobnicate >/dev/null 2>&1; expect "history bad option: exit 2" [ $? -eq 2 ]
"$naast" export --lang de >/dev/null 2>&1; expect "export bad option: exit 2" [ $? -eq 2 ]

# ---- compare: thirty records of every complete path of basic.lua, and one unfinished
paths=(1,1,1 1,1,2 1,2,1 1,3,1 2,1,1,1 2,1,1,2 2,1,2 2,2)
mkdir -p "$tmp/group"
for i in $(seq 0 28); do
  play "$i" "${paths[$(( (i * 5 + i / 8) % 8 ))]}" "$(printf '%s/group/r%02d.json' "$tmp" "$i")" --trainee "T$i"
done
play 29 1 "$tmp/group/r29.json"
"$naast" compare "$tmp"/group/*.json > "$tmp/compare.md" 2>"$tmp/err"; rc=$?
expect "compare: exit 0, nothing on stderr" [ $rc -eq 0 -a ! -s "$tmp/err" ]
out=$(cat "$tmp/compare.md")
expect "compare: counts match the records" check compare "$tmp/compare.md" "$tmp"/group/*.json
expect "compare: letters, not names" hasnt "$out" "T12"
expect "compare: separating decisions" has "$out" "1. **Beslissing "
out=$("$naast" compare "$tmp/group" --names --lang en)
expect "compare a folder, --names" has "$out" "**T12**: r12.json"
expect "compare --lang en" has "$out" "# Comparison: Basis"

"$naast" compare "$tmp"/group/*.json --out "$tmp/c.md" --html "$tmp/c.html"
expect "compare --out is the report" cmp -s "$tmp/c.md" "$tmp/compare.md"
expect "compare --html" grep -q "<h2>Per beslissing</h2>" "$tmp/c.html"

# a damaged record is skipped, named, and the others still counted
head -c 300 "$tmp/group/r03.json" > "$tmp/broken.json"
out=$("$naast" compare "$tmp"/group/*.json "$tmp/broken.json" --out "$tmp/c2.md" 2>&1); rc=$?
expect "compare with a damaged record: exit 1" [ $rc -eq 1 ]
expect "compare names the skipped file" has "$out" "skipped $tmp/broken.json: not a valid JSON record"
expect "compare still counts the others" check compare "$tmp/c2.md" "$tmp"/group/*.json
expect "the report lists the skipped file" grep -q "broken.json" "$tmp/c2.md"

# other scenarios and other versions are refused, naming the files; or grouped
SOURCE_DATE_EPOCH=1767600000 "$naast" run "$root/tests/fixtures/regulation.lua" --choices 2 --record "$tmp/other.json" >/dev/null
sed 's/^-- The unit tests/-- A changed copy: the unit tests/' "$basic" > "$tmp/basic-v2.lua"
SOURCE_DATE_EPOCH=1767600000 "$naast" run "$tmp/basic-v2.lua" --rubric "$root/tests/rubric.lua" --choices 1,1,1 \
  --record "$tmp/v2.json" >/dev/null
out=$("$naast" compare "$tmp/group/r00.json" "$tmp/group/r01.json" "$tmp/other.json" 2>&1); rc=$?
expect "mixed scenarios: exit 1" [ $rc -eq 1 ]
expect "mixed scenarios: names the files" has "$out" "  regulation ("
expect "mixed scenarios: names the files" has "$out" "): $tmp/group/r00.json, $tmp/group/r01.json"
expect "mixed scenarios: says what to do" has "$out" "--by-scenario"
out=$("$naast" compare "$tmp/group/r00.json" "$tmp/v2.json" 2>&1); rc=$?
expect "another version: exit 1" [ $rc -eq 1 ]
expect "another version: named" has "$out" "  basic version 3 (fnv1a64:"
expect "another version: its file named" has "$out" "): $tmp/v2.json"
out=$("$naast" compare --by-scenario "$tmp/group/r00.json" "$tmp/other.json" "$tmp/group/r01.json" "$tmp/v2.json"); rc=$?
expect "--by-scenario: exit 0" [ $rc -eq 0 ]
expect "--by-scenario: a section per scenario and version" [ "$(grep -c '^# Vergelijking' <<<"$out")" -eq 3 ]

# names from records enter as text, never as markup
play 40 1,1,1 "$tmp/evil.json" --trainee '<script>alert(1)</script> *Kim*'
"$naast" compare --names "$tmp/evil.json" --html "$tmp/evil.html" --out "$tmp/evil.md"
expect "a name cannot inject HTML" hasnt "$(cat "$tmp/evil.html")" "<script>"
expect "a name cannot format Markdown" has "$(cat "$tmp/evil.md")" '\<script\>alert(1)\</script\> \*Kim\*'

# ---- history: Sam's sessions over two weeks, better and better, one unfinished; one of Kim's
data="$tmp/data"; s="$data/sessions"; mkdir -p "$s"
play 0 2,2 "$s/basic-1.json" --trainee Sam
play 2 2,1,2 "$s/basic-2.json" --trainee Sam
play 3 1 "$s/basic-3.json" --trainee Sam
play 5 1,2,1 "$s/basic-4.json" --trainee Sam
play 9 1,1,2 "$s/basic-5.json" --trainee Sam
play 13 1,1,1 "$s/basic-6.json" --trainee sam
play 7 1,1,1 "$s/basic-7.json" --trainee Kim
sam=$(ls "$s"/basic-[1-6].json)
out=$("$naast" history --data "$data" --trainee SAM); rc=$?
printf '%s\n' "$out" > "$tmp/history.txt"
expect "history: exit 0" [ $rc -eq 0 ]
expect "history: the trainee as written" has "$out" "Voortgang: Sam"
expect "history: trend and lessons match the records" check history "$tmp/history.txt" $sam
expect "history: rising" has "$out" "↗"
expect "history: dates in order" python3 -c "
import re,sys; d=re.findall(r'^  (\d{4}-\d\d-\d\d)  basic', open('$tmp/history.txt').read(), re.M)
assert d == sorted(d) and len(d) == 6, d"
expect "history: the unfinished session is listed" has "$out" "niet afgerond"
expect "history: Kim left out" [ "$(grep -c '  basic ' <<<"$out")" -eq 6 ]
expect "history: an index beside the records" [ -f "$s/.naast-index" ]
out2=$("$naast" history --data "$data" --trainee sam)
expect "history from the index: the same" [ "$out2" = "$out" ]
echo "naast-session-index 1
basic-1.json	garbage" > "$s/.naast-index"
out2=$("$naast" history --data "$data" --trainee sam)
expect "a damaged index is rebuilt" [ "$out2" = "$out" ]
# a record changed since it was indexed is read again
cp "$s/basic-6.json" "$tmp/keep.json"
play 13 2,2 "$s/basic-6.json" --trainee Sam
out2=$("$naast" history --data "$data" --trainee sam); printf '%s\n' "$out2" > "$tmp/history2.txt"
expect "a changed record is read again" check history "$tmp/history2.txt" $sam
expect "the change shows" [ "$out2" != "$out" ]
cp "$tmp/keep.json" "$s/basic-6.json"

"$naast" history --data "$data" --trainee sam --out "$tmp/h.md" --html "$tmp/h.html"; rc=$?
expect "history files: exit 0" [ $rc -eq 0 ]
expect "history Markdown" grep -q "^## Trend per les" "$tmp/h.md"
expect "history HTML: two inline SVG charts, well-formed" python3 -c "
import re, xml.etree.ElementTree as ET
svgs = re.findall(r'<svg.*?</svg>', open('$tmp/h.html', encoding='utf-8').read(), re.S)
assert len(svgs) == 2, len(svgs)
for s in svgs: ET.fromstring(s)"
out=$("$naast" history --data "$data" --lang en)
expect "history of everyone, in English" has "$out" "Progress: all sessions (2 participants)"

# an older record without lesson fields counts, but for no lesson
python3 - "$s/basic-7.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
del r["scenario"]["lessons"]
for d in r["decisions"]:
    del d["lessons"], d["lessons_available"]
json.dump(r, open(sys.argv[1], "w"), indent="\t")
PY
out=$("$naast" history --data "$data" --trainee kim)
expect "an older record still counts" has "$out" "1 sessie, op 2026-01-12: afgerond."
expect "an older record: no lessons" has "$out" "1 oudere sessies vermelden geen lessen"

# a damaged record in the data folder: named, skipped, the rest counted
echo '{"format": "naast-record", "format_version": 1' > "$s/basic-8.json"
out=$("$naast" history --data "$data" --trainee sam 2>&1); rc=$?
expect "history with a damaged record: exit 1" [ $rc -eq 1 ]
expect "history names the skipped file" has "$out" "skipped $s/basic-8.json: not a valid JSON record"
expect "history still counts the others" has "$out" "6 sessies van"

out=$("$naast" history --data "$tmp/empty"); rc=$?
expect "history without sessions: exit 0" [ $rc -eq 0 ]
expect "history without sessions says so" has "$out" "Nog geen sessies in $tmp/empty/sessions."

# ---- export: the CSV read back and checked against the records
rm "$s/basic-8.json"
play 15 1,1,1 "$s/basic-9.json" --trainee '=HYPERLINK("x"), "jr"'
"$naast" export --csv --data "$data" --out "$tmp/all.csv"; rc=$?
expect "export: exit 0" [ $rc -eq 0 ]
expect "export: rows match the records" check export "$tmp/all.csv" $(ls "$s"/*.json)
out=$("$naast" export --data "$data" --trainee kim)
expect "export --trainee" [ "$(printf '%s' "$out" | grep -c 'basic-7.json')" -eq 3 ]
expect "export --trainee leaves others out" hasnt "$out" "basic-1.json"
"$naast" export "$tmp/group" > "$tmp/group.csv"
expect "export of named records" check export "$tmp/group.csv" "$tmp"/group/*.json
"$naast" export --out /nonexistent/x.csv --data "$data" 2>/dev/null; rc=$?
expect "export to an unwritable place: exit 3" [ $rc -eq 3 ]

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
