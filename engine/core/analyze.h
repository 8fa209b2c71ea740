/* analyze.h: every complete path through a scenario, walked depth-first.
 *
 * For each path the walk keeps the pooled score and the ending, so it can
 * name the best and the worst path, the score range of every ending, the
 * shortest path, and play the procedure-first path (the response marked
 * `procedure` at every decision). Paths are enumerated, up to a limit.
 */
#ifndef NAAST_ANALYZE_H
#define NAAST_ANALYZE_H

#include "scenario.h"

enum { NST_MAX_DEPTH = 64 };

typedef struct {
  int len;
  int choice[NST_MAX_DEPTH];     /* 1-based numbers among the available */
  int ending;                    /* node index */
  int earned[NST_MAX_DIMS], best[NST_MAX_DIMS];
  double overall;                /* pooled; may be below zero */
  int by_trigger;                /* ended through a trigger */
} nst_path;

typedef struct {
  long long paths;               /* complete paths walked */
  int capped;                    /* stopped at the limit */
  long long loops;               /* paths cut off at NST_MAX_DEPTH */
  int min_decisions, max_decisions;
  int min_decisions_normal;      /* shortest path not ended by a trigger (-1: none) */
  nst_path best, worst, shortest_normal;
  long long *ending_paths;       /* [node_count] */
  double *ending_min, *ending_max;
  int max_earned[NST_MAX_DIMS];  /* most earned on a dimension by any path */
  nst_path procedure;            /* always the procedure response */
  char procedure_error[256];     /* why it could not be played ("" if it could) */
  char error[512];               /* a script error */
} nst_analysis;

int nst_analyze(const nst_scenario *sc, long long max_paths, nst_analysis *a);
void nst_analysis_free(nst_analysis *a);

#endif
