/* scenario.c: the scenario model's memory and look-ups. */
#include "scenario.h"

#include <stdlib.h>
#include <string.h>

/* A chain of blocks; allocations never move, so pointers into it are stable. */
struct nst_arena {
  struct nst_arena *next;
  size_t used, size;
  max_align_t data[];
};

enum { ARENA_BLOCK = 64 * 1024 };

nst_scenario *nst_scenario_new(void) {
  nst_scenario *sc = calloc(1, sizeof *sc);
  if (!sc) return NULL;
  sc->start = NST_NONE;
  sc->scale_min = -2;
  sc->scale_max = 3;
  return sc;
}

void nst_scenario_free(nst_scenario *sc) {
  if (!sc) return;
  if (sc->ops && sc->ops->release) sc->ops->release(sc->script);
  free(sc->cast); free(sc->triggers); free(sc->nodes); free(sc->choices);
  free(sc->lines); free(sc->clauses); free(sc->scores); free(sc->effects);
  free(sc->tests);
  free(sc->node_slots);
  for (nst_arena *a = sc->arena, *next; a; a = next) { next = a->next; free(a); }
  free(sc);
}

void *nst_scenario_alloc(nst_scenario *sc, size_t size) {
  size = (size + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
  nst_arena *a = sc->arena;
  if (!a || a->size - a->used < size) {
    size_t cap = size > ARENA_BLOCK ? size : ARENA_BLOCK;
    a = malloc(sizeof *a + cap);
    if (!a) { sc->out_of_memory = 1; return NULL; }
    a->size = cap;
    a->used = 0;
    /* a big one-off block goes behind the current one, so the current keeps filling */
    if (sc->arena && size > ARENA_BLOCK) {
      a->next = sc->arena->next;
      sc->arena->next = a;
    } else {
      a->next = sc->arena;
      sc->arena = a;
    }
  }
  void *p = (char *)a->data + a->used;
  a->used += size;
  return p;
}

const char *nst_scenario_strdup(nst_scenario *sc, const char *s, size_t len) {
  char *p = nst_scenario_alloc(sc, len + 1);
  if (!p) return NULL;
  memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

int nst_scenario_push(nst_scenario *sc, void **array, int *count, size_t elem) {
  int n = *count;
  /* capacity 4, 8, 16, ...: grow when the count reaches one of them */
  if (n == 0 || (n >= 4 && (n & (n - 1)) == 0)) {
    size_t cap = n ? (size_t)n * 2 : 4;
    void *p = realloc(*array, cap * elem);
    if (!p) { sc->out_of_memory = 1; return -1; }
    *array = p;
  }
  memset((char *)*array + (size_t)n * elem, 0, elem);
  *count = n + 1;
  return n;
}

static size_t id_hash(const char *s) {
  size_t h = 5381;
  for (; *s; s++) h = h * 33 ^ (unsigned char)*s;
  return h;
}

static void slot_put(uint32_t *slots, size_t n, const char *id, int i) {
  size_t j = id_hash(id) & (n - 1);
  while (slots[j]) j = (j + 1) & (n - 1);
  slots[j] = (uint32_t)i + 1;
}

int nst_scenario_node_index(nst_scenario *sc, int i) {
  if ((size_t)sc->node_count * 2 > sc->node_slot_count) {
    size_t n = sc->node_slot_count ? sc->node_slot_count * 2 : 64;
    while (n < (size_t)sc->node_count * 2) n *= 2;
    uint32_t *slots = calloc(n, sizeof *slots);
    if (!slots) return -1;
    for (int k = 0; k < sc->node_count; k++)
      if (k != i) slot_put(slots, n, sc->nodes[k].id, k);
    free(sc->node_slots);
    sc->node_slots = slots;
    sc->node_slot_count = n;
  }
  slot_put(sc->node_slots, sc->node_slot_count, sc->nodes[i].id, i);
  return 0;
}

int nst_scenario_node_find(const nst_scenario *sc, const char *id) {
  if (!sc->node_slots) return NST_NONE;
  size_t n = sc->node_slot_count, j = id_hash(id) & (n - 1);
  for (; sc->node_slots[j]; j = (j + 1) & (n - 1))
    if (strcmp(sc->nodes[sc->node_slots[j] - 1].id, id) == 0) return (int)sc->node_slots[j] - 1;
  return NST_NONE;
}

int nst_scenario_dim_find(const nst_scenario *sc, const char *id) {
  for (int i = 0; i < sc->dim_count; i++)
    if (strcmp(sc->dims[i].id, id) == 0) return i;
  return NST_NONE;
}

int nst_scenario_var_find(const nst_scenario *sc, const char *id) {
  for (int i = 0; i < sc->var_count; i++)
    if (strcmp(sc->vars[i].id, id) == 0) return i;
  return NST_NONE;
}

int nst_scenario_person_find(const nst_scenario *sc, const char *id) {
  for (int i = 0; i < sc->cast_count; i++)
    if (strcmp(sc->cast[i].id, id) == 0) return i;
  return NST_NONE;
}

static int clause_holds(const nst_clause *cl, const int *state) {
  int v = state[cl->var];
  switch (cl->op) {
  case NST_LT: return v < cl->value;
  case NST_LE: return v <= cl->value;
  case NST_GT: return v > cl->value;
  case NST_GE: return v >= cl->value;
  case NST_EQ: return v == cl->value;
  default: return v != cl->value;
  }
}

int nst_cond_eval(const nst_scenario *sc, const nst_cond *c, const int *state) {
  if (c->fn != NST_NONE) {
    int holds;
    if (sc->ops->cond(sc->script, c->fn, state, &holds) != 0) return -1;
    return holds;
  }
  const nst_clause *cl = c->count ? sc->clauses + c->first : NULL;   /* none: no arithmetic on NULL */
  for (unsigned i = 0; i < c->count; i++)
    if (!clause_holds(cl + i, state)) return 0;
  return 1;
}

const char *nst_op_name(nst_op op) {
  static const char *const names[] = { "<", "<=", ">", ">=", "==", "~=" };
  return names[op];
}

int nst_choice_score(const nst_scenario *sc, const nst_choice *c, int dim) {
  for (unsigned i = 0; i < c->score_count; i++)
    if (sc->scores[c->score_first + i].dim == dim) return sc->scores[c->score_first + i].value;
  return 0;
}

const char *nst_scenario_script_error(const nst_scenario *sc) {
  return sc->ops && sc->ops->error ? sc->ops->error(sc->script) : "script error";
}

int nst_node_available(const nst_scenario *sc, int node, const int *state, int *out) {
  const nst_node *n = &sc->nodes[node];
  int k = 0;
  for (unsigned i = 0; i < n->choice_count; i++) {
    const nst_choice *c = &sc->choices[n->choice_first + i];
    if (c->when.count || c->when.fn != NST_NONE) {
      int h = nst_cond_eval(sc, &c->when, state);
      if (h < 0) return -1;
      if (!h) continue;
    }
    out[k++] = (int)(n->choice_first + i);
  }
  return k;
}

static int clamp(const nst_var *v, int x) { return x < v->min ? v->min : x > v->max ? v->max : x; }

int nst_choice_apply(const nst_scenario *sc, const nst_choice *c, const int *state, int *after) {
  const int nv = sc->var_count;
  memcpy(after, state, sizeof(int) * (size_t)nv);
  /* a content move made outside the window of tolerance is held back */
  const nst_regulation *reg = NULL;
  if (c->content && sc->regulation.declared) {
    int h = nst_cond_eval(sc, &sc->regulation.when, state);
    if (h < 0) return -1;
    if (h) reg = &sc->regulation;
  }
#define HELD(v, d) (reg ? ((d) > reg->max[v] ? reg->max[v] : (d) < reg->min[v] ? reg->min[v] : (d)) : (d))
  if (c->effect_fn != NST_NONE) {
    int delta[NST_MAX_VARS] = { 0 };
    if (sc->ops->effect(sc->script, c->effect_fn, state, delta) != 0) return -1;
    for (int v = 0; v < nv; v++) after[v] = clamp(&sc->vars[v], after[v] + HELD(v, delta[v]));
  }
  /* a scenario without effects has no effects array: no pointer arithmetic on NULL */
  const nst_effect *ep = c->effect_count ? sc->effects + c->effect_first : NULL;
  for (unsigned i = 0; i < c->effect_count; i++) {
    int v = ep[i].var;
    after[v] = clamp(&sc->vars[v], ep[i].set ? ep[i].value : after[v] + HELD(v, ep[i].value));
  }
#undef HELD

  int32_t next = c->next;
  if (c->next_fn != NST_NONE && sc->ops->next(sc->script, c->next_fn, after, &next) != 0) return -1;
  if (next < 0 || next >= sc->node_count) return -2;
  if (sc->nodes[next].kind == NST_DECISION) {
    for (int t = 0; t < sc->trigger_count; t++) {
      int h = nst_cond_eval(sc, &sc->triggers[t].when, after);
      if (h < 0) return -1;
      if (h) return sc->triggers[t].next;
    }
  }
  return next;
}

const nst_role *nst_scenario_role(const nst_scenario *sc) {
  for (int i = 0; sc->role && i < sc->role_count; i++)
    if (!strcmp(sc->roles[i].id, sc->role)) return &sc->roles[i];
  return NULL;
}

const char *nst_scenario_role_label(const nst_scenario *sc, int english) {
  const nst_role *r = nst_scenario_role(sc);
  if (!r) return sc->role;
  return english && r->label_en ? r->label_en : r->label;
}
