/* explore.c: breadth-first walk over (node, state) pairs. The set's entries,
 * in insertion order, double as the queue. */
#include "explore.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct nst_stateset {
  int nvars;
  size_t width;       /* ints per entry: node + vars */
  int *keys;          /* count * width */
  size_t count, cap;
  uint32_t *slots;    /* open addressing: entry index + 1, 0 = empty */
  size_t nslots;
};

nst_stateset *nst_stateset_new(int var_count) {
  nst_stateset *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->nvars = var_count;
  s->width = (size_t)var_count + 1;
  return s;
}

void nst_stateset_free(nst_stateset *s) {
  if (!s) return;
  free(s->keys);
  free(s->slots);
  free(s);
}

static uint64_t hash_key(const int *k, size_t w) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < w; i++) { h ^= (uint32_t)k[i]; h *= 1099511628211ull; }
  return h ^ (h >> 29);
}

static int rehash(nst_stateset *s, size_t nslots) {
  uint32_t *slots = calloc(nslots, sizeof *slots);
  if (!slots) return -1;
  for (size_t i = 0; i < s->count; i++) {
    size_t j = hash_key(s->keys + i * s->width, s->width) & (nslots - 1);
    while (slots[j]) j = (j + 1) & (nslots - 1);
    slots[j] = (uint32_t)(i + 1);
  }
  free(s->slots);
  s->slots = slots;
  s->nslots = nslots;
  return 0;
}

long nst_stateset_put(nst_stateset *s, int node, const int *state, int *added) {
  int key[NST_MAX_VARS + 2];   /* node, variables, and the analysis's decision count */
  key[0] = node;
  memcpy(key + 1, state, sizeof(int) * (size_t)s->nvars);
  if ((s->count + 1) * 2 > s->nslots && rehash(s, s->nslots ? s->nslots * 2 : 1024) != 0) return -1;
  size_t j = hash_key(key, s->width) & (s->nslots - 1);
  while (s->slots[j]) {
    size_t i = s->slots[j] - 1;
    if (memcmp(s->keys + i * s->width, key, sizeof(int) * s->width) == 0) {
      if (added) *added = 0;
      return (long)i;
    }
    j = (j + 1) & (s->nslots - 1);
  }
  if (s->count == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 1024;
    int *k = realloc(s->keys, sizeof(int) * cap * s->width);
    if (!k) return -1;
    s->keys = k;
    s->cap = cap;
  }
  memcpy(s->keys + s->count * s->width, key, sizeof(int) * s->width);
  s->slots[j] = (uint32_t)(s->count + 1);
  if (added) *added = 1;
  return (long)s->count++;
}

size_t nst_stateset_count(const nst_stateset *s) { return s->count; }

int nst_stateset_get(const nst_stateset *s, size_t i, int *state) {
  const int *k = s->keys + i * s->width;
  memcpy(state, k + 1, sizeof(int) * (size_t)s->nvars);
  return k[0];
}

void nst_exploration_free(nst_exploration *x) {
  free(x->node_reached); free(x->choice_offered); free(x->line_shown);
  free(x->trigger_fired); free(x->dead_end);
  memset(x, 0, sizeof *x);
}

int nst_explore(const nst_scenario *sc, size_t max_states, nst_exploration *x) {
  return nst_explore_steps(sc, max_states, x, NULL, NULL);
}

int nst_explore_steps(const nst_scenario *sc, size_t max_states, nst_exploration *x,
                      void (*step)(void *ctx, int choice, int next), void *ctx) {
  memset(x, 0, sizeof *x);
  x->node_reached = calloc((size_t)sc->node_count + 1, 1);
  x->choice_offered = calloc((size_t)sc->choice_count + 1, 1);
  x->line_shown = calloc((size_t)sc->line_count + 1, 1);
  x->trigger_fired = calloc((size_t)sc->trigger_count + 1, 1);
  x->dead_end = calloc((size_t)sc->node_count + 1, sizeof(int));
  int most = 1;
  for (int i = 0; i < sc->node_count; i++)
    if (sc->nodes[i].choice_count > most) most = sc->nodes[i].choice_count;
  int *avail = malloc(sizeof(int) * (size_t)most);
  nst_stateset *set = nst_stateset_new(sc->var_count);
  int rc = -1;
  if (!x->node_reached || !x->choice_offered || !x->line_shown || !x->trigger_fired ||
      !x->dead_end || !avail || !set || sc->start < 0) goto done;

  int state[NST_MAX_VARS], after[NST_MAX_VARS];
  for (int v = 0; v < sc->var_count; v++) state[v] = sc->vars[v].init;
  if (nst_stateset_put(set, sc->start, state, NULL) < 0) goto done;

  x->complete = 1;
  for (size_t i = 0; i < nst_stateset_count(set); i++) {
    if (i >= max_states) { x->complete = 0; break; }
    int node = nst_stateset_get(set, i, state);
    const nst_node *n = &sc->nodes[node];
    x->node_reached[node] = 1;
    for (unsigned l = 0; l < n->line_count; l++) {
      const nst_line *ln = &sc->lines[n->line_first + l];
      if (x->line_shown[n->line_first + l]) continue;
      int h = nst_cond_eval(sc, &ln->when, state);
      if (h < 0) goto script_error;
      x->line_shown[n->line_first + l] = (unsigned char)h;
    }
    if (n->kind == NST_ENDING) continue;
    int k = nst_node_available(sc, node, state, avail);
    if (k < 0) goto script_error;
    if (k == 0) x->dead_end[node]++;
    for (int a = 0; a < k; a++) {
      const nst_choice *c = &sc->choices[avail[a]];
      x->choice_offered[avail[a]] = 1;
      int next = nst_choice_apply(sc, c, state, after);
      if (next == -1) goto script_error;
      if (next < 0) continue; /* a bad target is the loader's to report */
      if (step) step(ctx, avail[a], next);
      if (c->next_fn != NST_NONE || (c->next >= 0 && sc->nodes[c->next].kind == NST_DECISION)) {
        /* the first trigger that holds is the one that fires */
        for (int t = 0; t < sc->trigger_count; t++) {
          int h = nst_cond_eval(sc, &sc->triggers[t].when, after);
          if (h < 0) goto script_error;
          if (h) { x->trigger_fired[t] = 1; break; }
        }
      }
      if (nst_stateset_put(set, next, after, NULL) < 0) goto done;
    }
  }
  x->states = nst_stateset_count(set);
  rc = 0;
  goto done;
script_error:
  snprintf(x->error, sizeof x->error, "%s", nst_scenario_script_error(sc));
done:
  free(avail);
  nst_stateset_free(set);
  return rc;
}
