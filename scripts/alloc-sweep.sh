#!/bin/sh
# The full allocation-failure sweep (ctest's `alloc` test samples it): for
# every n, the n-th allocation of the engine or the Lua state fails while a
# library scenario is loaded, played to an ending, its record written and
# both debriefs built (tests/harden/test_alloc.c). Built and run under
# AddressSanitizer + UndefinedBehaviorSanitizer, so a crash, a leak or a
# half-written record fails it.
#   scripts/alloc-sweep.sh                      every scenario in the library
#   scripts/alloc-sweep.sh scenarios/nl/x.lua   one (or a few)
#   STRIDE=10 scripts/alloc-sweep.sh            every 10th n (and the first and last 200)
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Asan >/dev/null
cmake --build build-asan -j 2 --target test_alloc >/dev/null
[ $# -gt 0 ] || set -- scenarios/nl/*.lua
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for scn in "$@"; do
  printf '%s: ' "$scn"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    build-asan/tests/test_alloc "$scn" scenarios/rubric.lua "$tmp" "${STRIDE:-1}" || status=1
done
exit $status
