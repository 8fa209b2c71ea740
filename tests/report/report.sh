#!/bin/bash
# The debrief through its public face: naast report on records made with
# naast run and naast play. Golden debriefs (training, assessment, ended
# early, a scenario changed since, a library scenario, English), every
# decision present, percentages recomputed here from the record, headings
# and safety checked on the HTML that cmark renders, hostile text, damaged
# records, and the debrief play writes beside the record.
set -u
naast=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
tests=$(cd "$here/.." && pwd)
golden="$here/golden"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NAAST_DATA="$tmp/data" SOURCE_DATE_EPOCH=1700000000
py=/usr/bin/python3
pass=0 fail=0
expect() { # description, condition (a command)
  local what=$1; shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $what"; fi
}
has() { grep -qF -- "$2" <<<"$1"; }
hasnt() { ! grep -qF -- "$2" <<<"$1"; }
cd "$tests"

# Checks a record against its debrief (Markdown and HTML), independently of
# the C code: every decision's step and text, the percentages from earned and
# best, the headings cmark made of the Markdown, nothing unescaped.
check() { # record.json report.md report.html lang
  "$py" - "$@" <<'PY'
import html, json, re, sys
rec_path, md_path, html_path, lang = sys.argv[1:5]
rec = json.load(open(rec_path, encoding="utf-8", errors="replace"))
md = open(md_path, encoding="utf-8").read()
page = open(html_path, encoding="utf-8").read()
nl = lang == "nl"
text = html.unescape(re.sub(r"<[^>]+>", " ", page))
text = re.sub(r"\s+", " ", text)
def pct(e, b):
    return 0 if b <= 0 or e <= 0 else 100 if e >= b else (200 * e + b) // (2 * b)
problems = []
step = "Stap" if nl else "Step"
for d in rec["decisions"]:
    if f"### {step} {d['step']}" not in md:
        problems.append(f"no heading for decision {d['step']}")
    if re.sub(r"\s+", " ", d["text"]) not in text:
        problems.append(f"decision {d['step']}: its text is not in the page")
# the summary: one item per dimension, in the record's order
word = "van" if nl else "of"
items = re.findall(r"^  - \*\*.+?:\*\* (\d+)%(?: \S+)? \((-?\d+) " + word + r" (\d+) \w+\)", md, re.M)
scored = [(s["earned"], s["best"]) for s in (rec["scores"][k] for k in rec["dimensions"]) if s["score"] is not None]
e_all = sum(e for e, b in scored); b_all = sum(b for e, b in scored)
if [(int(e), int(b)) for p, e, b in items] != scored + ([(e_all, b_all)] if scored else []):
    problems.append(f"summary points {items} differ from the record's {scored}")
for p, e, b in items:
    if int(p) != pct(int(e), int(b)):
        problems.append(f"{p}% is not {e} of {b}")
if rec["overall"] is not None and items and abs(int(items[-1][0]) - max(0, min(100, rec["overall"] * 100))) > 0.5:
    problems.append(f"overall {items[-1][0]}% differs from the record's {rec['overall']}")
# headings as cmark rendered them
h2 = re.findall(r"<h2>(.*?)</h2>", page)
want = (["Samenvatting", "Per les", "Belangrijke momenten", "Gemiste kansen", "De andere kant",
         "Het verloop van het gesprek", "Vragen voor de nabespreking", "De casus", "Het hele gesprek"] if nl else
        ["Summary", "Per lesson", "Key moments", "Missed chances", "The other side",
         "The course of the conversation", "Questions for the debrief", "The case", "The full conversation"])
if h2 != want:
    problems.append(f"h2 headings {h2}")
if len(re.findall(r"<h1>", page)) != 1:
    problems.append("not one h1")
if re.search(r"<(script|img|iframe|object|embed|link)\b", page):
    problems.append("unsafe element in the page")
if page.count("<svg") != 2:
    problems.append(f"{page.count('<svg')} charts instead of 2")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
PY
}

report() { # name record [options]: writes $tmp/name.md and .html
  local name=$1 rec=$2; shift 2
  "$naast" report "$rec" --out "$tmp/$name.md" --html "$tmp/$name.html" "$@"
}

