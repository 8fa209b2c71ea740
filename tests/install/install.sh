#!/bin/bash
# Installing and what an installed naast offers (issue 15): cmake --install
# into a temporary prefix, then from another working directory list, run
# --record, report and validate on the installed tree; the trainer's own
# scenarios (list, validate/analyze/test by id, history, new, an id in both
# places); --version; the man page against every --help (both ways) and
# through groff -ww; the bash completion through complete -p and compgen;
# desktop-file-validate and appstreamcli on the installed files.
# usage: install.sh NAAST BUILD_DIR
set -u
naast=$(realpath "$1")
build=$(realpath "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NAAST_DATA="$tmp/data" SOURCE_DATE_EPOCH=1700000000
unset NAAST_SCENARIOS NAAST_ASSETS
pass=0 fail=0
expect() { # description, command...
  local what=$1; shift
  if "$@" >"$tmp/out" 2>&1; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $what"; sed 's/^/    /' "$tmp/out" | head -20; fi
}
has() { grep -qF -- "$2" "$1"; }

# ---- install into a temporary prefix -----------------------------------
p="$tmp/prefix"
expect "cmake --install" cmake --install "$build" --prefix "$p"
for f in bin/naast share/naast/scenarios/rubric.lua share/naast/scenarios/templates/nieuw.lua.in \
         share/doc/naast/README.md share/doc/naast/docs/authoring.md share/doc/naast/copyright share/man/man1/naast.1.gz \
         share/applications/naast.desktop share/icons/hicolor/scalable/apps/naast.svg \
         share/icons/hicolor/48x48/apps/naast.png share/icons/hicolor/128x128/apps/naast.png \
         share/icons/hicolor/256x256/apps/naast.png share/metainfo/naast.metainfo.xml \
         share/bash-completion/completions/naast; do
  expect "installed: $f" test -f "$p/$f"
done
expect "installed: the library's scenarios" test "$(ls "$p"/share/naast/scenarios/nl/*.lua | wc -l)" -ge 10
expect "no fonts installed (the system's DejaVu is used)" test ! -e "$p/share/naast/assets"
for f in "$p/share/icons/hicolor/"*x*/apps/naast.png; do
  size=$(basename "$(dirname "$(dirname "$f")")")
  expect "icon $size is ${size%x*} px wide" python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); sys.exit(struct.unpack('>II', d[16:24]) != (int(sys.argv[2]),)*2)" "$f" "${size%x*}"
done

