/* cohort_html.c: Markdown to an HTML page, through the debrief's renderer
 * (the same look as a debrief). Markers are replaced after rendering: the
 * chart is our SVG, never text from a record, so safe mode stays on for
 * everything else. */
#include "cohort_html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* Brackets no record text can put alone in a paragraph: names and responses
 * always follow other text in these reports. */
#define MARKER "⟦naast-cohort-chart-%d⟧"

void cohort_html_marker(nst_buf *b, int i) { nst_buf_printf(b, MARKER, i); }

char *cohort_html_page(const char *markdown, const char *title, int en, char *const *svg, int count) {
  char *page = nst_report_html(markdown, title, en ? "en" : "nl");
  if (!page) return NULL;
  nst_buf b = { 0 };
  const char *p = page;
  for (;;) {
    const char *next = NULL;
    int which = -1;
    char marker[64];
    for (int i = 0; i < count; i++) {
      snprintf(marker, sizeof marker, "<p>" MARKER "</p>", i);
      const char *at = strstr(p, marker);
      if (at && (!next || at < next)) { next = at; which = i; }
    }
    if (!next) break;
    nst_buf_add(&b, p, (size_t)(next - p));
    if (svg[which]) nst_buf_puts(&b, svg[which]);
    snprintf(marker, sizeof marker, "<p>" MARKER "</p>", which);
    p = next + strlen(marker);
  }
  nst_buf_puts(&b, p);
  free(page);
  return nst_buf_take(&b);
}
