#!/bin/sh
# Installs what Naast needs from Debian's packages (only what is missing),
# then configures and builds into build/. Safe to run again: with everything
# present it only rebuilds what changed.
#   scripts/setup.sh          build dependencies, then build
#   scripts/setup.sh --test   also what the test suite uses (with the web
#                             tests: emscripten, Chromium, playwright-core)
set -eu
cd "$(dirname "$0")/.."

PKGS="build-essential cmake pkg-config liblua5.4-dev libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev libcmark-dev libcjson-dev zlib1g-dev"
if [ "${1:-}" = "--test" ]; then
  PKGS="$PKGS libcmocka-dev lua5.4 hunspell hunspell-nl python3-jsonschema graphviz lua-check valgrind clang libclang-rt-14-dev"
  # packaging and install checks (tests/install): the .deb, its lint, the desktop
  # files, the man page, the completion
  PKGS="$PKGS dpkg-dev lintian desktop-file-utils appstream groff-base man-db bash-completion"
  # the web build and its tests (scripts/web.sh, tests/web): Chromium drives
  # the site, through playwright-core from npm (below)
  PKGS="$PKGS emscripten chromium nodejs"
fi

missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing$missing"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
if [ "${1:-}" = "--test" ]; then
  # npm comes with nodejs from some sources, as a package of its own in Debian
  if ! command -v npm >/dev/null; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null
  fi
  # playwright-core (no browser of its own: it drives Debian's chromium), in
  # the web cache outside the checkout; 1.60 still runs on Debian 12's Node 18
  NODE_DIR=${XDG_CACHE_HOME:-$HOME/.cache}/naast-web/node
  if ! grep -qs '"version": "1.60.0"' "$NODE_DIR/node_modules/playwright-core/package.json"; then
    echo "setup: installing playwright-core into $NODE_DIR"
    mkdir -p "$NODE_DIR"
    npm install --silent --no-audit --no-fund --prefix "$NODE_DIR" playwright-core@1.60.0 >/dev/null
  fi
fi

BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}
cmake -S . -B build -DCMAKE_BUILD_TYPE="$BUILD_TYPE" >/dev/null
cmake --build build -j "$(nproc)" >/dev/null
echo "setup: built build/naast"
