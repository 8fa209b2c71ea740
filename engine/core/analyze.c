/* analyze.c: the state graph, folded from the endings back to the start.
 *
 * Phase 1 builds the graph breadth-first: every reachable (node, state)
 * pair is a position, every response on offer there an edge carrying the
 * points it earns and the best points available at that decision. Phase 2
 * orders the positions children-first and gives each a summary of the paths
 * that leave it: for every (ending, earned, possible) the number of paths
 * (the outcomes), and per dimension the least and most earned for every
 * possible. Phase 3 reads the start's summary and walks down again to name
 * the best, worst and shortest paths.
 */
#include "analyze.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "explore.h"

/* Outcomes beyond this many (all positions together) are refused rather
 * than run the machine out of memory. */
enum { MAX_OUTCOMES = 64 * 1024 * 1024, PROCEDURE_STEPS = 100000 };

typedef struct {
  int32_t target;        /* >= 0 a position; < 0 the ending -(target + 1) */
  int32_t number;        /* 1-based among the available */
  int32_t e, b;          /* pooled points earned, and possible, at this decision */
  int32_t by_trigger;    /* an ending reached through a trigger */
} edge;

typedef struct {
  nst_stateset *set;
  size_t *first;         /* edges of position i: first[i] .. first[i + 1] */
  unsigned char *cut;    /* cut off at NST_MAX_DEPTH */
  size_t cap;
  edge *edges;
  int32_t *pts;          /* per edge: earned then best, dim_count each */
  size_t nedges, ecap;
  int depth;             /* the decision count is the last state variable */
} graph;

typedef struct { int32_t ending, b, e; uint64_t n; } outcome;  /* sorted by ending, b, e */
typedef struct { int32_t b, lo, hi; } span;                    /* sorted by b */

typedef struct {
  outcome *out; uint32_t nout;
  span *sp;              /* per dimension, back to back */
  uint32_t *spoff;       /* [dim_count + 1] offsets into sp */
  uint64_t loops;
  int32_t minlen, maxlen, minnorm;   /* decisions to an ending; -1 none */
} summary;

typedef struct {
  const nst_scenario *sc;
  nst_analysis *a;
  graph g;
  summary *sum;
  size_t outcomes;       /* in all summaries */
} analysis;

static uint64_t sat_add(uint64_t x, uint64_t y, int *overflow) {
  uint64_t r = x + y;
  if (r < x) { *overflow = 1; return UINT64_MAX; }
  return r;
}

static int node_of(const graph *g, size_t p) {
  int state[NST_MAX_VARS + 1];
  return nst_stateset_get(g->set, p, state);
}

static double ratio(long long e, long long b) { return b > 0 ? (double)e / (double)b : 0; }

/* ---- phase 1: the graph ---- */

static int grow(void **p, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap) return 0;
  size_t c = *cap ? *cap : 256;
  while (c < need) c *= 2;
  void *q = realloc(*p, c * elem);
  if (!q) return -1;
  *p = q;
  *cap = c;
  return 0;
}

static int add_edge(analysis *an, const edge *e, const int *earned, const int *best) {
  graph *g = &an->g;
  int dims = an->sc->dim_count;
  size_t ecap = g->ecap;
  if (grow((void **)&g->edges, &g->ecap, g->nedges + 1, sizeof *g->edges) != 0) return -1;
  if (g->ecap != ecap || !g->pts) {
    int32_t *pts = realloc(g->pts, sizeof *pts * g->ecap * (size_t)(2 * dims + 1));
    if (!pts) return -1;
    g->pts = pts;
  }
  g->edges[g->nedges] = *e;
  int32_t *p = g->pts + g->nedges * (size_t)(2 * dims);
  for (int d = 0; d < dims; d++) { p[d] = earned[d]; p[dims + d] = best[d]; }
  g->nedges++;
  return 0;
}