# ---- the installed tree, from another working directory ----------------
n="$p/bin/naast"
mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere"
expect "installed: --version names the install" bash -c '"$0" --version | grep -q "(install)"' "$n"
"$n" list > "$tmp/list" 2>&1
expect "installed: list exits 0" test $? -eq 0
expect "installed: list shows the library" has "$tmp/list" "weer-iemand-van-de-gemeente"
mkdir -p "$tmp/rec"
expect "installed: run --record" "$n" run een-eerlijk-nee --choices 1,1,1,1,1,1,1,1,1,1 --record "$tmp/rec/s.json"
expect "installed: the record exists" test -s "$tmp/rec/s.json"
expect "installed: report --html" "$n" report "$tmp/rec/s.json" --out "$tmp/rec/s.md" --html "$tmp/rec/s.html"
expect "installed: the debrief names the scenario" grep -qi "eerlijk" "$tmp/rec/s.md"
expect "installed: validate by id" "$n" validate --strict een-eerlijk-nee
expect "installed: new writes to the own folder" "$n" new mijn-gesprek
expect "installed: the own scenario is in DATA/scenarios" test -f "$NAAST_DATA/scenarios/mijn-gesprek.lua"
"$n" new mijn-gesprek > "$tmp/new2" 2>&1; expect "new again: refused (exit 3)" test $? -eq 3
"$n" new een-eerlijk-nee > "$tmp/new3" 2>&1; rc=$?
expect "new with the library's id: usage error" test $rc -eq 2
expect "new with the library's id: names the library's file" has "$tmp/new3" "$p/share/naast/scenarios/nl/een-eerlijk-nee.lua"
"$n" list > "$tmp/list2" 2>&1
expect "list: the own scenario, marked" grep -q "^mijn-gesprek (eigen scenario: .*/data/scenarios/mijn-gesprek.lua)" "$tmp/list2"
expect "list --lang en: marked in English" bash -c '"$0" list --lang en | grep -q "^mijn-gesprek (your own: "' "$n"
expect "list --ids: library and own" bash -c '"$0" list --ids | grep -qx mijn-gesprek && "$0" list --ids | grep -qx een-eerlijk-nee' "$n"
expect "own: validate by id" "$n" validate --strict mijn-gesprek
expect "own: analyze by id" "$n" analyze mijn-gesprek
expect "own: test by id" "$n" test --random 20 mijn-gesprek
mkdir -p "$NAAST_DATA/sessions"
expect "own: run by id" "$n" run mijn-gesprek --choices 2,1,1 --record "$NAAST_DATA/sessions/own.json"
expect "history: the own scenario's session, marked" bash -c '"$0" history | grep "mijn-gesprek" | grep -q "eigen scenario"' "$n"
expect "history: the library's session, not marked" bash -c '! "$0" history --data "$1" | grep "een-eerlijk-nee" | grep -q "eigen scenario"' "$n" "$NAAST_DATA"
# an id in both places: an error that names both files, in list and by id
cp "$p/share/naast/scenarios/nl/het-gaat-goed.lua" "$NAAST_DATA/scenarios/"
"$n" list > "$tmp/l3" 2>&1; rc=$?
expect "both places: list exits 1" test $rc -eq 1
expect "both places: list names the own file" has "$tmp/l3" "$NAAST_DATA/scenarios/het-gaat-goed.lua: error:"
expect "both places: list names the library's file" has "$tmp/l3" "$p/share/naast/scenarios/nl/het-gaat-goed.lua"
"$n" run het-gaat-goed --choices 1 > "$tmp/l4" 2>&1; rc=$?
expect "both places: run by id refused" test $rc -ne 0
expect "both places: run names both files" bash -c 'grep -qF "$1" "$0" && grep -qF "$2" "$0"' "$tmp/l4" \
  "$NAAST_DATA/scenarios/het-gaat-goed.lua" "$p/share/naast/scenarios/nl/het-gaat-goed.lua"
printf 'q\n' | "$n" play --term > "$tmp/l6" 2> "$tmp/l6.err"
expect "both places: play's list names the own file" has "$tmp/l6.err" "$NAAST_DATA/scenarios/het-gaat-goed.lua: error:"
expect "both places: play's list leaves the own file out" test "$(grep -c "Het gaat goed" "$tmp/l6")" -eq 1
expect "play's list: the own scenario, marked" grep -q "Mijn gesprek (.*eigen scenario)" "$tmp/l6"
"$n" validate het-gaat-goed > "$tmp/l5" 2>&1
expect "both places: validate by id fails" test $? -eq 1
# the window's library (the build's own program, which has the source tree's font)
printf 'expect-screen picker\nkey End\nshot picker\nquit\n' > "$tmp/steps"
mkdir -p "$tmp/shots"
SDL_VIDEODRIVER=offscreen "$naast" play --window --no-save --size 1280x2000 --events "$tmp/steps" --shots "$tmp/shots" \
  > "$tmp/w.out" 2> "$tmp/w.err"
expect "window: the library shows the own scenario" grep -q "Mijn gesprek" "$tmp/shots/picker.boxes"
expect "window: marked as own, with its role" grep -q "Eigen scenario · Jouw rol: procesbegeleider · Lessen" "$tmp/shots/picker.boxes"
expect "window: the own file with the library's id left out" test "$(grep -c " Het gaat goed, laten" "$tmp/shots/picker.boxes")" -eq 1
expect "window: and said, naming both files" bash -c 'grep -qF "$1" "$0" && grep -qF "$2" "$0"' "$tmp/w.err" \
  "$NAAST_DATA/scenarios/het-gaat-goed.lua" "/nl/het-gaat-goed.lua"
