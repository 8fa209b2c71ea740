#!/bin/sh
# Builds the Debian package naast_<version>_<arch>.deb with CPack, in
# build-package/ (or $1), from a Release build with Debian's hardening flags.
# Dependencies come from dpkg-shlibdeps (the libraries naast links), plus
# fonts-dejavu-core for the window's font (docs/packaging.md).
#   scripts/package.sh            -> build-package/naast_0.1.0_amd64.deb
#   scripts/package.sh DIR        -> DIR/naast_0.1.0_amd64.deb
set -eu
cd "$(dirname "$0")/.."
out=${1:-build-package}
for tool in dpkg-buildflags dpkg-shlibdeps cpack; do
  command -v "$tool" >/dev/null || { echo "package: $tool is missing (scripts/setup.sh --test installs it)" >&2; exit 3; }
done
# the flags Debian builds its own packages with: -O2, fortify, stack
# protector, relro/now (lintian checks for them)
CFLAGS=$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get CFLAGS)
CPPFLAGS=$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get CPPFLAGS)
LDFLAGS=$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get LDFLAGS)
cmake -S . -B "$out" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
  -DCMAKE_C_FLAGS="$CFLAGS $CPPFLAGS" -DCMAKE_EXE_LINKER_FLAGS="$LDFLAGS" >/dev/null
cmake --build "$out" -j 2 >/dev/null   # all of it: cpack would build what is left one job at a time
(cd "$out" && cpack -G DEB >/dev/null)
deb=$(ls "$out"/naast_*.deb)
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Architecture Depends
