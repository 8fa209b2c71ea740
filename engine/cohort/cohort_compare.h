/* cohort_compare.h: the divergence report of a group that played one scenario
 * individually (naast compare, docs/cohorts.md): per decision how the
 * responses were spread, the spread of the scores per dimension, the
 * decisions that most separated high from low scorers, the endings reached.
 *
 * Participants are named A, B, C, ... in the order of the set, or by the
 * record's trainee with names set.
 */
#ifndef NAAST_COHORT_COMPARE_H
#define NAAST_COHORT_COMPARE_H

#include "cohort_sessions.h"

typedef struct {
  int names;               /* the records' trainee names instead of letters */
  int by_scenario;         /* one section per scenario and version */
  int en;                  /* English instead of Dutch */
} cohort_compare_opts;

/* NULL when every record of the set is of one scenario and one version
 * (hash); else a message naming the files of each scenario and version
 * (caller frees). */
char *cohort_compare_mismatch(const cohort_set *s);

/* The report as Markdown (caller frees); NULL when memory runs out. Without
 * by_scenario the caller has checked cohort_compare_mismatch first. */
char *cohort_compare_markdown(const cohort_set *s, const cohort_compare_opts *o);

#endif