rm "$NAAST_DATA/scenarios/het-gaat-goed.lua"
expect "--scenarios DIR: another library" bash -c '"$0" --scenarios "$1/tests" list --ids 2>/dev/null | grep -qx basic' "$n" "$root"
XDG_DATA_HOME="$tmp/xdg" NAAST_DATA= "$n" --version > "$tmp/v" 2>&1
expect "XDG_DATA_HOME: own scenarios under it" has "$tmp/v" "your own scenarios: $tmp/xdg/naast/scenarios"
# the program alone, nothing beside it: the library from $XDG_DATA_DIRS
mkdir -p "$tmp/alone"
cp "$n" "$tmp/alone/naast"
XDG_DATA_DIRS="$tmp/nothing:$p/share" "$tmp/alone/naast" --version > "$tmp/v2" 2>&1
expect "XDG_DATA_DIRS: the library found there" has "$tmp/v2" "library: $p/share/naast/scenarios (system)"
expect "XDG_DATA_DIRS: list" bash -c 'XDG_DATA_DIRS="$1" "$0" list --ids | grep -qx een-eerlijk-nee' "$tmp/alone/naast" "$p/share"
# naast new inside a source checkout (CMakeLists.txt and scenarios/rubric.lua above): the current folder
mkdir -p "$tmp/checkout/scenarios" "$tmp/checkout/lessen"
touch "$tmp/checkout/CMakeLists.txt"
cp "$root/scenarios/rubric.lua" "$tmp/checkout/scenarios/"
(cd "$tmp/checkout/lessen" && "$n" new in-de-checkout) > "$tmp/new4" 2>&1
expect "new in a checkout: the current folder" test -f "$tmp/checkout/lessen/in-de-checkout.lua"
expect "new in a checkout: not the own folder" test ! -e "$NAAST_DATA/scenarios/in-de-checkout.lua"
cd "$root"

# ---- --version ---------------------------------------------------------
"$naast" --version > "$tmp/v" 2>&1
expect "--version: version and what it was built from" grep -qE "^naast [0-9]+\.[0-9]+\.[0-9]+ \((release|[0-9a-z.-]+)\)$" "$tmp/v"
# built from this checkout: a commit of it (the build runs git describe each
# time; a commit made since the last build is no failure)
if [ -e "$root/.git" ] && command -v git >/dev/null; then
  d=$(sed -n '1s/.*(\(.*\))$/\1/p' "$tmp/v" | sed 's/-dirty$//; s/.*-g\([0-9a-f]*\)$/\1/')
  expect "--version: git describe names a commit of this checkout ($d)" git -C "$root" cat-file -e "$d^{commit}"
fi

# a tree without git (a release tarball) says "release"
mkdir -p "$tmp/tarball"
expect "describe.cmake: release without git" cmake -DSRC="$tmp/tarball" -DOUT="$tmp/d.h" -P "$root/cmake/describe.cmake"
expect "describe.cmake: the text" grep -qx '#define NAAST_DESCRIBE "release"' "$tmp/d.h"

# ---- the man page against every --help, both ways -----------------------
man="$tmp/naast.1"
gzip -dc "$p/share/man/man1/naast.1.gz" > "$man"
expect "man: the version filled in" grep -q '^\.TH NAAST 1 .*"Naast [0-9]' "$man"
{ "$naast" --help; for c in $("$naast" --help | sed -n 's/^  \([a-z]\+\)  .*/\1/p'); do "$naast" "$c" --help; done; } > "$tmp/help"
grep -o -- '--[a-z][a-z-]*' "$tmp/help" | sort -u > "$tmp/help.opts"
grep -o '\\-\\-[a-z][a-z\\-]*' "$man" | sed 's/\\//g' | sort -u > "$tmp/man.opts"
expect "man: options found" test "$(wc -l < "$tmp/man.opts")" -ge 30
expect "man: every --help option is in the man page" diff <(comm -23 "$tmp/help.opts" "$tmp/man.opts") /dev/null
expect "man: every option in the man page is in a --help" diff <(comm -13 "$tmp/help.opts" "$tmp/man.opts") /dev/null
"$naast" --help | sed -n 's/^  \([a-z]\+\)  .*/\1/p' | sort > "$tmp/help.cmds"
sed -n 's/^\.SS "\([a-z]\+\).*/\1/p' "$man" | sort > "$tmp/man.cmds"
expect "man: the commands of --help, each a section" diff "$tmp/help.cmds" "$tmp/man.cmds"
expect "man: 12 commands" test "$(wc -l < "$tmp/help.cmds")" -eq 12
for s in ENVIRONMENT FILES "EXIT STATUS"; do expect "man: $s" grep -q "^\.SH \"\?$s" "$man"; done
for v in $(grep -ohE 'getenv\("[A-Z_]+"\)' "$root"/engine -r | sed 's/getenv("\(.*\)")/\1/' | sort -u | grep -v '^HOME$\|^TMPDIR$'); do
  expect "man: the environment variable $v" grep -q "$v" "$man"
