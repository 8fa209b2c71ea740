/* cohort_buf.h: a growable text buffer for the cohort reports, with the escapes
 * they need. Appending never fails loudly: after an allocation failure the
 * buffer is marked and cohort_buf_take() returns NULL, so callers check once
 * at the end. */
#ifndef NAAST_COHORT_CBUF_H
#define NAAST_COHORT_CBUF_H

#include <stddef.h>

typedef struct {
  char *p;
  size_t len, cap;
  int oom;
} cohort_buf;

void cohort_buf_add(cohort_buf *b, const char *s, size_t n);
void cohort_buf_puts(cohort_buf *b, const char *s);
void cohort_buf_printf(cohort_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* s as literal Markdown text inside a line: the characters that start
 * inline markup (\ ` * _ [ ] < > & | ~) backslash-escaped, line breaks as
 * spaces, so a trainee's name or a response's text can neither
 * format nor inject anything. NULL appends nothing. */
void cohort_buf_md(cohort_buf *b, const char *s);
/* s with & < > " ' escaped, for HTML and SVG text and attribute values. */
void cohort_buf_html(cohort_buf *b, const char *s);
/* The NUL-terminated contents (caller frees), or NULL after a failure; the
 * buffer is empty afterwards. */
char *cohort_buf_take(cohort_buf *b);
void cohort_buf_free(cohort_buf *b);

#endif
