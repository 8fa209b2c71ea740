/* debrief.h: what a debrief says, worked out from a record and its scenario.
 *
 * The record is replayed decision by decision in a session, which gives the
 * lines as they were said, what each response earned against the best
 * available, and the state before and after. Every response that was on offer
 * is applied to the saved state too (nst_choice_apply, the session's own
 * rule), so missed chances say what would have happened. No text, no cmark:
 * report_md.c turns this into Markdown.
 */
#ifndef NAAST_REPORT_DEBRIEF_H
#define NAAST_REPORT_DEBRIEF_H

#include <stddef.h>
#include <stdint.h>

#include "record.h"
#include "scenario.h"

enum {
  DB_MISSED_GAP = 3,   /* points by which another response must beat the chosen one */
  DB_SELF_MAX = 5      /* self-assessment ratings are 1..5 */
};

enum { DB_STOP_NONE, DB_STOP_MISSING, DB_STOP_AFTER_END, DB_STOP_ERROR };

typedef struct {
  int speaker;         /* cast index or NST_NARRATOR */
  char *text;
} db_line;

/* A response on offer at a decision, applied to the state it was given in. */
typedef struct {
  int choice;          /* index into sc->choices */
  int points;          /* the sum of its scores */
  int next;            /* the node it leads to; < 0 on a script error */
  int after[NST_MAX_VARS];
} db_option;

typedef struct {
  int node, choice, number, available, millis;
  int earned[NST_MAX_DIMS], best[NST_MAX_DIMS];
  int before[NST_MAX_VARS], after[NST_MAX_VARS];
  int points;          /* Σ earned */
  int best_points;     /* the highest sum any response on offer had */
  int impact;          /* points plus the change in the state, weighted (debrief.c) */
  int line_first, line_count;       /* into db->lines */
  int option_first, option_count;   /* into db->options, authored order */
  int chosen;          /* its own index among its options */
  int better;          /* option index of a clearly better response, or -1 */
  uint16_t applied, missed;         /* lesson bits */
} db_step;

typedef struct {
  const nst_scenario *sc;
  const nst_record *rec;
  int changed;                 /* the scenario file differs from the record's */
  int stopped;                 /* DB_STOP_*: why the replay stopped before the record's end */
  char stop_reason[256];       /* the response id no longer offered, or the error */
  int ended;                   /* the replayed session reached an ending */
  int last_node;               /* where it stands: the ending, or where it stopped */
  int tail_first, tail_count;  /* the lines of last_node */
  db_step *steps; int step_count;
  db_line *lines; int line_count, line_cap;
  db_option *options; int option_count, option_cap;
  int earned[NST_MAX_DIMS], best[NST_MAX_DIMS];
  int scored[NST_MAX_DIMS];    /* 1 when some decision counted for the dimension */
  int overall_earned, overall_best;
  int self[NST_MAX_DIMS];      /* 1..5, 0 not rated */
  int has_self;
  char *self_most, *self_least;
  int tension, trust, control; /* variable indices by their usual ids, or -1 */
} nst_debrief;

/* 0, or -1 with a message in err (only when nothing at all can be said). */
int db_build(nst_debrief *db, const nst_scenario *sc, const nst_record *rec, char *err, size_t n);
void db_free(nst_debrief *db);

/* earned / best as a whole percentage, rounded half up, held to 0..100:
 * (200 * earned + best) / (2 * best) in integers. */
int db_percent(int earned, int best);
/* A self-assessment rating 1..5 as a percentage: 0, 25, 50, 75, 100. */
int db_self_percent(int rating);
/* The state change of a step, weighted: tension down and the other visible
 * variables up count as better. */
int db_state_gain(const nst_debrief *db, const int *before, const int *after);

#endif
