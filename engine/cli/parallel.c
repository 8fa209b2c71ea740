/* parallel.c: independent work items in child processes, one per core.
 *
 * Each child takes items w, w + W, w + 2W, ... and writes, per item, a frame
 * (index, length, bytes) to its pipe; the parent reads all pipes as data
 * arrives (so no child blocks on a full pipe) and hands back the bytes of
 * every item, in order. Processes rather than threads: the Lua states and
 * the rest of the program share nothing that needs a lock.
 */
#include "parallel.h"

#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

enum { MAX_WORKERS = 16 };

static int write_all(int fd, const void *p, size_t n) {
  const char *c = p;
  while (n) {
    ssize_t w = write(fd, c, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return -1;
    c += w;
    n -= (size_t)w;
  }
  return 0;
}

static void child(int w, int workers, int n, par_work work, void *ctx, int fd) {
  for (int i = w; i < n; i += workers) {
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    if (!out) _exit(1);
    work(i, out, ctx);
    fclose(out);
    uint32_t idx = (uint32_t)i;
    uint64_t l = len;
    if (write_all(fd, &idx, sizeof idx) || write_all(fd, &l, sizeof l) || write_all(fd, buf, len)) _exit(1);
    free(buf);
  }
  _exit(0);
}

/* Takes whole frames off the front of a worker's buffer. */
static int take_frames(char **buf, size_t *len, int n, char **outputs, size_t *lengths) {
  size_t at = 0;
  for (;;) {
    uint32_t idx;
    uint64_t l;
    if (*len - at < sizeof idx + sizeof l) break;
    memcpy(&idx, *buf + at, sizeof idx);
    memcpy(&l, *buf + at + sizeof idx, sizeof l);
    if (idx >= (uint32_t)n || outputs[idx]) return -1;
    if (*len - at - sizeof idx - sizeof l < l) break;
    char *s = malloc(l + 1);
    if (!s) return -1;
    memcpy(s, *buf + at + sizeof idx + sizeof l, l);
    s[l] = '\0';
    outputs[idx] = s;
    lengths[idx] = l;
    at += sizeof idx + sizeof l + l;
  }
  memmove(*buf, *buf + at, *len - at);
  *len -= at;
  return 0;
}

int par_map(int n, par_work work, void *ctx, char **outputs, size_t *lengths) {
  for (int i = 0; i < n; i++) { outputs[i] = NULL; lengths[i] = 0; }
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  int workers = cores < 1 ? 1 : cores > MAX_WORKERS ? MAX_WORKERS : (int)cores;
  if (workers > n) workers = n;
  if (workers <= 1) {   /* nothing to share: no process to start */
    for (int i = 0; i < n; i++) {
      FILE *out = open_memstream(&outputs[i], &lengths[i]);
      if (!out) return -1;
      work(i, out, ctx);
      fclose(out);
    }
    return 0;
  }
  fflush(stdout);
  fflush(stderr);
  struct pollfd fds[MAX_WORKERS];
  pid_t pids[MAX_WORKERS];
  char *bufs[MAX_WORKERS] = { 0 };
  size_t lens[MAX_WORKERS] = { 0 }, caps[MAX_WORKERS] = { 0 };
  int started = 0, rc = 0;
  for (; started < workers; started++) {
    int p[2];
    if (pipe(p) != 0) { rc = -1; break; }
    pid_t pid = fork();
    if (pid < 0) { close(p[0]); close(p[1]); rc = -1; break; }
    if (pid == 0) {
      close(p[0]);
      for (int k = 0; k < started; k++) close(fds[k].fd);
      child(started, workers, n, work, ctx, p[1]);
    }
    close(p[1]);
    pids[started] = pid;
    fds[started] = (struct pollfd){ .fd = p[0], .events = POLLIN };
  }
  int open = started;
  while (rc == 0 && open > 0) {
    if (poll(fds, (nfds_t)started, -1) < 0) { if (errno == EINTR) continue; rc = -1; break; }
    for (int k = 0; k < started; k++) {
      if (fds[k].fd < 0 || !(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      if (caps[k] - lens[k] < 65536) {
        size_t cap = caps[k] ? caps[k] * 2 : 131072;
        char *b = realloc(bufs[k], cap);
        if (!b) { rc = -1; break; }
        bufs[k] = b;
        caps[k] = cap;
      }
      ssize_t r = read(fds[k].fd, bufs[k] + lens[k], caps[k] - lens[k]);
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) { close(fds[k].fd); fds[k].fd = -1; open--; continue; }
      lens[k] += (size_t)r;
      if (take_frames(&bufs[k], &lens[k], n, outputs, lengths) != 0) rc = -1;
    }
  }
  for (int k = 0; k < started; k++) {
    if (fds[k].fd >= 0) close(fds[k].fd);
    int status;
    while (waitpid(pids[k], &status, 0) < 0 && errno == EINTR) {}
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) rc = -1;
    free(bufs[k]);
  }
  for (int i = 0; rc == 0 && i < n; i++) if (!outputs[i]) rc = -1;   /* a child died early */
  if (rc != 0) {
    for (int i = 0; i < n; i++) { free(outputs[i]); outputs[i] = NULL; }
    /* fall back to doing it here, one by one */
    for (int i = 0; i < n; i++) {
      FILE *out = open_memstream(&outputs[i], &lengths[i]);
      if (!out) return -1;
      work(i, out, ctx);
      fclose(out);
    }
  }
  return 0;
}
