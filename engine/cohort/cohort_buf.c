/* cohort_buf.c: the growable text buffer. */
#include "cohort_buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int grow(cohort_buf *b, size_t more) {
  if (b->oom) return -1;
  if (b->len + more + 1 <= b->cap) return 0;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->len + more + 1) cap *= 2;
  char *p = realloc(b->p, cap);
  if (!p) { b->oom = 1; return -1; }
  b->p = p;
  b->cap = cap;
  return 0;
}

void cohort_buf_add(cohort_buf *b, const char *s, size_t n) {
  if (grow(b, n) != 0) return;
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = '\0';
}

void cohort_buf_puts(cohort_buf *b, const char *s) { cohort_buf_add(b, s, strlen(s)); }

void cohort_buf_printf(cohort_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char small[256];
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof small) { cohort_buf_add(b, small, (size_t)n); return; }
  if (grow(b, (size_t)n) != 0) return;
  va_start(ap, fmt);
  vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void cohort_buf_md(cohort_buf *b, const char *s) {
  for (; s && *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '\n' || c == '\r' || c == '\t') { cohort_buf_add(b, " ", 1); continue; }
    if (strchr("\\`*_[]<>&|~", c)) cohort_buf_add(b, "\\", 1);
    cohort_buf_add(b, s, 1);
  }
}

void cohort_buf_html(cohort_buf *b, const char *s) {
  for (; s && *s; s++) {
    switch (*s) {
    case '&': cohort_buf_puts(b, "&amp;"); break;
    case '<': cohort_buf_puts(b, "&lt;"); break;
    case '>': cohort_buf_puts(b, "&gt;"); break;
    case '"': cohort_buf_puts(b, "&quot;"); break;
    case '\'': cohort_buf_puts(b, "&#39;"); break;
    default: cohort_buf_add(b, s, 1);
    }
  }
}

char *cohort_buf_take(cohort_buf *b) {
  char *p = b->oom ? NULL : b->p;
  if (!b->oom && !p) p = calloc(1, 1);
  if (b->oom) free(b->p);
  b->p = NULL;
  b->len = b->cap = 0;
  b->oom = 0;
  return p;
}

void cohort_buf_free(cohort_buf *b) {
  free(b->p);
  b->p = NULL;
  b->len = b->cap = 0;
}
