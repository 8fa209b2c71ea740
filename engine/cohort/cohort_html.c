/* cohort_html.c: Markdown to an HTML page. Through the debrief's renderer when it is
 * built (the same look as a debrief), else through cmark with a small page of
 * our own. Markers are replaced after rendering: the chart is our SVG, never
 * text from a record, so safe mode stays on for everything else. */
#include "cohort_html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef NAAST_HAVE_REPORT
#include "report.h"
#else
#include <cmark.h>
#endif

/* Brackets no record text can put alone in a paragraph: names and responses
 * always follow other text in these reports. */
#define MARKER "⟦naast-cohort-chart-%d⟧"

void cohort_html_marker(cohort_buf *b, int i) { cohort_buf_printf(b, MARKER, i); }

static char *render(const char *markdown, const char *title, int en) {
#ifdef NAAST_HAVE_REPORT
  return nst_report_html(markdown, title, en ? "en" : "nl");
#else
  char *body = cmark_markdown_to_html(markdown, strlen(markdown), CMARK_OPT_DEFAULT);
  if (!body) return NULL;
  cohort_buf b = { 0 };
  cohort_buf_printf(&b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
                    en ? "en" : "nl");
  cohort_buf_html(&b, title);
  cohort_buf_puts(&b, "</title>\n<style>\n"
                      "body { font: 16px/1.5 sans-serif; max-width: 48em; margin: 2em auto; padding: 0 1em; color: #111; }\n"
                      "figure { margin: 1em 0; } code { font-size: 1.1em; }\n"
                      "@media print { body { max-width: none; margin: 0; } }\n"
                      "</style>\n</head>\n<body>\n");
  cohort_buf_puts(&b, body);
  cohort_buf_puts(&b, "</body>\n</html>\n");
  free(body);
  return cohort_buf_take(&b);
#endif
}

char *cohort_html_page(const char *markdown, const char *title, int en, char *const *svg, int count) {
  char *page = render(markdown, title, en);
  if (!page) return NULL;
  cohort_buf b = { 0 };
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
    cohort_buf_add(&b, p, (size_t)(next - p));
    if (svg[which]) cohort_buf_puts(&b, svg[which]);
    snprintf(marker, sizeof marker, "<p>" MARKER "</p>", which);
    p = next + strlen(marker);
  }
  cohort_buf_puts(&b, p);
  free(page);
  return cohort_buf_take(&b);
}
