#!/bin/sh
# Sets everything up, builds, and runs the whole test suite twice: as built
# for use, and under AddressSanitizer + UndefinedBehaviorSanitizer; fuzzes
# briefly; then builds the site for the browser (its libraries come from the
# cache after the first time) and drives it in headless Chromium (tests/web).
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh --test
ctest --test-dir build --output-on-failure
echo "== under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Asan >/dev/null
cmake --build build-asan -j "$(nproc)" >/dev/null
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure
echo "== fuzzing, bounded (scripts/fuzz.sh SECONDS for longer runs)"
scripts/fuzz.sh 15
echo "== in the browser"
scripts/web.sh
bash tests/web/web.sh build-web/site build/naast build/tests/window/shotcheck build/web-shots
