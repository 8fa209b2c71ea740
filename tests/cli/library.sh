#!/bin/bash
# The scenario library's quality gates (tests/cli/gates.py): every
# scenario validates without warnings (the tells check included); always the
# longest or the shortest response scores under 50 % and ends no better than
# neutraal; across the library, best responses are about as long as the
# others, and seldom the longest; an exhaustive walk shows it teaches
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
  if msg=$(python3 "$root/tests/cli/gates.py" scenario "$tmp/$id.json"); then ok; else bad "$id: $(tr '\n' ';' <<<"$msg")"; fi
done

# the library as a whole: length and form say nothing
if msg=$(python3 "$root/tests/cli/gates.py" library "$tmp"/*.json); then ok; else bad "library: $msg"; fi

# each gate fails on a scenario made to fail it
mkdir "$tmp/fx"
"$naast" analyze --json "$root/tests/fixtures/longest-wins.lua" > "$tmp/fx/longest.json" 2>&1
msg=$(python3 "$root/tests/cli/gates.py" scenario "$tmp/fx/longest.json"); rc=$?
[ $rc -eq 1 ] && grep -q "^always-longest scores 100% and ends in goed (herstel)$" <<<"$msg" && ok || bad "gate: always-longest on longest-wins.lua: $msg"
msg=$(python3 "$root/tests/cli/gates.py" library "$tmp/fx/longest.json"); rc=$?
[ $rc -eq 1 ] && grep -q "^median words: best 14, others 4 (ratio 3.50, want 0.8 to 1.25)$" <<<"$msg" \
  && grep -q "^the best response is the longest in 6 of 6 decisions (want at most a third)$" <<<"$msg" \
  && grep -q "^the best response is the shortest in 0 of 6 decisions (want at least a tenth)$" <<<"$msg" \
  && ok || bad "gate: library figures on longest-wins.lua: $msg"
"$naast" analyze --json "$root/tests/fixtures/basic.lua" > "$tmp/fx/basic.json" 2>&1
msg=$(python3 "$root/tests/cli/gates.py" scenario "$tmp/fx/basic.json"); rc=$?
[ $rc -eq 1 ] && grep -q "^always-shortest scores 83% and ends in goed (herstel)$" <<<"$msg" && ok || bad "gate: always-shortest on basic.lua: $msg"
out=$("$naast" validate --strict "$root/tests/fixtures/longest-wins.lua" 2>&1)
[ $? -eq 1 ] && grep -q 'longest-wins.lua:[0-9]*: warning: tells: always taking the longest response (strategy "longest") scores 100%' <<<"$out" \
  && ok || bad "gate: validate --strict on longest-wins.lua: $out"

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
