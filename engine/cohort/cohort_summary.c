/* cohort_summary.c: a record's summary. */
#include "cohort_summary.h"

#include <stdlib.h>
#include <string.h>

#include "cohort_sessions.h"

static int dup(char **out, const char *s) {
  *out = NULL;
  if (!s) return 0;
  *out = strdup(s);
  return *out ? 0 : -1;
}

int cohort_summary_of(cohort_summary *s, const nst_record *r, const char *file) {
  memset(s, 0, sizeof *s);
  int bad = dup(&s->file, cohort_base_name(file)) | dup(&s->scenario_id, r->scenario_id) |
            dup(&s->scenario_title, r->scenario_title) | dup(&s->trainee, r->trainee) |
            dup(&s->mode, r->mode) | dup(&s->ending, r->ending) | dup(&s->ending_title, r->ending_title) |
            dup(&s->ending_kind, r->ending_kind) | dup(&s->role, r->role);
  s->started = r->started;
  s->dim_count = r->dim_count;
  for (int d = 0; d < r->dim_count; d++) bad |= dup(&s->dims[d], r->dims[d]);
  nst_record_totals(r, s->earned, s->best);
  for (int l = 0; l <= NST_LESSONS; l++) nst_record_pooled(r, l, &s->pooled_earned[l], &s->pooled_best[l]);
  s->scenario_lessons = r->scenario_lessons;
  for (int i = 0; i < r->count; i++) s->practised |= r->steps[i].lessons_available;
  if (bad) { cohort_summary_clear(s); return -1; }
  return 0;
}

void cohort_summary_clear(cohort_summary *s) {
  free(s->file); free(s->scenario_id); free(s->scenario_title); free(s->trainee);
  free(s->mode); free(s->ending); free(s->ending_title); free(s->ending_kind); free(s->role);
  for (int d = 0; d < s->dim_count; d++) free(s->dims[d]);
  memset(s, 0, sizeof *s);
}