static int build(analysis *an, size_t max_states) {
  const nst_scenario *sc = an->sc;
  graph *g = &an->g;
  int nv = sc->var_count, most = 1;
  for (int i = 0; i < sc->node_count; i++)
    if (sc->nodes[i].choice_count > most) most = sc->nodes[i].choice_count;
  unsigned char *trigger_target = calloc((size_t)sc->node_count + 1, 1);
  int *avail = malloc(sizeof(int) * (size_t)most);
  g->set = nst_stateset_new(nv + g->depth);
  int rc = -1;
  if (!trigger_target || !avail || !g->set) goto done;
  for (int t = 0; t < sc->trigger_count; t++)
    if (sc->triggers[t].next >= 0) trigger_target[sc->triggers[t].next] = 1;

  int state[NST_MAX_VARS + 1], after[NST_MAX_VARS + 1];
  for (int v = 0; v < nv; v++) state[v] = sc->vars[v].init;
  state[nv] = 0;
  if (nst_stateset_put(g->set, sc->start, state, NULL) < 0) goto done;
  size_t i;
  for (i = 0; i < nst_stateset_count(g->set); i++) {
    if (i >= max_states) {
      snprintf(an->a->error, sizeof an->a->error,
               "the scenario has more than %zu distinct states; raise the limit with --max-states", max_states);
      goto done;
    }
    size_t cap = g->cap;
    if (grow((void **)&g->first, &g->cap, i + 2, sizeof *g->first) != 0) goto done;
    if (g->cap != cap) {
      unsigned char *cut = realloc(g->cut, g->cap);
      if (!cut) goto done;
      g->cut = cut;
    }
    g->first[i] = g->nedges;
    g->cut[i] = 0;
    int node = nst_stateset_get(g->set, i, state);
    an->a->node_reached[node] = 1;
    if (sc->nodes[node].kind == NST_ENDING) continue;   /* only the start can be one */
    if (g->depth && state[nv] >= NST_MAX_DEPTH) { g->cut[i] = 1; continue; }
    int n = nst_node_available(sc, node, state, avail);
    if (n < 0) goto script_error;
    int best[NST_MAX_DIMS] = { 0 };
    for (int k = 0; k < n; k++) {
      const nst_choice *o = &sc->choices[avail[k]];
      for (unsigned s = 0; s < o->score_count; s++) {
        const nst_score *sv = &sc->scores[o->score_first + s];
        if (sv->value > best[sv->dim]) best[sv->dim] = sv->value;
      }
    }
    for (int k = 0; k < n; k++) {
      const nst_choice *c = &sc->choices[avail[k]];
      int next = nst_choice_apply(sc, c, state, after);
      if (next == -1) goto script_error;
      an->a->choice_offered[avail[k]] = 1;
      if (next < 0) continue;   /* a bad target is the loader's to report */
      if (sc->nodes[next].kind == NST_ENDING) an->a->node_reached[next] = 1;
      edge e = { .number = k + 1 };
      int earned[NST_MAX_DIMS] = { 0 }, counted[NST_MAX_DIMS] = { 0 };
      for (int d = 0; d < sc->dim_count; d++)
        if (best[d] > 0) { earned[d] = nst_choice_score(sc, c, d); counted[d] = best[d]; e.e += earned[d]; e.b += best[d]; }
      if (sc->nodes[next].kind == NST_ENDING) {
        e.target = -(next + 1);
        e.by_trigger = trigger_target[next] && (c->next_fn != NST_NONE || c->next != next);
      } else {
        after[nv] = state[nv] + 1;
        long t = nst_stateset_put(g->set, next, after, NULL);
        if (t < 0) goto done;
        e.target = (int32_t)t;
      }
      if (add_edge(an, &e, earned, counted) != 0) goto done;
    }
  }
  g->first[i] = g->nedges;
  an->a->states = i;
  rc = 0;
  goto done;
script_error:
  snprintf(an->a->error, sizeof an->a->error, "%s", nst_scenario_script_error(sc));
done:
  free(trigger_target);
  free(avail);
  return rc;
}

static void graph_free(graph *g) {
  nst_stateset_free(g->set);
  free(g->first);
  free(g->cut);
  free(g->edges);
  free(g->pts);
  memset(g, 0, sizeof *g);
}

/* ---- phase 2: children first ---- */

/* Positions in post-order (every child before its parents) into order.
 * Returns 0, 1 when the graph has a loop, -1 out of memory. */
