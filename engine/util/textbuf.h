/* textbuf.h: a growable byte buffer for the report writers (debrief,
 * cohorts). Appending never fails loudly: after an allocation failure the
 * buffer stays marked (oom) and nst_buf_take() returns NULL, so callers
 * check once at the end. */
#ifndef NAAST_TEXTBUF_H
#define NAAST_TEXTBUF_H

#include <stddef.h>

typedef struct {
  char *p;
  size_t len, cap;
  int oom;
} nst_buf;

void nst_buf_add(nst_buf *b, const char *s, size_t n);
void nst_buf_puts(nst_buf *b, const char *s);
void nst_buf_printf(nst_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s with & < > " ' escaped, for HTML and SVG text and attribute
 * values; NULL appends nothing. */
void nst_buf_html(nst_buf *b, const char *s);
/* The NUL-terminated contents (caller frees), or NULL after a failure. The
 * buffer is empty afterwards. */
char *nst_buf_take(nst_buf *b);
void nst_buf_free(nst_buf *b);

#endif
