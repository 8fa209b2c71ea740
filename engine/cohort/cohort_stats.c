/* cohort_stats.c: medians, slopes, percentages, letter names. */
#include "cohort_stats.h"

#include <math.h>
#include <stdlib.h>

double cohort_clamp01(double x) { return x < 0 ? 0 : x > 1 ? 1 : x; }

int cohort_pct(double fraction) { return (int)floor(fraction * 100 + 0.5 + 1e-9); }

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

double cohort_median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, by_value);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double cohort_slope(const double *y, int n) {
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  int k = 0;
  for (int i = 0; i < n; i++) {
    if (isnan(y[i])) continue;
    sx += i; sy += y[i]; sxx += (double)i * i; sxy += i * y[i];
    k++;
  }
  double den = k * sxx - sx * sx;
  return k < 2 || den == 0 ? 0 : (k * sxy - sx * sy) / den;
}

void cohort_letters(int i, char out[8]) {
  char tmp[8];
  int n = 0;
  do { tmp[n++] = (char)('A' + i % 26); i = i / 26 - 1; } while (i >= 0 && n < 7);
  for (int k = 0; k < n; k++) out[k] = tmp[n - 1 - k];
  out[n] = '\0';
}