static int post_order(const graph *g, size_t count, size_t *order) {
  unsigned char *color = calloc(count, 1);   /* 0 new, 1 on the stack, 2 done */
  size_t *stack = malloc(sizeof *stack * count), *next = malloc(sizeof *next * count);
  int rc = -1;
  if (!color || !stack || !next) goto done;
  size_t top = 0, done_n = 0;
  stack[top++] = 0;
  color[0] = 1;
  next[0] = g->first[0];
  while (top) {
    size_t p = stack[top - 1];
    if (next[p] == g->first[p + 1]) {
      color[p] = 2;
      order[done_n++] = p;
      top--;
      continue;
    }
    int32_t t = g->edges[next[p]++].target;
    if (t < 0) continue;
    if (color[t] == 1) { rc = 1; goto done; }
    if (color[t] == 0) {
      color[t] = 1;
      next[t] = g->first[t];
      stack[top++] = (size_t)t;
    }
  }
  rc = 0;
done:
  free(color);
  free(stack);
  free(next);
  return rc;
}

static int outcome_cmp(const outcome *x, const outcome *y) {
  if (x->ending != y->ending) return x->ending < y->ending ? -1 : 1;
  if (x->b != y->b) return x->b < y->b ? -1 : 1;
  return x->e < y->e ? -1 : x->e > y->e;
}

/* dst = a merged with b shifted by (de, db); dst has room for na + nb. */
static uint32_t merge_outcomes(const outcome *a, uint32_t na, const outcome *b, uint32_t nb, int32_t de,
                               int32_t db, outcome *dst, int *overflow) {
  uint32_t i = 0, j = 0, n = 0;
  while (i < na || j < nb) {
    outcome y;
    if (j < nb) { y = b[j]; y.e += de; y.b += db; }
    int c = i == na ? 1 : j == nb ? -1 : outcome_cmp(&a[i], &y);
    if (c < 0) dst[n++] = a[i++];
    else if (c > 0) { dst[n++] = y; j++; }
    else {
      dst[n] = a[i++];
      dst[n].n = sat_add(dst[n].n, y.n, overflow);
      n++;
      j++;
    }
  }
  return n;
}

static uint32_t merge_spans(const span *a, uint32_t na, const span *b, uint32_t nb, int32_t de, int32_t db,
                            span *dst) {
  uint32_t i = 0, j = 0, n = 0;
  while (i < na || j < nb) {
    span y;
    if (j < nb) { y = b[j]; y.b += db; y.lo += de; y.hi += de; }
    if (j == nb || (i < na && a[i].b < y.b)) dst[n++] = a[i++];
    else if (i == na || y.b < a[i].b) { dst[n++] = y; j++; }
    else {
      dst[n] = a[i++];
      if (y.lo < dst[n].lo) dst[n].lo = y.lo;
      if (y.hi > dst[n].hi) dst[n].hi = y.hi;
      n++;
      j++;
    }
  }
  return n;
}

static int32_t len_min(int32_t x, int32_t y) { return x < 0 ? y : y < 0 ? x : x < y ? x : y; }

