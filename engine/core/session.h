/* session.h: one playthrough of a scenario, decision by decision.
 *
 * Front ends drive a session through this API only: start, read the lines
 * and the available responses of the current node, choose, read the state and
 * the scores, until the session has ended. The session never reads a clock or
 * a file: a front end passes the time a decision took.
 *
 * Scoring: at each decision, per dimension, the session records what the
 * chosen response earned and the best any available response offered. A
 * decision counts for a dimension when that best is above zero; the score is
 * Σ earned / Σ best over counted decisions (see docs/scenario-format.md).
 *
 * Failure: functions returning int give 0 (or a count) on success and -1 on
 * a script error or bad argument, with the message in nst_session_error().
 */
#ifndef NAAST_SESSION_H
#define NAAST_SESSION_H

#include "scenario.h"

typedef struct nst_session nst_session;

typedef struct {
  int node;       /* node index where the decision was taken */
  int choice;     /* index into scenario->choices */
  int number;     /* 1-based number among the responses available then */
  int available;  /* how many responses were available */
  int millis;     /* time taken, pauses excluded; -1 when unknown */
} nst_decision;

nst_session *nst_session_new(const nst_scenario *sc);
void nst_session_free(nst_session *s);

/* To the start node with the initial state; forgets all decisions. */
int nst_session_start(nst_session *s);

const nst_scenario *nst_session_scenario(const nst_session *s);
int nst_session_node(const nst_session *s);
int nst_session_ended(const nst_session *s);
const int *nst_session_state(const nst_session *s);

/* The responses on offer now: indices into scenario->choices, in authored
 * order. Empty once the session has ended. */
int nst_session_available_count(const nst_session *s);
const int *nst_session_available(const nst_session *s);

/* Line i of the current node as the state has it: 1 shown (speaker, text,
 * len set), 0 hidden by its condition, -1 error. */
int nst_session_line(nst_session *s, int i, int *speaker, const char **text, size_t *len);

/* Takes response k (0-based among the available ones). */
int nst_session_choose(nst_session *s, int k, int millis);

/* Takes back the last decision; the undone decision is remembered. */
int nst_session_undo(nst_session *s);

int nst_session_decision_count(const nst_session *s);
const nst_decision *nst_session_decision(const nst_session *s, int i);
const int *nst_session_decision_earned(const nst_session *s, int i); /* [dim_count] */
const int *nst_session_decision_best(const nst_session *s, int i);   /* [dim_count] */
const int *nst_session_decision_state(const nst_session *s, int i);  /* after it; [var_count] */
/* The state a decision was taken in (the initial state for decision 0). */
const int *nst_session_state_before(const nst_session *s, int i);

/* Decisions taken back, in the order they were undone. */
int nst_session_undone_count(const nst_session *s);
const nst_decision *nst_session_undone(const nst_session *s, int i);
int nst_session_undone_step(const nst_session *s, int i); /* 0-based step it had */

/* Per dimension: Σ earned and Σ best over counted decisions, and the
 * sum of everything earned (counted or not). Arrays of dim_count. */
void nst_session_totals(const nst_session *s, int *earned, int *best, int *raw);
/* Σ earned / Σ best into *score (it can be below zero); returns 0 when no
 * decision counted for the dimension, 1 otherwise. */
int nst_session_score(const nst_session *s, int dim, double *score);
/* All dimensions pooled; returns 0 when nothing counted. */
int nst_session_overall(const nst_session *s, double *score);

const char *nst_session_error(const nst_session *s);

#endif
