/* fuzz_common.h: what the libFuzzer targets share: the bytes of an input
 * as a file (the loader and the record reader take paths, as naast does),
 * and the fixed rubric and scenario the targets load once. */
#ifndef NAAST_FUZZ_COMMON_H
#define NAAST_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef FUZZ_DIR
#error "FUZZ_DIR: tests/fuzz, set by tests/fuzz/CMakeLists.txt"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A file of this process's own holding data; its path (static storage). */
static inline const char *fuzz_file(const char *ext, const uint8_t *data, size_t size) {
  static char path[256];
  snprintf(path, sizeof path, "/tmp/naast-fuzz-%d%s", (int)getpid(), ext);
  FILE *f = fopen(path, "wb");
  if (!f) abort();
  if (size && fwrite(data, 1, size, f) != size) abort();
  fclose(f);
  return path;
}

#endif
