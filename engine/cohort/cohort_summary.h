/* cohort_summary.h: what naast history needs of a session, in a few hundred
 * bytes: who, which scenario, when, how it ended, and the points per
 * dimension and per lesson. Built from a record, or read back from the
 * sessions folder's index (cohort_index.h) without parsing the record.
 */
#ifndef NAAST_COHORT_SUMMARY_H
#define NAAST_COHORT_SUMMARY_H

#include "record.h"

typedef struct {
  char *file;                 /* the record's file name (no folder) */
  char *scenario_id, *scenario_title, *trainee, *mode, *ending, *ending_title, *ending_kind;
  char *role;                 /* the trainee's seat, or NULL (older records) */
  long long started;          /* Unix seconds, -1 unknown */
  int dim_count;
  char *dims[NST_MAX_DIMS];
  int earned[NST_MAX_DIMS], best[NST_MAX_DIMS];  /* per dimension (nst_record_totals) */
  int pooled_earned[NST_LESSONS + 1];            /* [0] all decisions, [n] lesson n */
  int pooled_best[NST_LESSONS + 1];              /* (nst_record_pooled) */
  unsigned scenario_lessons;  /* 0: the record names no lessons */
  unsigned practised;         /* lessons some decision put at stake */
} cohort_summary;

/* Fills s from a record (file: its path; only the name is kept). 0, or -1
 * when memory runs out (s is then freed). */
int cohort_summary_of(cohort_summary *s, const nst_record *r, const char *file);
void cohort_summary_clear(cohort_summary *s);

#endif
