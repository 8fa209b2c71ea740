/* check.h: findings about a scenario, and the checks that make them.
 *
 * The loader reports what it cannot accept (unknown ids, bad values) as
 * errors here and goes on where it can, so a trainer sees every mistake at
 * once. nst_check() adds what only the whole scenario shows: reachability,
 * dead ends, conditions that never hold, decisions with nothing to learn.
 */
#ifndef NAAST_CHECK_H
#define NAAST_CHECK_H

#include "scenario.h"

typedef enum { NST_ERROR, NST_WARNING } nst_severity;

typedef struct {
  nst_severity severity;
  char *file;         /* the file the finding is about */
  int line;           /* 0: the file as a whole */
  const char *code;   /* stable short name, e.g. "unknown-target" */
  char *message;
} nst_finding;

typedef struct {
  nst_finding *items;
  int count, cap;
  int errors, warnings;
  const char *file;   /* the file that nst_findings_add attributes findings to */
} nst_findings;

void nst_findings_add(nst_findings *f, nst_severity sev, int line, const char *code,
                      const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void nst_findings_clear(nst_findings *f);
/* Orders by line, errors before warnings on the same line. */
void nst_findings_sort(nst_findings *f);

/* What the window shows without scrolling at 800x600 and the default text
 * size (its layout is made for it): a spoken line of NST_FIT_LINE
 * characters with responses of NST_FIT_RESPONSES characters together (six
 * of 220). Longer text gets a warning. */
enum { NST_FIT_LINE = 700, NST_FIT_RESPONSES = 1320 };

/* Whole-scenario checks; explores at most max_states states. */
void nst_check(const nst_scenario *sc, size_t max_states, nst_findings *out);

#endif
