/* cohort_history.h: a trainee's sessions over time (naast history, docs/cohorts.md):
 * the sessions, the trend per dimension and per lesson, and which of the
 * eight lessons have not been practised yet. Only finished sessions count;
 * unfinished ones are listed. Works from the records' summaries
 * (cohort_index.h), never from scenario files.
 */
#ifndef NAAST_COHORT_HISTORY_H
#define NAAST_COHORT_HISTORY_H

#include "cohort_index.h"

typedef struct {
  const char *trainee;     /* whose sessions (for the heading); NULL: all */
  const char *where;       /* the sessions folder, named when it is empty */
  int en;                  /* English instead of Dutch */
  const char *const *own;  /* ids of the trainer's own scenarios, marked as such */
  int own_count;
} cohort_history_opts;

typedef enum { COHORT_TEXT, COHORT_MARKDOWN, COHORT_HTML } cohort_format;

/* The history of the sessions (in time order) as terminal text, Markdown,
 * or a self-contained HTML page with SVG line charts. Caller frees; NULL when
 * memory runs out. */
char *cohort_history_render(const cohort_summaries *s, const cohort_history_opts *o, cohort_format f);

#endif