static int summarize(analysis *an, size_t p) {
  const nst_scenario *sc = an->sc;
  const graph *g = &an->g;
  summary *s = &an->sum[p];
  int dims = sc->dim_count;
  s->minlen = s->maxlen = s->minnorm = -1;
  s->spoff = calloc((size_t)dims + 1, sizeof *s->spoff);
  if (!s->spoff) return -1;
  if (g->cut[p]) { s->loops = 1; return 0; }
  if (g->first[p] == g->first[p + 1] && sc->nodes[node_of(g, p)].kind == NST_ENDING) {
    /* the start is an ending: one path of no decisions */
    s->out = malloc(sizeof *s->out);
    if (!s->out) return -1;
    s->out[0] = (outcome){ .ending = node_of(g, p), .n = 1 };
    s->nout = 1;
    s->minlen = s->maxlen = s->minnorm = 0;
    return 0;
  }
  size_t nout = 0, nsp = 0;
  for (size_t k = g->first[p]; k < g->first[p + 1]; k++) {
    int32_t t = g->edges[k].target;
    nout += t < 0 ? 1 : an->sum[t].nout;
    nsp += t < 0 ? (size_t)dims : an->sum[t].spoff[dims];
  }
  if (nout > UINT32_MAX || an->outcomes + nout > MAX_OUTCOMES) {
    snprintf(an->a->error, sizeof an->a->error,
             "the scenario has too many distinct scores per state to count its paths");
    return -1;
  }
  outcome *acc = malloc(sizeof *acc * (nout + 1)), *tmp = malloc(sizeof *tmp * (nout + 1));
  span *sacc = malloc(sizeof *sacc * (nsp + 1)), *stmp = malloc(sizeof *stmp * (nsp + 1));
  if (!acc || !tmp || !sacc || !stmp) { free(acc); free(tmp); free(sacc); free(stmp); return -1; }
  uint32_t n = 0;
  for (size_t k = g->first[p]; k < g->first[p + 1]; k++) {
    const edge *e = &g->edges[k];
    if (e->target < 0) {
      outcome one = { .ending = -(e->target + 1), .n = 1 };
      n = merge_outcomes(acc, n, &one, 1, e->e, e->b, tmp, &an->a->overflow);
      s->minlen = len_min(s->minlen, 1);
      if (s->maxlen < 1) s->maxlen = 1;
      if (!e->by_trigger) s->minnorm = len_min(s->minnorm, 1);
    } else {
      const summary *c = &an->sum[e->target];
      n = merge_outcomes(acc, n, c->out, c->nout, e->e, e->b, tmp, &an->a->overflow);
      s->loops = sat_add(s->loops, c->loops, &an->a->overflow);
      if (c->minlen >= 0) s->minlen = len_min(s->minlen, c->minlen + 1);
      if (c->maxlen >= 0 && c->maxlen + 1 > s->maxlen) s->maxlen = c->maxlen + 1;
      if (c->minnorm >= 0) s->minnorm = len_min(s->minnorm, c->minnorm + 1);
    }
    outcome *x = acc; acc = tmp; tmp = x;
  }
  /* per dimension: each edge's spans merged into what the earlier edges gave */
  uint32_t total = 0;
  for (int d = 0; d < dims; d++) {
    uint32_t m = 0;
    span *cur = sacc + total;
    for (size_t k = g->first[p]; k < g->first[p + 1]; k++) {
      const edge *e = &g->edges[k];
      const int32_t *pts = g->pts + k * (size_t)(2 * dims);
      const span *src;
      uint32_t ns;
      span one = { 0, 0, 0 };
      if (e->target < 0) { src = &one; ns = 1; }
      else {
        const summary *c = &an->sum[e->target];
        src = c->sp + c->spoff[d];
        ns = c->spoff[d + 1] - c->spoff[d];
      }
      m = merge_spans(cur, m, src, ns, pts[d], pts[dims + d], stmp);
      memcpy(cur, stmp, sizeof *cur * m);
    }
    s->spoff[d] = total;
    total += m;
  }
  s->spoff[dims] = total;
  free(tmp);
  free(stmp);
  s->out = acc;   /* kept at their full size: shrinking buys little */
  s->nout = n;
  s->sp = sacc;
  an->outcomes += n;
  return 0;
}

/* ---- phase 3: reading the start's summary ---- */

typedef struct {
  int kind;              /* 0 a pooled score, 1 the shortest path without a trigger */
  double target;
} goal;

static int edge_leads(const analysis *an, const edge *e, long long E, long long B, int need, const goal *gl) {
  if (gl->kind == 1) {
    if (e->target < 0) return need == 1 && !e->by_trigger;
    return an->sum[e->target].minnorm == need - 1;
  }
  E += e->e;
  B += e->b;
  if (e->target < 0) return ratio(E, B) == gl->target;
  const summary *c = &an->sum[e->target];
  for (uint32_t i = 0; i < c->nout; i++)
    if (ratio(E + c->out[i].e, B + c->out[i].b) == gl->target) return 1;
  return 0;
}

/* Walks from the start taking, at each position, the first response that
 * can still reach the goal. */