# ---- golden debriefs ----
"$naast" run fixtures/basic.lua --choices 1,1,1 --record "$tmp/training.json" --trainee Kim >/dev/null
"$naast" run fixtures/basic.lua --choices 2,2 --record "$tmp/assessment.json" --assess >/dev/null
"$naast" run fixtures/basic.lua --choices 1 --record "$tmp/early.json" --trainee Sam >/dev/null
"$naast" run weer-iemand-van-de-gemeente --choices 3,2,1,3,2,1,3,4 --record "$tmp/library.json" >/dev/null
mkdir -p "$tmp/changed"
cp fixtures/basic.lua "$tmp/changed/basic.lua"
cp rubric.lua "$tmp/changed/rubric.lua"
"$naast" run "$tmp/changed/basic.lua" --choices 1,1,1 --record "$tmp/changed.json" >/dev/null
# since the session: a response reworded, and the one taken at step 2 renamed
sed -i 's/text = "Sterk"/text = "Sterk en warm"/; s/id = "b-eerlijk"/id = "b-open"/' "$tmp/changed/basic.lua"

for name in training assessment early library changed; do
  report $name "$tmp/$name.json"; rc=$?
  expect "$name: exit 0" [ $rc -eq 0 ]
  expect "$name: golden" diff -u "$golden/$name.md" "$tmp/$name.md"
  [ $name = changed ] || expect "$name: record and debrief agree" check "$tmp/$name.json" "$tmp/$name.md" "$tmp/$name.html" nl
done
report training-en "$tmp/training.json" --lang en
expect "english golden" diff -u "$golden/training-en.md" "$tmp/training-en.md"
expect "english: record and debrief agree" check "$tmp/training.json" "$tmp/training-en.md" "$tmp/training-en.html" en

out=$(cat "$tmp/changed.md")
expect "changed: said plainly" has "$out" "het scenario is veranderd sinds deze sessie"
expect "changed: the new text" has "$out" "Sterk en warm"
expect "changed: where it stops fitting" has "$out" 'antwoord "b-eerlijk" wordt daar niet meer aangeboden'
expect "early: no ending" has "$(cat "$tmp/early.md")" "niet bereikt: het gesprek stopte na 1 keuze"
expect "assessment: mode" has "$(cat "$tmp/assessment.md")" "toets (toelichting pas aan het eind)"
expect "library: a missed chance replayed" has "$(cat "$tmp/library.md")" "Had je dat gekozen: spanning 5 → 4 (met jouw keuze: 6), vertrouwen 4 → 6 (met jouw keuze: 3)."

# same record, same bytes; stdout without --out
"$naast" report "$tmp/library.json" > "$tmp/again.md"
expect "same record, same bytes" cmp -s "$tmp/library.md" "$tmp/again.md"
"$naast" report "$tmp/library.json" --html "$tmp/again.html" >/dev/null
expect "same html" cmp -s "$tmp/library.html" "$tmp/again.html"

# ---- hostile text: trainee name and self-assessment ----
bad=$(printf '<script>alert(1)</script>\n# Kop\n[x](javascript:alert(1)) \xff\xfe <b>vet</b> %s' "$(head -c 3000 /dev/zero | tr '\0' w)")
# naast refuses such a --trainee, so the name is put into the record as a
# hand-edited or damaged file would carry it: raw bytes, invalid UTF-8 and all
"$naast" run fixtures/basic.lua --choices 1,1,1 --record "$tmp/hostile.json" >/dev/null
"$py" - "$tmp/hostile.json" "$bad" <<'PY'
import json, os, sys
path, bad = sys.argv[1], os.fsencode(sys.argv[2]).decode("utf-8", "surrogateescape")
r = json.load(open(path))
r["trainee"] = bad
open(path, "wb").write(json.dumps(r, ensure_ascii=False, indent=2).encode("utf-8", "surrogateescape"))
PY
printf '1\n1\n1\n5\n\n2\n<img src=x onerror=alert(1)> **vet** \xc0\xaf %s\n## Geen kop\n' "$(head -c 3000 /dev/zero | tr '\0' w)" |
  "$naast" play fixtures/basic.lua --record "$tmp/self.json" --trainee "<script>alert(1)</script>" > "$tmp/play.out" 2>&1
for name in hostile self; do
  report $name "$tmp/$name.json"; rc=$?
  expect "$name: exit 0" [ $rc -eq 0 ]
  expect "$name: record and debrief agree" check "$tmp/$name.json" "$tmp/$name.md" "$tmp/$name.html" nl
  expect "$name: markdown is UTF-8" iconv -f UTF-8 -t UTF-8 "$tmp/$name.md" -o /dev/null
  expect "$name: html is UTF-8" iconv -f UTF-8 -t UTF-8 "$tmp/$name.html" -o /dev/null
  page=$(cat "$tmp/$name.html")
  expect "$name: script escaped" has "$page" "&lt;script&gt;alert(1)&lt;/script&gt;"
  expect "$name: no link made" hasnt "$page" "<a "
  expect "$name: no bold made" hasnt "$page" "<b>"
  expect "$name: long line kept" has "$page" "wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww"
