/* buf.h: a growable byte buffer for the report writers. Appending never
 * fails loudly: after an allocation failure the buffer stays marked (oom)
 * and buf_take() returns NULL, so callers check once at the end. */
#ifndef NAAST_REPORT_BUF_H
#define NAAST_REPORT_BUF_H

#include <stddef.h>

typedef struct {
  char *p;
  size_t len, cap;
  int oom;
} nst_buf;

void buf_add(nst_buf *b, const char *s, size_t n);
void buf_puts(nst_buf *b, const char *s);
void buf_printf(nst_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s with & < > " ' escaped, for HTML text and attribute values. */
void buf_escape_html(nst_buf *b, const char *s);
/* The NUL-terminated contents (caller frees), or NULL after a failure. The
 * buffer is empty afterwards. */
char *buf_take(nst_buf *b);
void buf_free(nst_buf *b);

#endif
