/* analyze.h: what every complete path through a scenario gives, counted
 * rather than enumerated.
 *
 * The scenario's reachable (node, state) pairs form a graph; a path is a
 * walk from the start to an ending. The analysis builds that graph once and
 * folds it from the endings back to the start, keeping per pair the number
 * of paths that leave it for each (ending, points earned, points possible).
 * So path counts stay exact into the billions at the cost of the number of
 * states, not of paths. Where the graph has a loop, the decision count is
 * made part of the state and paths are cut at NST_MAX_DEPTH decisions.
 *
 * Best and worst are by the pooled score (Σ earned / Σ best over all
 * dimensions); ties go to the path that comes first in response order.
 */
#ifndef NAAST_ANALYZE_H
#define NAAST_ANALYZE_H

#include <stdint.h>

#include "scenario.h"

enum { NST_MAX_DEPTH = 64, NST_SCORE_BUCKETS = 10 };

typedef struct {
  int len;
  int *choice;                   /* [len]: 1-based numbers among the available */
  int ending;                    /* node index */
  int earned[NST_MAX_DIMS], best[NST_MAX_DIMS];
  double overall;                /* pooled; may be below zero */
} nst_path;

typedef struct {
  uint64_t paths;                /* complete paths */
  int overflow;                  /* more than UINT64_MAX paths: counts saturate */
  int looped;                    /* the state graph has a loop: paths cut at NST_MAX_DEPTH */
  uint64_t loops;                /* paths cut off at NST_MAX_DEPTH */
  size_t states;                 /* (node, state) pairs in the graph */
  int min_decisions, max_decisions;
  int min_decisions_normal;      /* shortest path not ended by a trigger (-1: none) */
  nst_path best, worst, shortest_normal;
  uint64_t *ending_paths;        /* [node_count] */
  double *ending_min, *ending_max;
  /* per dimension, over all paths: the most points earned, and the highest
   * relative score (earned / best); has_max 0 when no path scores it */
  int max_earned[NST_MAX_DIMS];
  double max_score[NST_MAX_DIMS];
  int has_max[NST_MAX_DIMS];
  /* paths by pooled score: [0,10%), [10,20%) ... [90,100%]; below zero in 0 */
  uint64_t distribution[NST_SCORE_BUCKETS];
  unsigned char *node_reached;   /* [node_count]: in some reachable state */
  unsigned char *choice_offered; /* [choice_count]: on offer in some reachable state */
  nst_path procedure;            /* always the procedure response */
  char procedure_error[256];     /* why it could not be played ("" if it could) */
  char error[512];               /* a script error, or the state limit */
} nst_analysis;

/* Analyzes with at most max_states (node, state) pairs. 0, or -1 with the
 * reason in a->error. nst_analysis_free is needed either way. */
int nst_analyze(const nst_scenario *sc, size_t max_states, nst_analysis *a);
void nst_analysis_free(nst_analysis *a);

#endif
