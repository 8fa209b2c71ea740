/* charts.h: the report's charts, as markers in the Markdown and as inline SVG.
 *
 * A chart travels inside the Markdown as an HTML comment (docs/report.md):
 *
 *   <!-- naast:bars            one row per dimension: label, score %, self %
 *   Erkenning%20van%20de%20impact 83 75
 *   Regie 50 -
 *   -->
 *   <!-- naast:lines           one row per variable: label, min, max, values
 *   Spanning 0 10 6 5 7 3
 *   -->
 *
 * Labels are percent-encoded, so a marker holds only [A-Za-z0-9%-] and
 * numbers: whatever a scenario calls its dimensions, it cannot break out of
 * the comment, and the SVG is drawn from parsed numbers and escaped labels.
 * A Markdown viewer hides the comment and shows the text list after it; the
 * HTML renderer draws the chart in place of that list.
 */
#ifndef NAAST_REPORT_CHARTS_H
#define NAAST_REPORT_CHARTS_H

#include "textbuf.h"
#include "words.h"

enum { CHART_MAX_ROWS = 16, CHART_MAX_POINTS = 1024 };

void chart_bars_begin(nst_buf *b);
void chart_bars_row(nst_buf *b, const char *label, int score, int self); /* -1: none */
void chart_lines_begin(nst_buf *b);
void chart_lines_row(nst_buf *b, const char *label, int min, int max, const int *v, int n);
void chart_end(nst_buf *b);

/* When marker (an HTML block's text) is one of ours, appends its SVG figure
 * to out and returns 1; otherwise 0 and nothing is added. */
int chart_svg(nst_buf *out, const char *marker, const nst_words *w);

#endif
