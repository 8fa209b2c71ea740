/* fsutil.c: whole-file I/O. */
#include "fsutil.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *nst_file_read(const char *path, size_t max, size_t *len, char *err, size_t errlen) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) { snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno)); return NULL; }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    snprintf(err, errlen, "%s: not a regular file", path);
    close(fd);
    return NULL;
  }
  if ((size_t)st.st_size > max) {
    snprintf(err, errlen, "%s: file is %lld bytes, more than the %zu allowed", path,
             (long long)st.st_size, max);
    close(fd);
    return NULL;
  }
  size_t cap = (size_t)st.st_size + 1, n = 0;
  char *buf = malloc(cap);
  if (!buf) { snprintf(err, errlen, "%s: out of memory", path); close(fd); return NULL; }
  for (;;) {
    if (n + 1 == cap) { /* the file grew while we read: still honour max */
      if (cap > max) { snprintf(err, errlen, "%s: file larger than %zu bytes", path, max); goto fail; }
      char *p = realloc(buf, cap * 2);
      if (!p) { snprintf(err, errlen, "%s: out of memory", path); goto fail; }
      buf = p;
      cap *= 2;
    }
    ssize_t r = read(fd, buf + n, cap - 1 - n);
    if (r < 0) { if (errno == EINTR) continue; snprintf(err, errlen, "%s: read error: %s", path, strerror(errno)); goto fail; }
    if (r == 0) break;
    n += (size_t)r;
  }
  close(fd);
  buf[n] = '\0';
  *len = n;
  return buf;
fail:
  close(fd);
  free(buf);
  return NULL;
}

/* The file that a write to path replaces: path itself, or, when path is a
 * symbolic link, the file it points to (resolved in full, so the temporary
 * file lands beside the real file and the rename stays on its file system).
 * -1 with err when path names something that is not a regular file: a
 * rename over a device node, FIFO or socket would swap the node itself for
 * a regular file (seen with /dev/full as root), and one over a folder fails
 * late with a confusing message. A path that does not exist yet is fine. */
static char *write_target(const char *path, char *err, size_t errlen) {
  struct stat st;
  char *target = NULL;
  if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
    target = realpath(path, NULL);
    if (!target) {
      snprintf(err, errlen, "%s: cannot follow the link: %s", path, strerror(errno));
      return NULL;
    }
  } else {
    target = strdup(path);
    if (!target) { snprintf(err, errlen, "%s: out of memory", path); return NULL; }
  }
  if (stat(target, &st) == 0 && !S_ISREG(st.st_mode)) {
    const char *what = S_ISDIR(st.st_mode) ? "a folder"
                       : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device"
                       : S_ISFIFO(st.st_mode) ? "a FIFO (named pipe)"
                       : S_ISSOCK(st.st_mode) ? "a socket" : "not a regular file";
    snprintf(err, errlen, "%s: is %s, not a regular file: not replaced", path, what);
    free(target);
    return NULL;
  }
  return target;
}

/* Makes a rename in the folder of path durable (best effort: some file
 * systems do not sync folders). */
static void sync_folder(const char *path) {
  const char *slash = strrchr(path, '/');
  char dir[4096];
  if (!slash) snprintf(dir, sizeof dir, ".");
  else if (slash == path) snprintf(dir, sizeof dir, "/");
  else if ((size_t)(slash - path) < sizeof dir) snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
  else return;
  int fd = open(dir, O_RDONLY | O_DIRECTORY);
  if (fd >= 0) { fsync(fd); close(fd); }
}

int nst_file_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen) {
  char *target = write_target(path, err, errlen);
  if (!target) return -1;
  size_t pl = strlen(target);
  char *tmp = malloc(pl + 16);
  if (!tmp) { snprintf(err, errlen, "%s: out of memory", path); free(target); return -1; }
  memcpy(tmp, target, pl);
  memcpy(tmp + pl, ".tmp.XXXXXX", 12);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    snprintf(err, errlen, "%s: cannot write: %s", path, strerror(errno));
    free(tmp);
    free(target);
    return -1;
  }
  fchmod(fd, 0600);
  size_t off = 0;
  while (off < len) {
    ssize_t w = write(fd, data + off, len - off);
    if (w < 0) {
      if (errno == EINTR) continue;
      snprintf(err, errlen, "%s: write error: %s", path, strerror(errno));
      goto fail;
    }
    off += (size_t)w;
  }
  if (fsync(fd) != 0) { snprintf(err, errlen, "%s: cannot flush: %s", path, strerror(errno)); goto fail; }
  if (close(fd) != 0) { fd = -1; snprintf(err, errlen, "%s: write error: %s", path, strerror(errno)); goto fail; }
  fd = -1;
  if (rename(tmp, target) != 0) {
    snprintf(err, errlen, "%s: cannot replace: %s", path, strerror(errno));
    goto fail;
  }
  sync_folder(target);
  free(tmp);
  free(target);
  return 0;
fail:
  if (fd >= 0) close(fd);
  unlink(tmp);
  free(tmp);
  free(target);
  return -1;
}

int nst_mkdirs(const char *path, char *err, size_t errlen) {
  char buf[4096];
  size_t n = strlen(path);
  if (n == 0 || n >= sizeof buf) { snprintf(err, errlen, "%s: bad folder name", path); return -1; }
  memcpy(buf, path, n + 1);
  for (size_t i = 1; i <= n; i++) {
    if (buf[i] != '/' && buf[i] != '\0') continue;
    char c = buf[i];
    buf[i] = '\0';
    if (mkdir(buf, 0700) != 0 && errno != EEXIST) {
      snprintf(err, errlen, "%s: cannot create folder: %s", buf, strerror(errno));
      return -1;
    }
    /* EEXIST also comes for a file of that name: say so here rather than
     * fail later with "not a directory" on a path inside it */
    struct stat st;
    if (stat(buf, &st) == 0 && !S_ISDIR(st.st_mode)) {
      snprintf(err, errlen, "%s: is a file, not a folder", buf);
      return -1;
    }
    buf[i] = c;
  }
  return 0;
}

uint64_t nst_hash_fnv1a64(const void *data, size_t len) {
  const unsigned char *p = data;
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < len; i++) { h ^= p[i]; h *= 1099511628211ull; }
  return h;
}
