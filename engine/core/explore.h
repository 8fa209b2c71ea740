/* explore.h: exhaustive exploration of a scenario's reachable states.
 *
 * Visits every (node, state) pair reachable from the start, each once, so
 * loops end and the cost is bounded by the number of distinct states, not of
 * paths. What it finds feeds validation (reachability, dead ends, conditions
 * that never hold) and analysis.
 */
#ifndef NAAST_EXPLORE_H
#define NAAST_EXPLORE_H

#include "scenario.h"

typedef struct {
  int complete;              /* 1: all reachable states visited */
  size_t states;             /* distinct (node, state) pairs visited */
  unsigned char *node_reached;    /* [node_count] */
  unsigned char *choice_offered;  /* [choice_count]: available in some reachable state */
  unsigned char *line_shown;      /* [line_count]: condition held in some reachable state */
  unsigned char *trigger_fired;   /* [trigger_count] */
  int *dead_end;             /* [node_count]: reachable states offering no response */
  char error[512];           /* a script error met on the way ("" if none) */
} nst_exploration;

/* Explores at most max_states states. Returns 0, or -1 when a script
 * function failed (message in out->error) or memory ran out. */
int nst_explore(const nst_scenario *sc, size_t max_states, nst_exploration *out);
/* The same, calling step for every transition taken: response choice (an
 * index into sc->choices) leading to node next; next is an ending when a
 * trigger fired. Transitions repeat across states. */
int nst_explore_steps(const nst_scenario *sc, size_t max_states, nst_exploration *out,
                      void (*step)(void *ctx, int choice, int next), void *ctx);
void nst_exploration_free(nst_exploration *x);

/* The node/state pairs as a set, for other walkers (analysis). */
typedef struct nst_stateset nst_stateset;
nst_stateset *nst_stateset_new(int var_count);
void nst_stateset_free(nst_stateset *set);
/* Index of (node, state), adding it if new (*added set); -1 out of memory. */
long nst_stateset_put(nst_stateset *set, int node, const int *state, int *added);
size_t nst_stateset_count(const nst_stateset *set);
/* The node and state of entry i. */
int nst_stateset_get(const nst_stateset *set, size_t i, int *state);

#endif