done
page=$(cat "$tmp/self.html")
expect "self: sentence escaped" has "$page" "&lt;img src=x onerror=alert(1)&gt; **vet** �"
expect "self: no heading made" hasnt "$page" "<h2>Geen kop"

# ---- play: self-assessment before the scores, the debrief beside the record ----
out=$(cat "$tmp/play.out")
expect "play asks before the scores" "$py" -c "import sys; t=sys.argv[1]; assert t.index('Voordat je de scores ziet') < t.index('Scores')" "$out"
expect "play says where the debrief is" has "$out" "Het verslag staat in $tmp/self.md (en als webpagina in $tmp/self.html)"
expect "play wrote the markdown" [ -s "$tmp/self.md" ]
expect "play wrote the html" [ -s "$tmp/self.html" ]
expect "self-assessment in the record" "$py" -c "
import json,sys; r=json.load(open(sys.argv[1]))['self_assessment']
assert r['ratings'] == {'erkenning': 5, 'transparantie': 2}, r
assert r['most_content'].startswith('<img src=x') and '\ufffd' in r['most_content'], r
assert r['least_content'] == '## Geen kop', r" "$tmp/self.json"
expect "self-assessment matches the schema" "$py" -c "
import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))" "$tmp/self.json" "$tests/../docs/record.schema.json"
sa=$(cat "$tmp/self.md")
expect "self beside the score" has "$sa" "100% ██████████ (3 van 3 punten) · eigen inschatting 5 van 5 (100%)"
expect "largest difference named" has "$sa" "liggen het verst uiteen bij Transparantie: je gaf jezelf 2 van 5 (25%), de berekende score is 100%"
out=$("$naast" run fixtures/basic.lua --choices 1,1,1 </dev/null)
expect "run does not ask" hasnt "$out" "Voordat je de scores ziet"
printf '1\n1\n1\n' | "$naast" play fixtures/basic.lua --record "$tmp/eof.json" >/dev/null 2>&1
expect "end of input during the questions: still a debrief" [ -s "$tmp/eof.md" ]

# ---- damaged records and usage ----
head -c 300 "$tmp/training.json" > "$tmp/truncated.json"
out=$("$naast" report "$tmp/truncated.json" 2>&1); rc=$?
expect "truncated: exit 1" [ $rc -eq 1 ]
expect "truncated: message" has "$out" "not a valid JSON record (truncated or damaged?)"
"$py" -c "
import json,sys; r=json.load(open(sys.argv[1])); r['decisions'] = 'x'; json.dump(r, open(sys.argv[2], 'w'))" \
  "$tmp/training.json" "$tmp/damaged.json"
out=$("$naast" report "$tmp/damaged.json" 2>&1); rc=$?
expect "damaged: exit 1" [ $rc -eq 1 ]
expect "damaged: message" has "$out" "lacks its scenario or decisions"
printf '{"format": "naast-record", "format_version": 1, "scenario": {"id": "basic", "hash": "x"}, "decisions": [{"number": 1}]}' > "$tmp/nochoice.json"
out=$("$naast" report "$tmp/nochoice.json" 2>&1); rc=$?
expect "decision without choice: exit 1" [ $rc -eq 1 ]
expect "decision without choice: message" has "$out" "decision 1 is damaged"
out=$("$naast" report "$tmp/nosuch.json" 2>&1); rc=$?
expect "missing record: exit 3" [ $rc -eq 3 ]
expect "missing record: message" has "$out" "cannot read the record"
printf '{"format": "naast-record", "format_version": 1, "scenario": {"id": "nergens", "file": "/nonexistent.lua", "hash": "x"}, "decisions": []}' > "$tmp/noscenario.json"
out=$("$naast" report "$tmp/noscenario.json" 2>&1); rc=$?
expect "scenario not found: exit 1" [ $rc -eq 1 ]
expect "scenario not found: message" has "$out" "name it with --scenario FILE"
"$naast" report >/dev/null 2>&1; expect "no record: exit 2" [ $? -eq 2 ]
"$naast" report "$tmp/training.json" --lang fr >/dev/null 2>&1; expect "bad --lang: exit 2" [ $? -eq 2 ]
out=$("$naast" report --help); expect "report --help" has "$out" "usage: naast report RECORD"
"$naast" report "$tmp/training.json" --out "$tmp/no/such/dir/x.md" 2>/dev/null; expect "unwritable --out: exit 3" [ $? -eq 3 ]

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
