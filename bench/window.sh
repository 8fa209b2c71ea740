#!/bin/bash
# The window's speed against the SDL floor (../shared/bench/sdl_floor.c), in
# one sitting: start-up (main to the first presented frame), CPU per frame on
# the conversation screen (cached, and with the text cache emptied every
# frame), peak RSS, and the CPU an idle window uses. Two configurations:
# naast's default (software renderer, SDL_FRAMEBUFFER_ACCELERATION=0) and
# SDL's accelerated default (OpenGL; Mesa's llvmpipe without a GPU).
#   bench/window.sh                  RUNS=5 FRAMES=300, 1280x720 and 1920x1080
#   RUNS=3 SIZES="1280x720" bench/window.sh
# Needs a display; without DISPLAY it runs itself under xvfb-run (xvfb, xauth).
# Builds naast into build/ (or BUILD) and the floor into a temporary folder.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
RUNS=${RUNS:-5} FRAMES=${FRAMES:-300} SIZES=${SIZES:-"1280x720 1920x1080"}
YARDSTICKS=${YARDSTICKS:-$root/../shared/bench}
SCENARIO=${SCENARIO:-weer-iemand-van-de-gemeente}
BUILD=${BUILD:-$root/build}
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" env RUNS="$RUNS" FRAMES="$FRAMES" SIZES="$SIZES" \
    YARDSTICKS="$YARDSTICKS" SCENARIO="$SCENARIO" BUILD="$BUILD" bash "$0"
fi
unset SDL_VIDEODRIVER
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j2 --target naast >/dev/null
gcc -O2 -std=c11 -Wall -Wextra "$YARDSTICKS/sdl_floor.c" $(pkg-config --cflags --libs SDL2_ttf sdl2) -o "$tmp/sdl_floor"
naast=$BUILD/naast
out=$tmp/results.txt

for size in $SIZES; do
  w=${size%x*} h=${size#*x}
  for cfg in software gpu; do
    if [ $cfg = software ]; then floor_env=(SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0); else floor_env=(); fi
    for i in $(seq "$RUNS"); do
      "$naast" play --window --no-save --renderer $cfg --size "$size" --bench-frames "$FRAMES" "$SCENARIO" \
        | sed "s/^naast-window/naast $size $cfg/" >>"$out"
      env "${floor_env[@]}" "$tmp/sdl_floor" --width "$w" --height "$h" --frames "$FRAMES" | tr '\n' ' ' \
        | sed "s/^/floor $size $cfg /; s/\$/\n/" >>"$out"
    done
  done
done

# idle: a window waiting on the library screen for 10 s, its CPU time
"$naast" play --window --no-save --size 1280x720 >/dev/null 2>&1 &
pid=$!
sleep 2
t0=$(awk '{print $14 + $15}' /proc/$pid/stat)
sleep 10
t1=$(awk '{print $14 + $15}' /proc/$pid/stat)
kill "$pid"
wait "$pid" 2>/dev/null || true
idle=$(awk -v a="$t0" -v b="$t1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (b - a) / hz / 10 * 100 }')

python3 - "$out" "$idle" <<'PY'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    who, size, cfg = line.split()[:3]
    kv = dict(re.findall(r"(\w+)=([\w./-]+)", line))
    rows.setdefault((size, cfg, who), []).append(kv)
def med(lst, key, f=float):
    vals = [f(x[key].split("/")[-1]) for x in lst if key in x]
    return statistics.median(vals) if vals else float("nan")
print("| size | renderer | | start-up ms | frame CPU ms (p99) | uncached ms (p99) | peak RSS KiB |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for (size, cfg, who), lst in sorted(rows.items()):
    if who == "naast":
        print(f"| {size} | {cfg} | naast | {med(lst,'startup_ms'):.1f} | {med(lst,'frame_cpu_ms'):.3f} ({med(lst,'p99'):.3f})"
              f" | {med(lst,'uncached_ms'):.3f} ({med(lst,'uncached_p99'):.3f}) | {med(lst,'peak_rss_kib'):.0f} |")
    else:
        # the floor prints frames_uncached, frames_cached and memory lines, joined
        c = [re.search(r"frames_cached frames=\d+ cpu_ms_mean=([\d.]+) cpu_ms_median=[\d.]+ cpu_ms_p99=([\d.]+)", l)
             for l in open(sys.argv[1]) if l.startswith(f"floor {size} {cfg} ")]
        u = [re.search(r"frames_uncached frames=\d+ cpu_ms_mean=([\d.]+) cpu_ms_median=[\d.]+ cpu_ms_p99=([\d.]+)", l)
             for l in open(sys.argv[1]) if l.startswith(f"floor {size} {cfg} ")]
        rss = [re.search(r"memory peak_rss_kib=(\d+)", l) for l in open(sys.argv[1]) if l.startswith(f"floor {size} {cfg} ")]
        m = lambda xs, g: statistics.median(float(x.group(g)) for x in xs if x)
        print(f"| {size} | {cfg} | floor | {med(lst,'startup_ms'):.1f} | {m(c,1):.3f} ({m(c,2):.3f}) | {m(u,1):.3f} ({m(u,2):.3f}) | {m(rss,1):.0f} |")
print(f"\nidle window (library screen, 10 s): {sys.argv[2]}% of one CPU")
PY
