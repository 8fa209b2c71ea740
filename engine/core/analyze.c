/* analyze.c: depth-first walk over all choice sequences. */
#include "analyze.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const nst_scenario *sc;
  nst_analysis *a;
  long long max_paths;
  nst_path cur;
  int failed;
} walk;

static int is_trigger_target(const nst_scenario *sc, int node) {
  for (int t = 0; t < sc->trigger_count; t++)
    if (sc->triggers[t].next == node) return 1;
  return 0;
}

static double pooled(const nst_scenario *sc, const int *e, const int *b) {
  long se = 0, sb = 0;
  for (int d = 0; d < sc->dim_count; d++) { se += e[d]; sb += b[d]; }
  return sb > 0 ? (double)se / (double)sb : 0;
}

static void finish(walk *w, int ending, int by_trigger) {
  nst_analysis *a = w->a;
  nst_path *p = &w->cur;
  p->ending = ending;
  p->by_trigger = by_trigger;
  p->overall = pooled(w->sc, p->earned, p->best);
  if (a->paths == 0 || p->overall > a->best.overall) a->best = *p;
  if (a->paths == 0 || p->overall < a->worst.overall) a->worst = *p;
  if (a->paths == 0 || p->len < a->min_decisions) a->min_decisions = p->len;
  if (p->len > a->max_decisions) a->max_decisions = p->len;
  if (!by_trigger && (a->min_decisions_normal < 0 || p->len < a->min_decisions_normal)) {
    a->min_decisions_normal = p->len;
    a->shortest_normal = *p;
  }
  if (a->ending_paths[ending] == 0 || p->overall < a->ending_min[ending]) a->ending_min[ending] = p->overall;
  if (a->ending_paths[ending] == 0 || p->overall > a->ending_max[ending]) a->ending_max[ending] = p->overall;
  a->ending_paths[ending]++;
  for (int d = 0; d < w->sc->dim_count; d++)
    if (p->earned[d] > a->max_earned[d]) a->max_earned[d] = p->earned[d];
  a->paths++;
}

/* Adds decision scores for response c among avail to path p. */
static void score(const nst_scenario *sc, const int *avail, int n, const nst_choice *c, nst_path *p) {
  int best[NST_MAX_DIMS] = { 0 };
  for (int k = 0; k < n; k++) {
    const nst_choice *o = &sc->choices[avail[k]];
    for (unsigned i = 0; i < o->score_count; i++) {
      const nst_score *s = &sc->scores[o->score_first + i];
      if (s->value > best[s->dim]) best[s->dim] = s->value;
    }
  }
  for (int d = 0; d < sc->dim_count; d++)
    if (best[d] > 0) { p->earned[d] += nst_choice_score(sc, c, d); p->best[d] += best[d]; }
}

static void step(walk *w, int node, const int *state) {
  const nst_scenario *sc = w->sc;
  if (w->failed || w->a->paths >= w->max_paths) { w->a->capped = w->a->paths >= w->max_paths; return; }
  if (w->cur.len >= NST_MAX_DEPTH) { w->a->loops++; return; }
  int avail[256], after[NST_MAX_VARS];
  int n = nst_node_available(sc, node, state, avail);
  if (n < 0) { snprintf(w->a->error, sizeof w->a->error, "%s", nst_scenario_script_error(sc)); w->failed = 1; return; }
  nst_path saved = w->cur;
  for (int k = 0; k < n && !w->failed; k++) {
    const nst_choice *c = &sc->choices[avail[k]];
    int next = nst_choice_apply(sc, c, state, after);
    if (next == -1) { snprintf(w->a->error, sizeof w->a->error, "%s", nst_scenario_script_error(sc)); w->failed = 1; return; }
    if (next < 0) continue;
    w->cur.choice[w->cur.len++] = k + 1;
    score(sc, avail, n, c, &w->cur);
    if (sc->nodes[next].kind == NST_ENDING)
      finish(w, next, is_trigger_target(sc, next) && (c->next_fn != NST_NONE ? 1 : c->next != next));
    else
      step(w, next, after);
    w->cur = saved;
  }
}

static void procedure_path(const nst_scenario *sc, nst_analysis *a) {
  int state[NST_MAX_VARS], after[NST_MAX_VARS], avail[256];
  for (int v = 0; v < sc->var_count; v++) state[v] = sc->vars[v].init;
  nst_path *p = &a->procedure;
  int node = sc->start;
  while (sc->nodes[node].kind == NST_DECISION) {
    if (p->len >= NST_MAX_DEPTH) { snprintf(a->procedure_error, sizeof a->procedure_error, "it loops"); return; }
    int n = nst_node_available(sc, node, state, avail), k = -1;
    if (n < 0) { snprintf(a->procedure_error, sizeof a->procedure_error, "%s", nst_scenario_script_error(sc)); return; }
    for (int i = 0; i < n && k < 0; i++) if (sc->choices[avail[i]].procedure) k = i;
    if (k < 0) {
      snprintf(a->procedure_error, sizeof a->procedure_error, "node \"%s\" (line %d) offers no procedure response",
               sc->nodes[node].id, sc->nodes[node].line);
      return;
    }
    const nst_choice *c = &sc->choices[avail[k]];
    int next = nst_choice_apply(sc, c, state, after);
    if (next < 0) { snprintf(a->procedure_error, sizeof a->procedure_error, "%s", nst_scenario_script_error(sc)); return; }
    p->choice[p->len++] = k + 1;
    score(sc, avail, n, c, p);
    memcpy(state, after, sizeof state);
    node = next;
  }
  p->ending = node;
  p->overall = pooled(sc, p->earned, p->best);
}

int nst_analyze(const nst_scenario *sc, long long max_paths, nst_analysis *a) {
  memset(a, 0, sizeof *a);
  a->min_decisions_normal = -1;
  a->ending_paths = calloc((size_t)sc->node_count + 1, sizeof *a->ending_paths);
  a->ending_min = calloc((size_t)sc->node_count + 1, sizeof *a->ending_min);
  a->ending_max = calloc((size_t)sc->node_count + 1, sizeof *a->ending_max);
  if (!a->ending_paths || !a->ending_min || !a->ending_max || sc->start < 0) return -1;
  walk w = { .sc = sc, .a = a, .max_paths = max_paths };
  int state[NST_MAX_VARS];
  for (int v = 0; v < sc->var_count; v++) state[v] = sc->vars[v].init;
  step(&w, sc->start, state);
  if (w.failed) return -1;
  procedure_path(sc, a);
  return 0;
}

void nst_analysis_free(nst_analysis *a) {
  free(a->ending_paths);
  free(a->ending_min);
  free(a->ending_max);
  memset(a, 0, sizeof *a);
}
