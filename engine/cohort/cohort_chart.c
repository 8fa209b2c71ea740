/* cohort_chart.c: the SVG line chart. Colours are the Okabe-Ito palette, told apart
 * by colour-blind readers too, and each line has its own dash pattern, so the
 * chart also reads in black and white print. */
#include "cohort_chart.h"

#include <math.h>
#include <stdlib.h>

#include "cohort_stats.h"

enum { W = 720, H = 280, LEFT = 48, RIGHT = 16, TOP = 36, BOTTOM = 40, LEGEND_ROW = 20,
       MAX_POINTS = 240 };

static const char *const COLOURS[] = { "#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                       "#E69F00", "#56B4E9", "#000000", "#8C6D00" };
static const char *const DASHES[] = { "", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 2 1 2", "3 6" };
enum { NCOLOURS = sizeof COLOURS / sizeof *COLOURS };

static double x_of(int i, int n) {
  return n <= 1 ? LEFT + (W - LEFT - RIGHT) / 2.0 : LEFT + (double)(W - LEFT - RIGHT) * i / (n - 1);
}
static double y_of(double v) { return TOP + (1 - cohort_clamp01(v)) * (H - TOP - BOTTOM); }

/* The mean of y over bucket c of m buckets of n values; NaN when empty. */
static double bucket(const double *y, int n, int m, int c) {
  int from = (int)((long long)c * n / m), to = (int)((long long)(c + 1) * n / m);
  double sum = 0;
  int k = 0;
  for (int i = from; i < to; i++)
    if (!isnan(y[i])) { sum += cohort_clamp01(y[i]); k++; }
  return k ? sum / k : NAN;
}

void cohort_chart_svg(nst_buf *b, const char *title, const char *const *x, int n,
                      const cohort_series *series, int count) {
  int m = n < MAX_POINTS ? n : MAX_POINTS;
  int rows = (count + 3) / 4;
  int height = H + rows * LEGEND_ROW;
  nst_buf_printf(b, "<figure class=\"cohort-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" "
                       "viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"", W, height);
  nst_buf_html(b, title);
  nst_buf_puts(b, "\" font-family=\"sans-serif\" font-size=\"12\"><title>");
  nst_buf_html(b, title);
  nst_buf_printf(b, "</title><rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>", W, height);
  nst_buf_printf(b, "<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"bold\" fill=\"#000\">", LEFT);
  nst_buf_html(b, title);
  nst_buf_puts(b, "</text>");
  for (int p = 0; p <= 100; p += 25) { /* grid and the percentage axis */
    double y = y_of(p / 100.0);
    nst_buf_printf(b, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ccc\"/>", LEFT, y, W - RIGHT, y);
    nst_buf_printf(b, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#333\">%d%%</text>", LEFT - 6, y + 4, p);
  }
  int every = m > 8 ? (m + 7) / 8 : 1; /* at most about eight labels under the axis */
  for (int c = 0; c < m; c += every) {
    int i = (int)((long long)c * n / m);
    nst_buf_printf(b, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">", x_of(c, m), H - BOTTOM + 18);
    nst_buf_html(b, x[i]);
    nst_buf_puts(b, "</text>");
  }
  for (int s = 0; s < count; s++) {
    const char *colour = COLOURS[s % NCOLOURS], *dash = DASHES[s % NCOLOURS];
    nst_buf_printf(b, "<path fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s%s%s d=\"", colour,
                      *dash ? " stroke-dasharray=\"" : "", dash, *dash ? "\"" : "");
    int pen = 0; /* a gap (no score) lifts the pen */
    for (int c = 0; c < m; c++) {
      double v = bucket(series[s].y, n, m, c);
      if (isnan(v)) { pen = 0; continue; }
      nst_buf_printf(b, "%s%.1f %.1f", pen ? " L" : " M", x_of(c, m), y_of(v));
      pen = 1;
    }
    nst_buf_puts(b, "\"/>");
    if (m <= 60)
      for (int c = 0; c < m; c++) {
        double v = bucket(series[s].y, n, m, c);
        if (!isnan(v))
          nst_buf_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>", x_of(c, m), y_of(v), colour);
      }
    double lx = LEFT + (s % 4) * 165, ly = H + (s / 4) * LEGEND_ROW;
    nst_buf_printf(b, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"%s\" stroke-width=\"2\"%s%s%s/>",
                      lx, ly - 4, lx + 24, ly - 4, colour, *dash ? " stroke-dasharray=\"" : "", dash, *dash ? "\"" : "");
    nst_buf_printf(b, "<text x=\"%.0f\" y=\"%.0f\" fill=\"#000\">", lx + 30, ly);
    nst_buf_html(b, series[s].label);
    nst_buf_puts(b, "</text>");
  }
  nst_buf_puts(b, "</svg></figure>");
}
