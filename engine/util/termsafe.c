/* termsafe.c: control codes shown, not obeyed (see termsafe.h). */
#define _GNU_SOURCE   /* fopencookie: a FILE whose writes go through our filter */
#include "termsafe.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Length of the UTF-8 sequence at s (at most len bytes) and its code point;
 * 0 when it is not a well-formed sequence, -1 when it is cut short. */
static int utf8_seq(const unsigned char *s, size_t len, unsigned *cp) {
  unsigned c = s[0];
  int n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
  if (c >= 0xF5 || n == 0) return 0;
  unsigned v = c & (0x3F >> (n - 1));
  for (int i = 1; i < n; i++) {
    if ((size_t)i >= len) return -1;
    if ((s[i] & 0xC0) != 0x80) return 0;
    v = v << 6 | (s[i] & 0x3F);
  }
  /* overlong forms, surrogates and values past U+10FFFF are not UTF-8 */
  if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF)) || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return n;
}

size_t nst_termsafe_escape(const char *s, size_t len, char *out, size_t n, size_t *held) {
  const unsigned char *p = (const unsigned char *)s;
  size_t o = 0, i = 0;
  if (held) *held = 0;
  if (n == 0) return 0;
  while (i < len) {
    char esc[12];
    size_t el = 0, take = 1;
    unsigned c = p[i];
    if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7F)) {
      esc[0] = (char)c, el = 1;
    } else if (c < 0x20 || c == 0x7F) {
      el = (size_t)snprintf(esc, sizeof esc, "\\x%02x", c);
    } else {
      unsigned cp = 0;
      int k = utf8_seq(p + i, len - i, &cp);
      if (k < 0 && held) { *held = len - i; break; }   /* the rest comes with the next piece */
      if (k <= 0) el = (size_t)snprintf(esc, sizeof esc, "\\x%02x", c);
      else if (cp >= 0x80 && cp <= 0x9F) el = (size_t)snprintf(esc, sizeof esc, "\\u%04x", cp), take = (size_t)k;
      else memcpy(esc, p + i, (size_t)k), el = take = (size_t)k;
    }
    if (o + el >= n) break;
    memcpy(out + o, esc, el);
    o += el;
    i += take;
  }
  out[o] = '\0';
  return o;
}

char *nst_termsafe_dup(const char *s) {
  size_t len = strlen(s), n = len * 6 + 1;   /* \u009b: 6 bytes for 2 */
  char *out = malloc(n);
  if (out) nst_termsafe_escape(s, len, out, n, NULL);
  return out;
}

/* ---- filtered streams ---------------------------------------------- */

#ifdef __EMSCRIPTEN__
/* In the browser there is no terminal (what is printed goes to the page's
 * console), and emscripten's stdout and stderr cannot be replaced. */
int nst_termsafe_install(int filter_stdout) {
  (void)filter_stdout;
  return 0;
}
#else

typedef struct {
  int fd;
  unsigned char held[4];   /* the start of a UTF-8 sequence cut by a write */
  size_t nheld;
} filter;

static int write_all(int fd, const char *s, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, s, n);
    if (w < 0) { if (errno == EINTR) continue; return -1; }
    s += w;
    n -= (size_t)w;
  }
  return 0;
}

static ssize_t filter_write(void *cookie, const char *buf, size_t size) {
  filter *f = cookie;
  char in[4 + 256], out[256 * 6 + 16];
  size_t done = 0;
  while (done < size) {
    size_t k = size - done < 256 ? size - done : 256;
    memcpy(in, f->held, f->nheld);
    memcpy(in + f->nheld, buf + done, k);
    size_t held, total = f->nheld + k;
    size_t o = nst_termsafe_escape(in, total, out, sizeof out, &held);
    f->nheld = held;
    memcpy(f->held, in + total - held, held);
    if (write_all(f->fd, out, o) != 0) return done ? (ssize_t)done : -1;
    done += k;
  }
  return (ssize_t)size;
}

static int filter_close(void *cookie) {
  filter *f = cookie;
  char out[32];
  size_t o = nst_termsafe_escape((const char *)f->held, f->nheld, out, sizeof out, NULL);
  write_all(f->fd, out, o);
  f->nheld = 0;
  return 0;
}

/* The filters of standard error and output: static, as they live as long
 * as the program (glibc hides the cookie from leak checkers). */
static filter filters[2];

static FILE *filtered(int fd, int mode) {
  filter *f = &filters[fd == STDERR_FILENO];
  f->fd = fd;
  f->nheld = 0;
  cookie_io_functions_t io = { .write = filter_write, .close = filter_close };
  FILE *s = fopencookie(f, "w", io);
  if (s) setvbuf(s, NULL, mode, BUFSIZ);
  return s;
}

/* The streams made, held here too: they live until the program ends (libc
 * flushes them at exit), and a leak checker sees them held. */
static FILE *made_err, *made_out;

int nst_termsafe_install(int filter_stdout) {
  int rc = 0;
  fflush(stderr);
  made_err = filtered(STDERR_FILENO, _IONBF);   /* messages appear at once, as before */
  if (made_err) stderr = made_err; else rc = -1;
  if (filter_stdout || isatty(STDOUT_FILENO)) {
    fflush(stdout);
    made_out = filtered(STDOUT_FILENO, isatty(STDOUT_FILENO) ? _IOLBF : _IOFBF);
    if (made_out) stdout = made_out; else rc = -1;
  }
  return rc;
}
#endif
