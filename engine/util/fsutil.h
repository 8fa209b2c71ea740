/* fsutil.h: reading and writing whole files, and hashing them.
 * Errors: functions return NULL or -1 and write a message (with the path)
 * to err. */
#ifndef NAAST_FSUTIL_H
#define NAAST_FSUTIL_H

#include <stddef.h>
#include <stdint.h>

/* Reads a file of at most max bytes; the result is NUL-terminated (not
 * counted in *len) and must be freed. */
char *nst_file_read(const char *path, size_t max, size_t *len, char *err, size_t errlen);

/* Writes data to path atomically: a temporary file in the same folder,
 * flushed to disk, then renamed over path. */
int nst_file_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen);

/* Creates a folder and its parents (mode 0700 for new ones). */
int nst_mkdirs(const char *path, char *err, size_t errlen);

uint64_t nst_hash_fnv1a64(const void *data, size_t len);

#endif
