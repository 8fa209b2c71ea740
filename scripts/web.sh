#!/bin/sh
# Builds Naast for the browser: the same C program, its window drawing into
# a canvas, as a folder of static files in build-web/site/ (index.html,
# naast.js, naast.wasm, naast.data).
#
#   scripts/web.sh            build the site
#   scripts/web.sh --serve    build, then serve it on http://127.0.0.1:8017/
#   scripts/web.sh --update   fetch Debian's source lists again first
#
# Everything comes from Debian's archive: the emscripten package, and the
# libraries built from Debian's source packages (apt-get source, through an
# apt configuration of this script's own: the machine's apt sources stay as
# they are). The libraries are built once into a cache outside the checkout,
# ${XDG_CACHE_HOME:-~/.cache}/naast-web/<key>, keyed by the source versions,
# the emscripten version and scripts/web-deps.sh; later builds take seconds.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SERVE=0 UPDATE=0
for a in "$@"; do
  case $a in
  --serve) SERVE=1 ;;
  --update) UPDATE=1 ;;
  *) echo "usage: scripts/web.sh [--serve] [--update]" >&2; exit 2 ;;
  esac
done
say() { printf 'web: %s\n' "$*"; }

# ---- Debian packages: the compiler, and what apt-get source needs
PKGS="emscripten dpkg-dev cmake make python3 python3-fonttools xz-utils"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  say "installing$missing"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
# emcc's JavaScript tools (acorn, ...) are Debian's node modules: a node from
# elsewhere on PATH does not look there by itself
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

# ---- an apt of our own for source packages
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/naast-web
APT=$CACHE/apt
mkdir -p "$APT/lists/partial" "$APT/archives/partial" "$APT/parts" "$APT/prefs"
# the machine's Debian entries, as deb-src (only Debian's archive: any other
# source on the machine is left out)
{
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk 'BEGIN { RS = ""; ORS = "\n\n" }
         /URIs:[^\n]*debian\.org/ && /Types:[^\n]*deb/ && !/Enabled: *no/ { sub(/Types:[^\n]*/, "Types: deb-src"); print }' "$f"
  done
} >"$APT/parts/debian-src.sources"
{
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    sed -n 's/^[[:space:]]*deb[[:space:]]\(.*debian\.org.*\)/deb-src \1/p' "$f"
  done
} >"$APT/sources.list"
# apt's lists, downloads and preferences all in the cache; no locks on the
# machine's apt (this apt touches none of its files), and no switch to the
# _apt user, who may not write into a home folder
APTOPT="-o Dir::Etc::SourceList=$APT/sources.list -o Dir::Etc::SourceParts=$APT/parts
 -o Dir::Etc::Preferences=$APT/prefs/none -o Dir::Etc::PreferencesParts=$APT/prefs
 -o Dir::State::Lists=$APT/lists -o Dir::Cache=$APT -o Dir::Cache::archives=$APT/archives
 -o Debug::NoLocking=1 -o APT::Sandbox::User=root"
if [ "$UPDATE" = 1 ] || ! ls "$APT/lists/" 2>/dev/null | grep -q Sources; then
  say "reading Debian's source lists (into $APT)"
  # shellcheck disable=SC2086
  apt-get $APTOPT -qq update
fi
SRCPKGS="zlib freetype libsdl2 libsdl2-ttf lua5.4 cmark cjson"
# The source packages, downloaded into the cache (apt-get skips what it
# already has, and checks every file against Debian's signed lists); when
# the newest version is not to be had (a security update whose source the
# mirror lacks), the release's own. Their .dsc names go to dscs.txt, so
# that a build with the libraries in the cache asks apt nothing.
CODENAME=$(. /etc/os-release && echo "$VERSION_CODENAME")
fetch_sources() {
  mkdir -p "$APT/sources"
  DSCS=""
  for p in $SRCPKGS; do
    for spec in "$p" "$p/$CODENAME"; do
      # shellcheck disable=SC2086
      if (cd "$APT/sources" && apt-get $APTOPT -qq source --download-only "$spec" >"$APT/fetch.log" 2>&1); then
        # shellcheck disable=SC2086
        dsc=$(apt-get $APTOPT -qq source --print-uris "$spec" | awk '/\.dsc\047/ { print $2 }')
        DSCS="$DSCS $dsc"
        break
      fi
      [ "$spec" = "$p" ] || { cat "$APT/fetch.log" >&2; say "cannot fetch the source of $p"; exit 1; }
    done
  done
  echo "$DSCS" >"$APT/dscs.txt"
}
deps_key() {
  EMVER=$(cat /usr/share/emscripten/emscripten-version.txt 2>/dev/null || emcc --version | head -n 1)
  KEY=$( { for d in $DSCS; do echo "$d"; done; echo "$EMVER"; cat scripts/web-deps.sh; } | sha256sum | cut -c1-16)
  DEPS=$CACHE/$KEY
}
if [ "$UPDATE" = 0 ] && [ -s "$APT/dscs.txt" ]; then DSCS=$(cat "$APT/dscs.txt"); else fetch_sources; fi
deps_key
if [ ! -f "$DEPS/done" ]; then
  fetch_sources   # the files themselves, which an earlier run may not have kept
  deps_key
