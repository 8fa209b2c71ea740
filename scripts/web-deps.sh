#!/bin/sh
# web-deps.sh: builds the libraries the web build of Naast links, with
# emscripten, from Debian's own source packages, into a prefix.
#
#   scripts/web-deps.sh SRC PREFIX
#
# SRC holds the unpacked source packages (scripts/web.sh fetches them with
# apt-get source); PREFIX receives include/ and lib/ (static libraries) and
# lib/cmake/SDL2. scripts/web.sh hashes this file into the cache key, so a
# change here builds the libraries again.
#
# Never emscripten's ports (-sUSE_*): they are downloads. SDL2 is our own
# build, and its CMake config is the one we pass (-DSDL2_DIR).
set -eu
SRC=$1
PREFIX=$2
JOBS=${NAAST_JOBS:-2}
mkdir -p "$PREFIX/include" "$PREFIX/lib"
CFLAGS_WEB="-O2"
export CFLAGS="$CFLAGS_WEB"

say() { printf '%s  web-deps: %s\n' "$(date +%H:%M:%S)" "$*"; }
src_of() { # the unpacked folder of a source package
  d=$(find "$SRC" -mindepth 1 -maxdepth 1 -type d -name "$1-*" | sort | head -n 1)
  [ -n "$d" ] || { echo "web-deps: no source of $1 in $SRC" >&2; exit 1; }
  echo "$d"
}
cm() { # configure, build and install a CMake project for the web
  s=$1; shift
  b="$SRC/build-$(basename "$s")"
  emcmake cmake -S "$s" -B "$b" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" \
    -DCMAKE_PREFIX_PATH="$PREFIX" -DCMAKE_FIND_ROOT_PATH="$PREFIX" -DBUILD_SHARED_LIBS=OFF "$@" >"$b.log" 2>&1 ||
    { tail -n 30 "$b.log"; exit 1; }
  cmake --build "$b" -j"$JOBS" >>"$b.log" 2>&1 || { tail -n 30 "$b.log"; exit 1; }
  cmake --install "$b" >>"$b.log" 2>&1 || { tail -n 30 "$b.log"; exit 1; }
}

cc_lib() { # compiles C files into a static library: cc_lib NAME FLAGS FILES...
  name=$1 flags=$2; shift 2
  o="$SRC/build-$name"
  mkdir -p "$o"
  for f in "$@"; do echo "$f"; done |
    xargs -P "$JOBS" -I{} sh -c 'emcc -O2 '"$flags"' -c "{}" -o "'"$o"'/$(basename "{}" .c).o"'
  emar rcs "$PREFIX/lib/lib$name.a" "$o"/*.o
}
built() { [ -f "$PREFIX/.built-$1" ]; }   # a stage done before (rerunning after a failure)
done_() { touch "$PREFIX/.built-$1"; }

if ! built zlib; then
  say zlib
  # by hand: Debian's zlib lacks the win32 folder its CMakeLists names
  Z=$(src_of zlib)
  cc_lib z "-DHAVE_UNISTD_H -DHAVE_STDARG_H -I$Z" "$Z"/adler32.c "$Z"/compress.c "$Z"/crc32.c "$Z"/deflate.c "$Z"/gzclose.c "$Z"/gzlib.c \
    "$Z"/gzread.c "$Z"/gzwrite.c "$Z"/infback.c "$Z"/inffast.c "$Z"/inflate.c "$Z"/inftrees.c "$Z"/trees.c \
    "$Z"/uncompr.c "$Z"/zutil.c
  cp "$Z/zlib.h" "$Z/zconf.h" "$PREFIX/include/"
  done_ zlib
fi

if ! built freetype; then
  say freetype
  # only what SDL2_ttf needs to draw DejaVu: no PNG glyphs, bzip2, brotli or
  # HarfBuzz (nothing of them is in the font we ship)
  cm "$(src_of freetype)" -DFT_DISABLE_BZIP2=ON -DFT_DISABLE_PNG=ON -DFT_DISABLE_HARFBUZZ=ON \
    -DFT_DISABLE_BROTLI=ON -DFT_REQUIRE_ZLIB=ON -DZLIB_ROOT="$PREFIX"
  done_ freetype
fi

if ! built SDL2; then
  say SDL2
  # threads off: a plain page, without SharedArrayBuffer's isolation headers
  cm "$(src_of libsdl2)" -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_THREADS=OFF
  done_ SDL2
fi

if ! built SDL2_ttf; then
  say SDL2_ttf
  cm "$(src_of libsdl2-ttf)" -DSDL2TTF_VENDORED=OFF -DSDL2TTF_HARFBUZZ=OFF -DSDL2TTF_SAMPLES=OFF \
    -DSDL2_DIR="$PREFIX/lib/cmake/SDL2" -DFreetype_DIR="$PREFIX/lib/cmake/freetype" \
    -DFREETYPE_INCLUDE_DIRS="$PREFIX/include/freetype2" -DFREETYPE_LIBRARY="$PREFIX/lib/libfreetype.a"
  done_ SDL2_ttf
fi

if ! built cmark; then
  say cmark
  cm "$(src_of cmark)" -DCMARK_TESTS=OFF -DCMARK_SHARED=OFF -DCMARK_STATIC=ON
  done_ cmark
fi

if ! built cjson; then
  say cjson
  # its own strict flags (-std=c89 -pedantic -Werror) reject Debian's security patch
  cm "$(src_of cjson)" -DENABLE_CUSTOM_COMPILER_FLAGS=OFF -DENABLE_CJSON_TEST=OFF -DENABLE_CJSON_UTILS=OFF \
    -DCJSON_BUILD_SHARED_LIBS=OFF -DCJSON_OVERRIDE_BUILD_SHARED_LIBS=ON
  done_ cjson
fi

if ! built lua; then
  say lua5.4
  L=$(src_of lua5.4)
  # Debian's luaconf.h includes a generated header naming the multiarch triplet
  # (debian/rules writes it); written the same way for wasm32-emscripten
  printf '#ifndef _LUA_DEB_MULTIARCH_\n#define _LUA_DEB_MULTIARCH_\n#define DEB_HOST_MULTIARCH "wasm32-emscripten"\n#endif\n' \
    >"$L/src/lua5.4-deb-multiarch.h"

  files=""
  for f in "$L"/src/*.c; do
    case $(basename "$f") in lua.c | luac.c) ;; *) files="$files $f" ;; esac
  done
  # shellcheck disable=SC2086
  cc_lib lua5.4 "-DLUA_COMPAT_5_3 -I$L/src" $files
  for h in lua.h luaconf.h lualib.h lauxlib.h lua.hpp lua5.4-deb-multiarch.h; do
    [ -f "$L/src/$h" ] && cp "$L/src/$h" "$PREFIX/include/"
  done
  done_ lua
fi

say done
