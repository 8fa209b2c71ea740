/* textbuf.c: the growable buffer. */
#include "textbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int grow(nst_buf *b, size_t more) {
  if (b->oom) return -1;
  if (b->len + more + 1 <= b->cap) return 0;
  size_t cap = b->cap ? b->cap : 1024;
  while (cap < b->len + more + 1) cap *= 2;
  char *p = realloc(b->p, cap);
  if (!p) { b->oom = 1; return -1; }
  b->p = p;
  b->cap = cap;
  return 0;
}

void nst_buf_add(nst_buf *b, const char *s, size_t n) {
  if (grow(b, n) != 0) return;
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = '\0';
}

void nst_buf_puts(nst_buf *b, const char *s) { nst_buf_add(b, s, strlen(s)); }

void nst_buf_printf(nst_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char small[256];
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof small) { nst_buf_add(b, small, (size_t)n); return; }
  if (grow(b, (size_t)n) != 0) return;
  va_start(ap, fmt);
  vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void nst_buf_html(nst_buf *b, const char *s) {
  if (!s) return;
  const char *run = s;
  for (; *s; s++) {
    const char *rep = NULL;
    switch (*s) {
    case '&': rep = "&amp;"; break;
    case '<': rep = "&lt;"; break;
    case '>': rep = "&gt;"; break;
    case '"': rep = "&quot;"; break;
    case '\'': rep = "&#39;"; break;
    default: continue;
    }
    nst_buf_add(b, run, (size_t)(s - run));
    nst_buf_puts(b, rep);
    run = s + 1;
  }
  nst_buf_add(b, run, (size_t)(s - run));
}

char *nst_buf_take(nst_buf *b) {
  if (b->oom) { nst_buf_free(b); return NULL; }
  if (!b->p) nst_buf_add(b, "", 0);
  char *p = b->p;
  if (b->oom) { nst_buf_free(b); return NULL; }
  b->p = NULL;
  b->len = b->cap = 0;
  return p;
}

void nst_buf_free(nst_buf *b) {
  free(b->p);
  b->p = NULL;
  b->len = b->cap = 0;
  b->oom = 0;
}
