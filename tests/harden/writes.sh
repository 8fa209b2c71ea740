#!/bin/bash
# Writes that fail (issue 16, §6): the atomic replace refuses what is not a
# regular file and follows a symlink; a full disk, a read-only folder, a
# missing folder, a record path that is a folder and a data folder on a file
# each give a clear error naming the path, a non-zero exit, and leave the
# previous record or report as it was (and no temporary file behind).
# As root (CI) the full disk and the read-only folder are small tmpfs
# mounts made here; otherwise `ulimit -f` and chmod stand in for them.
set -u
naast=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
tests="$root/tests"
tmp=$(mktemp -d)
mounts=()
cleanup() { for m in "${mounts[@]}"; do umount "$m" 2>/dev/null; done; rm -rf "$tmp"; }
trap cleanup EXIT
export NAAST_DATA="$tmp/data" SOURCE_DATE_EPOCH=1700000000
pass=0 fail=0
expect() { local what=$1; shift; if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $what"; fi; }
has() { grep -qF -- "$2" <<<"$1"; }
no_tmp() { ! ls -a "$1" | grep -q '\.tmp\.'; }
cd "$tests"
scn=fixtures/basic.lua
run() { "$naast" run "$scn" --rubric rubric.lua "$@" 2>&1 >/dev/null; }

# the issue's own case: /dev/full stays a device (as root, the rename
# used to turn it into a regular file holding the record)
if [ -c /dev/full ]; then
  out=$(run --choices 1 --record /dev/full); rc=$?
  expect "/dev/full: non-zero exit" [ $rc -eq 3 ]
  expect "/dev/full: still a device" [ -c /dev/full ]
  expect "/dev/full: message names it" has "$out" "/dev/full: is a device, not a regular file"
  expect "/dev/full: said once" [ "$(grep -c 'naast:' <<<"$out")" -eq 1 ]
fi
mkfifo "$tmp/fifo"
out=$(timeout 10 "$naast" run "$scn" --rubric rubric.lua --choices 1,1,1 --record "$tmp/fifo" 2>&1 >/dev/null); rc=$?
expect "FIFO: exit 3" [ $rc -eq 3 ]
expect "FIFO: still a FIFO" [ -p "$tmp/fifo" ]
expect "FIFO: message" has "$out" "$tmp/fifo: is a FIFO (named pipe), not a regular file"
/usr/bin/python3 -c 'import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$tmp/sock"
out=$(run --choices 1 --record "$tmp/sock"); rc=$?
expect "socket: exit 3" [ $rc -eq 3 ]
expect "socket: still a socket" [ -S "$tmp/sock" ]
expect "socket: message" has "$out" "$tmp/sock: is a socket"
mkdir "$tmp/dir"; echo keep > "$tmp/dir/inside"
out=$(run --choices 1 --record "$tmp/dir"); rc=$?
expect "record path a folder: exit 3" [ $rc -eq 3 ]
expect "record path a folder: message" has "$out" "$tmp/dir: is a folder, not a regular file"
expect "record path a folder: untouched" [ "$(cat "$tmp/dir/inside")" = keep ]
expect "record path a folder: no temporary file" no_tmp "$tmp"

# a symlink is followed: its file is replaced, the link stays a link
mkdir "$tmp/real"
echo old > "$tmp/real/rec.json"
ln -s real/rec.json "$tmp/link.json"
out=$(run --choices 1,1,1 --record "$tmp/link.json"); rc=$?
expect "symlink: exit 0" [ $rc -eq 0 ]
expect "symlink: still a link" [ -L "$tmp/link.json" ]
expect "symlink: target replaced" grep -q naast-record "$tmp/real/rec.json"
expect "symlink: no temporary file" no_tmp "$tmp/real"
ln -s nowhere/rec.json "$tmp/dangling.json"
out=$(run --choices 1 --record "$tmp/dangling.json"); rc=$?
expect "dangling symlink: exit 3" [ $rc -eq 3 ]
expect "dangling symlink: message" has "$out" "$tmp/dangling.json: cannot follow the link"
ln -s /dev/full "$tmp/tofull.json"
out=$(run --choices 1 --record "$tmp/tofull.json"); rc=$?
expect "symlink to a device: exit 3" [ $rc -eq 3 ]
[ -c /dev/full ] && expect "symlink to a device: still a device" [ -c /dev/full ]

# a missing folder
out=$(run --choices 1 --record "$tmp/nope/rec.json"); rc=$?
expect "missing folder: exit 3" [ $rc -eq 3 ]
expect "missing folder: message" has "$out" "$tmp/nope/rec.json: cannot write: No such file or directory"

# a data folder on a file: play refuses before it starts
echo "a file" > "$tmp/datafile"
out=$("$naast" play --term --data "$tmp/datafile" --rubric rubric.lua "$scn" </dev/null 2>&1 >/dev/null); rc=$?
expect "data folder on a file: exit 3" [ $rc -eq 3 ]
expect "data folder on a file: message" has "$out" "$tmp/datafile: is a file, not a folder"
expect "data folder on a file: file intact" [ "$(cat "$tmp/datafile")" = "a file" ]
out=$("$naast" play --term --data "$tmp/datafile/sub" --rubric rubric.lua "$scn" </dev/null 2>&1 >/dev/null); rc=$?
expect "data folder under a file: exit 3" [ $rc -eq 3 ]
expect "data folder under a file: message" has "$out" "$tmp/datafile: is a file, not a folder"

# a folder of our own, made small (full disk) or read-only; the previous
# record and report are written first and must come through unchanged
small_fs() { # dir size: a tmpfs when root and mount works; 0 when mounted
  mkdir -p "$1"
  [ "$(id -u)" = 0 ] && mount -t tmpfs -o size="$2",mode=0755 tmpfs "$1" 2>/dev/null && mounts+=("$1")
}
prepare() { # dir: a finished session's record and its debrief
  run --choices 1 --record "$1/rec.json" >/dev/null
  "$naast" report "$1/rec.json" --rubric rubric.lua --scenario "$scn" --out "$1/rec.md" 2>/dev/null
  cp "$1/rec.json" "$tmp/before.json"; cp "$1/rec.md" "$tmp/before.md"
}
intact() { cmp -s "$1/rec.json" "$tmp/before.json" && cmp -s "$1/rec.md" "$tmp/before.md" && no_tmp "$1"; }

full="$tmp/full"
if small_fs "$full" 64k; then
  prepare "$full"
  dd if=/dev/zero of="$full/filler" bs=4k 2>/dev/null   # until the disk is full
  how="tmpfs"
  limit() { "$@"; }
else
  mkdir -p "$full"; prepare "$full"
  how="ulimit -f"
  limit() { (ulimit -f 1; "$@"); }   # 1 KiB: a record is larger
fi
out=$(limit "$naast" run "$scn" --rubric rubric.lua --choices 1,1,1 --record "$full/rec.json" 2>&1 >/dev/null); rc=$?
expect "full disk ($how): exit 3" [ $rc -eq 3 ]
expect "full disk ($how): message" grep -qE "$full/rec.json: (write error|cannot flush|cannot write): (No space left on device|File too large)" <<<"$out"
out=$(limit "$naast" report "$full/rec.json" --rubric rubric.lua --scenario "$scn" --out "$full/rec.md" 2>&1 >/dev/null); rc=$?
expect "full disk ($how): report exit 3" [ $rc -eq 3 ]
expect "full disk ($how): report message" has "$out" "$full/rec.md:"
expect "full disk ($how): record and report intact" intact "$full"

ro="$tmp/ro"
if small_fs "$ro" 1m; then
  prepare "$ro"
  mount -o remount,ro "$ro"
  how="read-only mount"
else
  mkdir -p "$ro"; prepare "$ro"; chmod 555 "$ro"
  how="chmod 555"
fi
out=$(run --choices 1,1,1 --record "$ro/rec.json"); rc=$?
expect "read-only folder ($how): exit 3" [ $rc -eq 3 ]
expect "read-only folder ($how): message" grep -qE "$ro/rec.json: cannot write: (Read-only file system|Permission denied)" <<<"$out"
out=$("$naast" report "$ro/rec.json" --rubric rubric.lua --scenario "$scn" --out "$ro/rec.md" 2>&1 >/dev/null); rc=$?
expect "read-only folder ($how): report exit 3" [ $rc -eq 3 ]
expect "read-only folder ($how): report message" has "$out" "$ro/rec.md: cannot write"
expect "read-only folder ($how): record and report intact" intact "$ro"
chmod 755 "$ro" 2>/dev/null

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
