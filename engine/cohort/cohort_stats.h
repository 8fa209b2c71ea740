/* cohort_stats.h: the small statistics the cohort reports share. */
#ifndef NAAST_COHORT_STATS_H
#define NAAST_COHORT_STATS_H

/* A score as shown: clamped to 0..1 (docs/scenario-format.md, Scoring). */
double cohort_clamp01(double x);
/* A share of 0..1 as a whole percentage, rounded half up. */
int cohort_pct(double fraction);
/* The median of v[0..n-1] (sorts v); the mean of the middle two when n is
 * even. n must be at least 1. */
double cohort_median(double *v, int n);
/* The least-squares slope of y[i] over i = 0..n-1, skipping entries that
 * are NaN; 0 when fewer than two remain. */
double cohort_slope(const double *y, int n);
/* Participant i's letter name: A..Z, then AA, AB, ... */
void cohort_letters(int i, char out[8]);

#endif
