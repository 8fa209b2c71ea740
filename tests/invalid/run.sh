#!/bin/bash
# Each finding of naast validate has a fixture here that triggers it; the
# .expect file beside it holds severity:code, the line, and a part of the
# message. Checks the human output (file:line: severity: message), the
# --json output (code and line) and the exit status.
set -u
naast=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
pass=0 fail=0
for f in "$here"/*.lua; do
  name=$(basename "$f" .lua)
  { read -r sevcode; read -r line; read -r msg; } < "$here/$name.expect"
  sev=${sevcode%%:*} code=${sevcode#*:}
  out=$(cd "$here" && timeout 20 "$naast" validate --rubric ../rubric.lua "$name.lua" 2>&1); rc=$?
  want_rc=0; [ "$sev" = error ] && want_rc=1
  where="$name.lua:$line: $sev: "; [ "$line" = 0 ] && where="$name.lua: $sev: "
  json=$(cd "$here" && "$naast" validate --json --rubric ../rubric.lua "$name.lua" 2>/dev/null)
  why=""
  if [ $rc -ne $want_rc ]; then why="exit status $rc, want $want_rc"
  elif ! grep -qF -- "$where" <<<"$out"; then why="no line starting \"$where\""
  elif ! grep -qF -- "$msg" <<<"$out"; then why="message lacks \"$msg\""
  elif ! python3 -c "import json,sys; f=json.loads(sys.argv[1]); assert any(x['code']=='$code' and x['line']==$line for x in f)" "$json" 2>/dev/null; then why="--json lacks code $code at line $line"
  fi
  if [ -z "$why" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $name: $why"; echo "$out" | sed 's/^/    /'; fi
done
# --strict: a warning alone fails
(cd "$here" && "$naast" validate --strict --rubric ../rubric.lua same_scores.lua >/dev/null 2>&1)
if [ $? -eq 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL --strict does not fail on a warning"; fi
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
