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
 * flushed to disk, then renamed over path. A symbolic link is followed and
 * the file it points to is replaced. Anything else that is not a regular
 * file (a folder, device, FIFO, socket) is refused and left as it was. On
 * any failure (a full disk, a read-only or missing folder) the file at path
 * is untouched and no temporary file is left behind. */
int nst_file_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen);

/* Creates a folder and its parents (mode 0700 for new ones); -1 when one
 * of them exists as a file. */
int nst_mkdirs(const char *path, char *err, size_t errlen);

uint64_t nst_hash_fnv1a64(const void *data, size_t len);

#endif
