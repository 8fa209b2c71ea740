/* cohort_html.h: a cohort report's Markdown as a self-contained HTML page, rendered
 * in cmark's safe mode (no raw HTML from records passes), with inline SVG
 * charts put where the Markdown holds their markers. */
#ifndef NAAST_COHORT_HTML_H
#define NAAST_COHORT_HTML_H

#include "textbuf.h"

/* Appends the marker of chart i: a paragraph of its own in the Markdown. */
void cohort_html_marker(nst_buf *b, int i);

/* The page (caller frees), or NULL when memory runs out. svg[i] (may be
 * NULL) replaces the paragraph holding marker i. */
char *cohort_html_page(const char *markdown, const char *title, int en, char *const *svg, int count);

#endif
