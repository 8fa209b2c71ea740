#!/bin/bash
# The scenario library's quality gates (issue: scenario library): every
# scenario validates without warnings; an exhaustive walk shows it teaches
# (best path >= 90 % on every dimension it touches, the procedure-first path
# <= 50 %, at least 6 decisions on every path that does not end early, 3+
# responses per decision, feedback and an inner reaction on every response,
# 3 ending kinds, 3+ discussion prompts); the lessons are covered; the Dutch
# passes hunspell with the project word list.
set -u
naast=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

files=("$root"/scenarios/nl/*.lua)
[ ${#files[@]} -ge 10 ] && ok || bad "library: ${#files[@]} scenarios, want at least 10"

for f in "${files[@]}"; do
  id=$(basename "$f" .lua)
  if out=$("$naast" validate --strict "$f" 2>&1); then ok; else bad "$id: validate --strict"; echo "$out" | sed 's/^/    /'; fi
  if ! "$naast" analyze --json "$f" > "$tmp/$id.json" 2> "$tmp/$id.err"; then
    bad "$id: analyze"; sed 's/^/    /' "$tmp/$id.err"; continue
  fi
  if msg=$(python3 - "$tmp/$id.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
q = a["quality"]
problems = []
if not a["complete"]: problems.append("not every path was walked")
if a["min_decisions_without_trigger"] < 6: problems.append(f"a path with only {a['min_decisions_without_trigger']} decisions")
for d, v in a["best"]["dimensions"].items():
    if v < 0.9: problems.append(f"best path scores {v:.0%} on {d}")
if "procedure" not in a: problems.append(a.get("procedure_error", "no procedure path"))
elif a["procedure"]["overall"] > 0.5: problems.append(f"procedure path scores {a['procedure']['overall']:.0%}")
if q["min_responses"] < 3: problems.append("a decision with fewer than 3 responses")
if q["responses_without_feedback"]: problems.append(f"{q['responses_without_feedback']} responses without feedback")
if q["responses_without_inner"]: problems.append(f"{q['responses_without_inner']} responses without an inner reaction")
if q["key_prompts"] < 3: problems.append(f"{q['key_prompts']} key decisions with a prompt, want 3")
if q["nodes_without_one_procedure"]: problems.append(f"{q['nodes_without_one_procedure']} decisions without exactly one procedure response")
if sorted(q["ending_kinds"]) != ["breuk", "herstel", "neutraal"]: problems.append(f"ending kinds {q['ending_kinds']}")
if q["content_notes"] < 1: problems.append("no content notes")
for e in a["endings"]:
    if e["paths"] == 0: problems.append(f"ending {e['id']} never reached")
print("; ".join(problems))
sys.exit(1 if problems else 0)
PY
  ); then ok; else bad "$id: $msg"; fi
done

# lessons: each the main focus of one scenario and trained in two
if msg=$(python3 - "$tmp" <<'PY'
import json, sys, glob
main, trained = {}, {}
for p in glob.glob(sys.argv[1] + "/*.json"):
    les = json.load(open(p))["lessons"]
    main[les[0]] = main.get(les[0], 0) + 1
    for l in les: trained[l] = trained.get(l, 0) + 1
problems = [f"lesson {l}: main focus of {main.get(l, 0)}, trained in {trained.get(l, 0)}"
            for l in range(1, 9) if main.get(l, 0) < 1 or trained.get(l, 0) < 2]
print("; ".join(problems)); sys.exit(1 if problems else 0)
PY
); then ok; else bad "lessons: $msg"; fi

# Dutch spelling
for f in "${files[@]}" "$root/scenarios/rubric.lua"; do
  words=$(lua5.4 "$root/tests/spelling/texts.lua" "$f" | hunspell -d nl_NL -p "$root/scenarios/words-nl.txt" -l | sort -u)
  if [ -z "$words" ]; then ok; else bad "$(basename "$f"): unknown words: $(echo $words)"; fi
done

# naast list shows every scenario with its lessons and minutes
list=$("$naast" list 2>&1)
for f in "${files[@]}"; do
  id=$(basename "$f" .lua)
  if grep -q "^$id\$" <<<"$list"; then ok; else bad "naast list lacks $id"; fi
done
[ "$(grep -c ' min · ' <<<"$list")" -eq ${#files[@]} ] && ok || bad "naast list: not every scenario shows minutes"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