done
LC_ALL=C.UTF-8 groff -ww -z -man -Tutf8 "$man" > "$tmp/groff" 2>&1
expect "man: groff -ww renders without a warning" test ! -s "$tmp/groff"
if command -v man >/dev/null; then
  MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$man" > "$tmp/man.txt" 2> "$tmp/man.err"
  expect "man -l: no warnings" test ! -s "$tmp/man.err"
  expect "man -l: rendered" grep -q "GLOBAL OPTIONS" "$tmp/man.txt"
fi

# ---- bash completion ---------------------------------------------------
comp() { # words...: the completions bash offers for them (the last is the word being completed)
  PATH="$p/bin:$PATH" bash --norc --noprofile -c '
    source /usr/share/bash-completion/bash_completion
    source "$0"
    complete -p naast >/dev/null || exit 9
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _naast naast "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
    printf "%s\n" "${COMPREPLY[@]}"' "$p/share/bash-completion/completions/naast" "$@"
}
expect "completion: complete -p names _naast" bash --norc --noprofile -c \
  'source /usr/share/bash-completion/bash_completion; source "$0"; complete -p naast | grep -q -- "-F _naast naast"' \
  "$p/share/bash-completion/completions/naast"
comp naast va > "$tmp/c1"; expect "completion: subcommands" grep -qx validate "$tmp/c1"
comp naast --ver > "$tmp/c2"; expect "completion: global options" grep -qx -- --version "$tmp/c2"
comp naast play --gr > "$tmp/c3"; expect "completion: play's options" grep -qx -- --group "$tmp/c3"
comp naast analyze --max > "$tmp/c4"; expect "completion: analyze's options" grep -qx -- --max-states "$tmp/c4"
comp naast play een- > "$tmp/c5"; expect "completion: the library's ids" grep -qx een-eerlijk-nee "$tmp/c5"
comp naast validate mijn > "$tmp/c6"; expect "completion: your own ids" grep -qx mijn-gesprek "$tmp/c6"
mkdir -p "$tmp/recs" && touch "$tmp/recs/sessie-1.json" "$tmp/recs/notes.txt"
(cd "$tmp/recs" && comp naast report s) > "$tmp/c7"; expect "completion: record files" grep -qx sessie-1.json "$tmp/c7"
(cd "$tmp/recs" && comp naast play --resume "") > "$tmp/c8"
expect "completion: --resume offers records, not other files" bash -c 'grep -qx sessie-1.json "$0" && ! grep -q notes "$0"' "$tmp/c8"
comp naast run x --lang "" > "$tmp/c9"; expect "completion: --lang" bash -c 'grep -qx nl "$0" && grep -qx en "$0"' "$tmp/c9"
expect "completion: compgen" bash --norc --noprofile -c \
  'source /usr/share/bash-completion/bash_completion; source "$0"; compgen -F _naast naast >/dev/null 2>&1; true' \
  "$p/share/bash-completion/completions/naast"

# ---- desktop entry and AppStream --------------------------------------
expect "desktop-file-validate" desktop-file-validate "$p/share/applications/naast.desktop"
expect "desktop entry: play --window" grep -qx "Exec=naast play --window" "$p/share/applications/naast.desktop"
expect "desktop entry: Name=Naast" grep -qx "Name=Naast" "$p/share/applications/naast.desktop"
# the id follows the desktop file's name, naast (docs/packaging.md)
expect "appstreamcli validate --no-net" appstreamcli validate --no-net --override=cid-desktopapp-is-not-rdns=info \
  "$p/share/metainfo/naast.metainfo.xml"

echo "install: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