static int trace(analysis *an, const goal *gl, int len, nst_path *path) {
  const nst_scenario *sc = an->sc;
  const graph *g = &an->g;
  int dims = sc->dim_count, cap = 0;
  long long E = 0, B = 0;
  memset(path, 0, sizeof *path);
  size_t p = 0;
  if (g->first[0] == g->first[1]) { path->ending = node_of(g, 0); return 0; }
  for (;;) {
    const edge *e = NULL;
    size_t k;
    for (k = g->first[p]; k < g->first[p + 1]; k++)
      if (edge_leads(an, &g->edges[k], E, B, len - path->len, gl)) { e = &g->edges[k]; break; }
    if (!e) return -1;   /* cannot happen: the summary says a path exists */
    if (path->len == cap) {
      int *c = realloc(path->choice, sizeof *c * (size_t)(cap = cap ? cap * 2 : 16));
      if (!c) return -1;
      path->choice = c;
    }
    path->choice[path->len++] = e->number;
    const int32_t *pts = g->pts + k * (size_t)(2 * dims);
    for (int d = 0; d < dims; d++) { path->earned[d] += pts[d]; path->best[d] += pts[dims + d]; }
    E += e->e;
    B += e->b;
    if (e->target < 0) { path->ending = -(e->target + 1); break; }
    p = (size_t)e->target;
  }
  path->overall = ratio(E, B);
  return 0;
}

static void read_start(analysis *an) {
  const nst_scenario *sc = an->sc;
  nst_analysis *a = an->a;
  const summary *s = &an->sum[0];
  double hi = 0, lo = 0;
  for (uint32_t i = 0; i < s->nout; i++) {
    const outcome *o = &s->out[i];
    double r = ratio(o->e, o->b);
    if (i == 0 || r > hi) hi = r;
    if (i == 0 || r < lo) lo = r;
    if (a->ending_paths[o->ending] == 0 || r < a->ending_min[o->ending]) a->ending_min[o->ending] = r;
    if (a->ending_paths[o->ending] == 0 || r > a->ending_max[o->ending]) a->ending_max[o->ending] = r;
    a->ending_paths[o->ending] = sat_add(a->ending_paths[o->ending], o->n, &a->overflow);
    a->paths = sat_add(a->paths, o->n, &a->overflow);
    long long bucket = o->b > 0 && o->e > 0 ? (10LL * o->e) / o->b : 0;
    if (bucket >= NST_SCORE_BUCKETS) bucket = NST_SCORE_BUCKETS - 1;
    a->distribution[bucket] = sat_add(a->distribution[bucket], o->n, &a->overflow);
  }
  for (int d = 0; d < sc->dim_count; d++)
    for (uint32_t i = s->spoff[d]; i < s->spoff[d + 1]; i++) {
      const span *sp = &s->sp[i];
      if (sp->hi > a->max_earned[d]) a->max_earned[d] = sp->hi;
      if (sp->b > 0 && (!a->has_max[d] || ratio(sp->hi, sp->b) > a->max_score[d])) {
        a->max_score[d] = ratio(sp->hi, sp->b);
        a->has_max[d] = 1;
      }
    }
  a->loops = s->loops;
  a->min_decisions = s->minlen < 0 ? 0 : s->minlen;
  a->max_decisions = s->maxlen < 0 ? 0 : s->maxlen;
  a->min_decisions_normal = s->minnorm;
  if (!a->paths) return;
  goal best = { 0, hi }, worst = { 0, lo }, shortest = { 1, 0 };
  trace(an, &best, 0, &a->best);
  trace(an, &worst, 0, &a->worst);
  if (s->minnorm >= 0) trace(an, &shortest, s->minnorm, &a->shortest_normal);
}

/* ---- the procedure-first path, played directly ---- */

