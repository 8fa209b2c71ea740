#!/bin/bash
# Naast in the browser against the desktop window, in one sitting: the
# site's files (plain and gzip -9), the time from page load to the first
# frame, and CPU per frame of the conversation screen (weer-iemand-van-de-
# gemeente at 1280x720, the window's own --bench-frames, here in the page),
# beside the desktop window's --bench-frames (under Xvfb when xvfb-run is
# there, else SDL's offscreen driver, which flatters the desktop: its
# present copies nothing). Headless Chromium (Debian's chromium) against a
# server on 127.0.0.1 (scripts/web-serve.py), through tests/web/drive.cjs.
#   bench/web.sh                 RUNS=5 FRAMES=300
# Builds the site first (scripts/web.sh; its libraries from the cache).
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
RUNS=${RUNS:-5} FRAMES=${FRAMES:-300}
SCENARIO=${SCENARIO:-weer-iemand-van-de-gemeente}
export NODE_PATH=${XDG_CACHE_HOME:-$HOME/.cache}/naast-web/node/node_modules
tmp=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
scripts/web.sh >/dev/null
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target naast >/dev/null
site=$root/build-web/site

python3 scripts/web-serve.py "$site" 0 >"$tmp/server.out" 2>&1 &
server=$!
for _ in $(seq 50); do grep -qs serving "$tmp/server.out" && break; sleep 0.1; done
url=$(sed -n 's/^serving //p' "$tmp/server.out")

# each run a fresh profile: a first visit (nothing cached but what the
# server sends), then the benchmark in the same page
for i in $(seq "$RUNS"); do
  cat >"$tmp/plan.json" <<EOF
[{"name": "load-$i", "query": {"size": "1280x720"}, "events": ["expect-screen picker"]},
 {"name": "frames-$i", "query": {"size": "1280x720", "bench-frames": "$FRAMES", "scenario": "$SCENARIO", "bench": 1},
  "until_console": "naast-window", "timeout": 300000}]
EOF
  node tests/web/drive.cjs "$url" "$tmp/out" "$tmp/plan.json" >/dev/null
done

desk=()
if command -v xvfb-run >/dev/null; then desk=(xvfb-run -a -s "-screen 0 1920x1080x24"); desktop="Xvfb"
else export SDL_VIDEODRIVER=offscreen; desktop="offscreen"; fi
for i in $(seq "$RUNS"); do
  "${desk[@]}" build/naast play --window --no-save --size 1280x720 --bench-frames "$FRAMES" "$SCENARIO" >>"$tmp/desk.txt"
done

python3 - "$tmp/out" "$tmp/desk.txt" "$site" "$desktop" "$RUNS" "$FRAMES" <<'PY'
import glob, gzip, json, os, re, statistics, sys
out, desk, site, desktop, runs, frames = sys.argv[1:]
med = statistics.median
def kv(line):
    return {k: float(v.split("/")[-1]) for k, v in re.findall(r"(\w+)=([\d./-]+)", line)}
loads = [json.load(open(p)) for p in sorted(glob.glob(out + "/load-*/result.json"))]
web = [kv(l) for p in sorted(glob.glob(out + "/frames-*/result.json"))
       for l in json.load(open(p))["printed"] if l.startswith("naast-window")]
dsk = [kv(l) for l in open(desk) if l.startswith("naast-window")]
print("| file | bytes | gzip -9 |")
print("| --- | ---: | ---: |")
total = [0, 0]
for f in ("index.html", "naast.js", "naast.wasm", "naast.data"):
    raw = open(os.path.join(site, f), "rb").read()
    z = len(gzip.compress(raw, 9))
    total[0] += len(raw); total[1] += z
    print(f"| {f} | {len(raw):,} | {z:,} |")
print(f"| **site** | **{total[0]:,}** | **{total[1]:,}** |")
print()
print(f"first frame after page load (navigation start to the first presented frame), median of {runs}: "
      f"{med(r['first_frame_ms'] for r in loads):.0f} ms (min {min(r['first_frame_ms'] for r in loads):.0f}, "
      f"max {max(r['first_frame_ms'] for r in loads):.0f}); main to first frame in the page: "
      f"{med(w['startup_ms'] for w in web):.0f} ms")
print()
print(f"conversation screen at 1280x720, {frames} frames, medians of {runs}:")
print()
print("| | start-up ms (main to first frame) | frame CPU ms (p99) | of it SDL_RenderPresent | frame, cache emptied (p99) |")
print("| --- | ---: | ---: | ---: | ---: |")
for name, rows in ((f"browser (headless Chromium, software renderer into a 2D canvas)", web),
                   (f"desktop window ({desktop}, software renderer)", dsk)):
    print(f"| {name} | {med(r['startup_ms'] for r in rows):.1f} | {med(r['frame_cpu_ms'] for r in rows):.3f} "
          f"({med(r['p99'] for r in rows):.3f}) | {med(r['present_ms'] for r in rows):.3f} | {med(r['uncached_ms'] for r in rows):.3f} "
          f"({med(r['uncached_p99'] for r in rows):.3f}) |")
print()
print(f"browser/desktop: steady frame {med(r['frame_cpu_ms'] for r in web) / med(r['frame_cpu_ms'] for r in dsk):.2f}x, "
      f"cache emptied {med(r['uncached_ms'] for r in web) / med(r['uncached_ms'] for r in dsk):.2f}x")
PY