fi
if [ ! -f "$DEPS/done" ]; then
  say "building the libraries once into $DEPS (about 5 minutes on 2 cores)"
  rm -rf "$DEPS"
  mkdir -p "$DEPS/src"
  for d in $DSCS; do
    # --no-check: no OpenPGP check of the .dsc (apt checked the files'
    # hashes against Debian's signed lists when it fetched them)
    (cd "$DEPS/src" && dpkg-source --no-check -x "$APT/sources/$d" >>"$DEPS/src/unpack.log" 2>&1) ||
      { tail -n 20 "$DEPS/src/unpack.log"; exit 1; }
    echo "$d" >>"$DEPS/sources.txt"
  done
  t0=$(date +%s)
  sh scripts/web-deps.sh "$DEPS/src" "$DEPS/prefix"
  echo "$(($(date +%s) - t0))" >"$DEPS/seconds"
  rm -rf "$DEPS/src"
  touch "$DEPS/done"
  # libraries of an older key (other source versions) are of no more use
  for old in "$CACHE"/*/done; do
    [ "$old" = "$DEPS/done" ] || rm -rf "$(dirname "$old")"
  done
fi
say "libraries: $DEPS (built in $(cat "$DEPS/seconds") s)"

# ---- the site
# pkg-config sees only our libraries (never emscripten's own SDL, which
# means a download); Lua, zlib and SDL2_ttf get the .pc files that Debian's
# build writes and their builds here do not
B=build-web
mkdir -p "$B/pkgconfig"
P=$DEPS/prefix
printf 'prefix=%s\nName: lua5.4\nDescription: Lua 5.4\nVersion: 5.4\nCflags: -I${prefix}/include\nLibs: -L${prefix}/lib -llua5.4\n' \
  "$P" >"$B/pkgconfig/lua5.4.pc"
printf 'prefix=%s\nName: zlib\nDescription: zlib\nVersion: 1.2\nCflags: -I${prefix}/include\nLibs: -L${prefix}/lib -lz\n' \
  "$P" >"$B/pkgconfig/zlib.pc"
printf 'prefix=%s\nName: SDL2_ttf\nDescription: SDL2_ttf\nVersion: 2.20\nRequires: sdl2\nCflags: -I${prefix}/include/SDL2\nLibs: -L${prefix}/lib -lSDL2_ttf -lfreetype -lz\n' \
  "$P" >"$B/pkgconfig/SDL2_ttf.pc"
export PKG_CONFIG_LIBDIR="$P/lib/pkgconfig:$ROOT/$B/pkgconfig" PKG_CONFIG_PATH=""
t0=$(date +%s)
# The fonts, cut down to the scripts a Dutch or English text and a trainer's
# names may use (Latin with its extensions and combining marks, Greek,
# Cyrillic, punctuation, currency, arrows, mathematical and other symbols):
# 0.8 MB instead of 2.1 MB, so the site stays under 4 MB. tests/web checks
# that every character of the library and the window's strings is there.
RANGES="U+0020-007E,U+00A0-024F,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF"
RANGES="$RANGES,U+2100-214F,U+2190-21FF,U+2200-22FF,U+2460-24FF,U+25A0-25FF,U+2600-26FF,U+2700-27BF,U+FFFD"
mkdir -p "$B/fonts"
cp -p assets/fonts/LICENSE-DejaVu.txt "$B/fonts/"   # -p: an unchanged copy must not relink
for f in assets/fonts/*.ttf; do
  out="$B/fonts/$(basename "$f")"
  [ "$out" -nt "$f" ] && [ "$out" -nt scripts/web.sh ] && continue
  /usr/bin/python3 -m fontTools.subset "$f" --unicodes="$RANGES" --layout-features='*' --output-file="$out" 2>/dev/null
done
cmake -S . -B "$B" -DCMAKE_TOOLCHAIN_FILE=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS_RELEASE=-O2 -DSDL2_DIR="$P/lib/cmake/SDL2" \
  -DCMAKE_PREFIX_PATH="$P" -DCMAKE_FIND_ROOT_PATH="$P" -DNAAST_WEB_FONTS="$ROOT/$B/fonts" >"$B/configure.log" 2>&1 ||
  { tail -n 30 "$B/configure.log"; exit 1; }
cmake --build "$B" -j2 >"$B/build.log" 2>&1 || { grep -E "error|warning" -A3 "$B/build.log" | head -n 40; exit 1; }
if grep -q "warning:" "$B/build.log"; then grep "warning:" "$B/build.log" | sort -u | head -n 20; fi
say "built $B/site/ in $(($(date +%s) - t0)) s:"
(cd "$B/site" && for f in index.html naast.js naast.wasm naast.data; do
  printf '  %-11s %8d bytes, %8d gzip\n' "$f" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
done)

if [ "$SERVE" = 1 ]; then
  say "serving on http://127.0.0.1:${NAAST_WEB_PORT:-8017}/ (Ctrl+C stops)"
  exec python3 scripts/web-serve.py "$B/site" "${NAAST_WEB_PORT:-8017}"
fi