static void procedure_path(const nst_scenario *sc, nst_analysis *a) {
  int state[NST_MAX_VARS], after[NST_MAX_VARS], most = 1, cap = 0;
  for (int i = 0; i < sc->node_count; i++)
    if (sc->nodes[i].choice_count > most) most = sc->nodes[i].choice_count;
  int *avail = malloc(sizeof(int) * (size_t)most);
  if (!avail) { snprintf(a->procedure_error, sizeof a->procedure_error, "out of memory"); return; }
  for (int v = 0; v < sc->var_count; v++) state[v] = sc->vars[v].init;
  nst_path *p = &a->procedure;
  int node = sc->start;
  while (sc->nodes[node].kind == NST_DECISION) {
    if (p->len >= PROCEDURE_STEPS) { snprintf(a->procedure_error, sizeof a->procedure_error, "it loops"); break; }
    int n = nst_node_available(sc, node, state, avail), k = -1;
    if (n < 0) { snprintf(a->procedure_error, sizeof a->procedure_error, "%s", nst_scenario_script_error(sc)); break; }
    for (int i = 0; i < n && k < 0; i++) if (sc->choices[avail[i]].procedure) k = i;
    if (k < 0) {
      snprintf(a->procedure_error, sizeof a->procedure_error, "node \"%s\" (line %d) offers no procedure response",
               sc->nodes[node].id, sc->nodes[node].line);
      break;
    }
    int best[NST_MAX_DIMS] = { 0 };
    for (int i = 0; i < n; i++)
      for (int d = 0; d < sc->dim_count; d++) {
        int v = nst_choice_score(sc, &sc->choices[avail[i]], d);
        if (v > best[d]) best[d] = v;
      }
    const nst_choice *c = &sc->choices[avail[k]];
    int next = nst_choice_apply(sc, c, state, after);
    if (next < 0) { snprintf(a->procedure_error, sizeof a->procedure_error, "%s", nst_scenario_script_error(sc)); break; }
    if (p->len == cap) {
      int *ch = realloc(p->choice, sizeof *ch * (size_t)(cap = cap ? cap * 2 : 16));
      if (!ch) { snprintf(a->procedure_error, sizeof a->procedure_error, "out of memory"); break; }
      p->choice = ch;
    }
    p->choice[p->len++] = k + 1;
    for (int d = 0; d < sc->dim_count; d++)
      if (best[d] > 0) { p->earned[d] += nst_choice_score(sc, c, d); p->best[d] += best[d]; }
    memcpy(state, after, sizeof state);
    node = next;
  }
  free(avail);
  if (a->procedure_error[0]) return;
  long long E = 0, B = 0;
  for (int d = 0; d < sc->dim_count; d++) { E += p->earned[d]; B += p->best[d]; }
  p->ending = node;
  p->overall = ratio(E, B);
}

int nst_analyze(const nst_scenario *sc, size_t max_states, nst_analysis *a) {
  memset(a, 0, sizeof *a);
  a->min_decisions_normal = -1;
  a->ending_paths = calloc((size_t)sc->node_count + 1, sizeof *a->ending_paths);
  a->ending_min = calloc((size_t)sc->node_count + 1, sizeof *a->ending_min);
  a->ending_max = calloc((size_t)sc->node_count + 1, sizeof *a->ending_max);
  a->node_reached = calloc((size_t)sc->node_count + 1, 1);
  a->choice_offered = calloc((size_t)sc->choice_count + 1, 1);
  if (!a->ending_paths || !a->ending_min || !a->ending_max || !a->node_reached || !a->choice_offered) { snprintf(a->error, sizeof a->error, "out of memory"); return -1; }
  if (sc->start < 0) { snprintf(a->error, sizeof a->error, "the scenario has no start"); return -1; }
  int rc = -1;
  size_t *order = NULL;
  analysis an = { .sc = sc, .a = a };
  /* First without the decision count in the state; only a loop needs it. */
  for (int depth = 0; depth < 2; depth++) {
    graph_free(&an.g);
    an.g.depth = depth;
    if (build(&an, max_states) != 0) goto done;
    free(order);
    order = malloc(sizeof *order * (a->states + 1));
    if (!order) goto done;
    int r = post_order(&an.g, a->states, order);
    if (r < 0) goto done;
    if (r == 0) break;
    a->looped = 1;
  }
  an.sum = calloc(a->states, sizeof *an.sum);
  if (!an.sum) goto done;
  for (size_t i = 0; i < a->states; i++)
    if (summarize(&an, order[i]) != 0) goto done;
  read_start(&an);
  procedure_path(sc, a);
  rc = 0;
done:
  if (rc != 0 && !a->error[0]) snprintf(a->error, sizeof a->error, "out of memory");
  for (size_t i = 0; an.sum && i < a->states; i++) { free(an.sum[i].out); free(an.sum[i].sp); free(an.sum[i].spoff); }
  free(an.sum);
  free(order);
  graph_free(&an.g);
  return rc;
}

void nst_analysis_free(nst_analysis *a) {
  free(a->ending_paths);
  free(a->ending_min);
  free(a->ending_max);
  free(a->node_reached);
  free(a->choice_offered);
  free(a->best.choice);
  free(a->worst.choice);
  free(a->shortest_normal.choice);
  free(a->procedure.choice);
  memset(a, 0, sizeof *a);
}
