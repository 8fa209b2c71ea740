/* cohort_chart.h: an inline SVG line chart of scores over sessions, for the HTML
 * history. Every text in it (title, labels) is escaped. */
#ifndef NAAST_COHORT_CHART_H
#define NAAST_COHORT_CHART_H

#include "textbuf.h"

typedef struct {
  const char *label;
  const double *y;         /* n values, 0..1 (clamped when drawn); NaN: no point */
} cohort_series;

/* Appends an <svg> with one line per series over n sessions labelled x[i];
 * more sessions than fit are averaged in buckets. */
void cohort_chart_svg(nst_buf *b, const char *title, const char *const *x, int n,
                      const cohort_series *series, int count);

#endif
