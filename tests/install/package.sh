#!/bin/bash
# The Debian package and a build outside the checkout (issue 15):
# scripts/package.sh builds naast_<version>_<arch>.deb in a temporary folder
# (that build is itself out of tree: its naast must find the source tree's
# library from any working directory); dpkg-deb -x unpacks the package and
# the unpacked naast runs list, run --record, report, validate and the
# window on the system's DejaVu; lintian reports no error and no warning
# that docs/packaging.md does not explain; desktop-file-validate and
# appstreamcli pass on the packaged files.
# It builds the program once more (Release), so it runs in the normal test
# build only: with BUILD_TYPE Asan it is skipped (exit 77).
# usage: package.sh BUILD_TYPE
set -u
if [ "${1:-}" = Asan ]; then echo "package: skipped under the sanitizers (the normal build runs it)"; exit 77; fi
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
# list, run --record, report and validate with a naast, from a folder that is not the checkout
works() { # label, naast
  local what=$1 n=$2 d="$tmp/work-$1"
  mkdir -p "$d" && cd "$d"
  "$n" list > list.txt 2>&1
  expect "$what: list" bash -c '[ $? -eq 0 ] && grep -q "^weer-iemand-van-de-gemeente$" "$0"' list.txt
  expect "$what: run --record" "$n" run een-eerlijk-nee --choices 1,1,1,1,1,1,1,1,1,1 --record "$d/s.json"
  expect "$what: report" "$n" report "$d/s.json" --out "$d/s.md" --html "$d/s.html"
  expect "$what: validate by id" "$n" validate --strict weer-iemand-van-de-gemeente
  cd "$root"
}

version=$(sed -n 's/^project(naast VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
arch=$(dpkg --print-architecture)
expect "scripts/package.sh" "$root/scripts/package.sh" "$tmp/pkg"
deb="$tmp/pkg/naast_${version}_${arch}.deb"
expect "the package is naast_${version}_${arch}.deb" test -f "$deb"
[ -f "$deb" ] || { echo "package: $pass passed, $fail failed"; exit 1; }

# the package's own build folder lies outside the checkout
expect "out-of-tree build: --version names the source tree" bash -c '"$0" --version | grep -q "(source)"' "$tmp/pkg/naast"
works out-of-tree "$tmp/pkg/naast"

# the control fields
dpkg-deb -f "$deb" Depends > "$tmp/depends"
expect "Depends: fonts-dejavu-core" has "$tmp/depends" "fonts-dejavu-core"
expect "Depends: from dpkg-shlibdeps (SDL2, Lua)" bash -c 'grep -q libsdl2-2.0-0 "$0" && grep -q liblua5.4 "$0"' "$tmp/depends"
dpkg-deb -c "$deb" > "$tmp/contents"
expect "no font bundled" bash -c '! grep -qi "\.ttf" "$0"' "$tmp/contents"
expect "the man page" has "$tmp/contents" "./usr/share/man/man1/naast.1.gz"

# unpacked anywhere, it runs: the library beside its bin/, the system's font
x="$tmp/unpacked"
expect "dpkg-deb -x" dpkg-deb -x "$deb" "$x"
expect "unpacked: --version names the install" bash -c '"$0" --version | grep -q "(install)"' "$x/usr/bin/naast"
works unpacked "$x/usr/bin/naast"
if [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  printf 'expect-screen picker\nshot picker\nquit\n' > "$tmp/steps"
  mkdir -p "$tmp/shots"
  expect "unpacked: the window opens on the system's DejaVu" env SDL_VIDEODRIVER=offscreen \
    "$x/usr/bin/naast" play --window --no-save --events "$tmp/steps" --shots "$tmp/shots"
  expect "unpacked: the library in the window" grep -q "Aan de keukentafel bij de pleegouders" "$tmp/shots/picker.boxes"
fi

# the checkers, on the real artefacts
lintian --no-tag-display-limit "$deb" > "$tmp/lintian" 2>&1
grep -v "running with root privileges" "$tmp/lintian" > "$tmp/lintian.tags"
expect "lintian: no errors" bash -c '! grep -q "^E:" "$0"' "$tmp/lintian.tags"
for tag in $(sed -n 's/^W: naast[^:]*: \([a-z0-9-]*\).*/\1/p' "$tmp/lintian.tags" | sort -u); do
  expect "lintian: the warning $tag is explained in docs/packaging.md" grep -q -- "$tag" "$root/docs/packaging.md"
done
expect "desktop-file-validate (packaged)" desktop-file-validate "$x/usr/share/applications/naast.desktop"
expect "appstreamcli validate --no-net (packaged)" appstreamcli validate --no-net \
  --override=cid-desktopapp-is-not-rdns=info "$x/usr/share/metainfo/naast.metainfo.xml"

echo "package: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
