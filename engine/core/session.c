/* session.c: the runtime. One decision costs a few hundred instructions on
 * declarative scenarios: no allocation on the way (the log grows by
 * doubling), no strings, no hashing. */
#include "session.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct nst_session {
  const nst_scenario *sc;
  int node, ended;
  int state[NST_MAX_VARS], init[NST_MAX_VARS];
  int *avail, navail;
  nst_decision *dec;
  int *vals;               /* per decision: earned[dims], best[dims], state[vars] */
  int ndec, capdec, stride;
  nst_decision *undone;
  int *undone_step, nundone, capundone;
  int earned_sum[NST_MAX_DIMS], best_sum[NST_MAX_DIMS], raw_sum[NST_MAX_DIMS];
  char err[512];
};

static int fail(nst_session *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(s->err, sizeof s->err, fmt, ap);
  va_end(ap);
  return -1;
}

nst_session *nst_session_new(const nst_scenario *sc) {
  nst_session *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->sc = sc;
  int most = 1;
  for (int i = 0; i < sc->node_count; i++)
    if (sc->nodes[i].choice_count > most) most = sc->nodes[i].choice_count;
  s->avail = malloc(sizeof(int) * (size_t)most);
  s->stride = 2 * sc->dim_count + sc->var_count;
  for (int v = 0; v < sc->var_count; v++) s->init[v] = sc->vars[v].init;
  if (!s->avail) { free(s); return NULL; }
  return s;
}

void nst_session_free(nst_session *s) {
  if (!s) return;
  free(s->avail); free(s->dec); free(s->vals); free(s->undone); free(s->undone_step);
  free(s);
}

static int compute_available(nst_session *s) {
  const nst_scenario *sc = s->sc;
  const nst_node *n = &sc->nodes[s->node];
  s->navail = 0;
  if (n->kind == NST_ENDING) { s->ended = 1; return 0; }
  int k = nst_node_available(sc, s->node, s->state, s->avail);
  if (k < 0) return fail(s, "%s", nst_scenario_script_error(sc));
  s->navail = k;
  if (k == 0)
    return fail(s, "%s:%d: node \"%s\": no response is available in this state",
                sc->path ? sc->path : "?", n->line, n->id);
  return 0;
}

int nst_session_start(nst_session *s) {
  const nst_scenario *sc = s->sc;
  s->ndec = s->nundone = 0;
  s->ended = 0;
  memcpy(s->state, s->init, sizeof s->state);
  memset(s->earned_sum, 0, sizeof s->earned_sum);
  memset(s->best_sum, 0, sizeof s->best_sum);
  memset(s->raw_sum, 0, sizeof s->raw_sum);
  if (sc->start < 0 || sc->start >= sc->node_count) return fail(s, "scenario has no start node");
  s->node = sc->start;
  return compute_available(s);
}

const nst_scenario *nst_session_scenario(const nst_session *s) { return s->sc; }
int nst_session_node(const nst_session *s) { return s->node; }
int nst_session_ended(const nst_session *s) { return s->ended; }
const int *nst_session_state(const nst_session *s) { return s->state; }
int nst_session_available_count(const nst_session *s) { return s->navail; }
const int *nst_session_available(const nst_session *s) { return s->avail; }
const char *nst_session_error(const nst_session *s) { return s->err; }

int nst_session_line(nst_session *s, int i, int *speaker, const char **text, size_t *len) {
  const nst_scenario *sc = s->sc;
  const nst_node *n = &sc->nodes[s->node];
  if (i < 0 || i >= n->line_count) return fail(s, "no line %d", i);
  const nst_line *l = &sc->lines[n->line_first + (unsigned)i];
  if (l->when.count || l->when.fn != NST_NONE) {
    int h = nst_cond_eval(sc, &l->when, s->state);
    if (h < 0) return fail(s, "%s", nst_scenario_script_error(sc));
    if (!h) return 0;
  }
  *speaker = l->speaker;
  if (l->text_fn != NST_NONE) {
    if (sc->ops->text(sc->script, l->text_fn, s->state, text, len) != 0)
      return fail(s, "%s", nst_scenario_script_error(sc));
  } else {
    *text = l->text;
    *len = l->len;
  }
  return 1;
}

static int grow_log(nst_session *s) {
  if (s->ndec < s->capdec) return 0;
  int cap = s->capdec ? s->capdec * 2 : 32;
  nst_decision *d = realloc(s->dec, sizeof *d * (size_t)cap);
  if (!d) return -1;
  s->dec = d;
  int *v = realloc(s->vals, sizeof(int) * (size_t)cap * (size_t)(s->stride ? s->stride : 1));
  if (!v) return -1;
  s->vals = v;
  s->capdec = cap;
  return 0;
}

int nst_session_choose(nst_session *s, int k, int millis) {
  const nst_scenario *sc = s->sc;
  if (s->ended) return fail(s, "the conversation has ended");
  if (k < 0 || k >= s->navail)
    return fail(s, "response %d is not available: choose 1 to %d", k + 1, s->navail);
  if (grow_log(s) != 0) return fail(s, "out of memory");

  const int nd = sc->dim_count, nv = sc->var_count;
  int *row = s->vals + (size_t)s->ndec * (size_t)s->stride;
  int *earned = row, *best = row + nd, *after = row + 2 * nd;
  memset(row, 0, sizeof(int) * (size_t)(2 * nd));

  for (int a = 0; a < s->navail; a++) {
    const nst_choice *c = &sc->choices[s->avail[a]];
    const nst_score *sp = c->score_count ? sc->scores + c->score_first : NULL;   /* none: no arithmetic on NULL */
    for (unsigned i = 0; i < c->score_count; i++)
      if (sp[i].value > best[sp[i].dim]) best[sp[i].dim] = sp[i].value;
  }
  const nst_choice *c = &sc->choices[s->avail[k]];
  const nst_score *sp = c->score_count ? sc->scores + c->score_first : NULL;
  for (unsigned i = 0; i < c->score_count; i++) earned[sp[i].dim] = sp[i].value;

  int next = nst_choice_apply(sc, c, s->state, after);
  if (next == -1) return fail(s, "%s", nst_scenario_script_error(sc));
  if (next < 0) return fail(s, "%s:%d: response leads nowhere", sc->path ? sc->path : "?", c->line);

  nst_decision *d = &s->dec[s->ndec++];
  d->node = s->node;
  d->choice = s->avail[k];
  d->number = k + 1;
  d->available = s->navail;
  d->millis = millis;
  for (int i = 0; i < nd; i++) {
    if (best[i] > 0) { s->earned_sum[i] += earned[i]; s->best_sum[i] += best[i]; }
    s->raw_sum[i] += earned[i];
  }
  memcpy(s->state, after, sizeof(int) * (size_t)nv);
  s->node = next;
  return compute_available(s);
}

int nst_session_undo(nst_session *s) {
  if (s->ndec == 0) return fail(s, "there is no decision to take back");
  if (s->nundone == s->capundone) {
    int cap = s->capundone ? s->capundone * 2 : 8;
    nst_decision *u = realloc(s->undone, sizeof *u * (size_t)cap);
    if (!u) return fail(s, "out of memory");
    s->undone = u;
    int *st = realloc(s->undone_step, sizeof(int) * (size_t)cap);
    if (!st) return fail(s, "out of memory");
    s->undone_step = st;
    s->capundone = cap;
  }
  const nst_scenario *sc = s->sc;
  int last = s->ndec - 1;
  s->undone[s->nundone] = s->dec[last];
  s->undone_step[s->nundone++] = last;
  const int *earned = nst_session_decision_earned(s, last), *best = nst_session_decision_best(s, last);
  for (int i = 0; i < sc->dim_count; i++) {
    if (best[i] > 0) { s->earned_sum[i] -= earned[i]; s->best_sum[i] -= best[i]; }
    s->raw_sum[i] -= earned[i];
  }
  memcpy(s->state, nst_session_state_before(s, last), sizeof(int) * (size_t)sc->var_count);
  s->node = s->dec[last].node;
  s->ndec = last;
  s->ended = 0;
  return compute_available(s);
}

int nst_session_decision_count(const nst_session *s) { return s->ndec; }
const nst_decision *nst_session_decision(const nst_session *s, int i) { return &s->dec[i]; }
const int *nst_session_decision_earned(const nst_session *s, int i) {
  return s->vals + (size_t)i * (size_t)s->stride;
}
const int *nst_session_decision_best(const nst_session *s, int i) {
  return s->vals + (size_t)i * (size_t)s->stride + s->sc->dim_count;
}
const int *nst_session_decision_state(const nst_session *s, int i) {
  return s->vals + (size_t)i * (size_t)s->stride + 2 * s->sc->dim_count;
}
const int *nst_session_state_before(const nst_session *s, int i) {
  return i == 0 ? s->init : nst_session_decision_state(s, i - 1);
}
int nst_session_undone_count(const nst_session *s) { return s->nundone; }
const nst_decision *nst_session_undone(const nst_session *s, int i) { return &s->undone[i]; }
int nst_session_undone_step(const nst_session *s, int i) { return s->undone_step[i]; }

void nst_session_totals(const nst_session *s, int *earned, int *best, int *raw) {
  int nd = s->sc->dim_count;
  if (earned) memcpy(earned, s->earned_sum, sizeof(int) * (size_t)nd);
  if (best) memcpy(best, s->best_sum, sizeof(int) * (size_t)nd);
  if (raw) memcpy(raw, s->raw_sum, sizeof(int) * (size_t)nd);
}

int nst_session_score(const nst_session *s, int dim, double *score) {
  if (s->best_sum[dim] <= 0) return 0;
  *score = (double)s->earned_sum[dim] / s->best_sum[dim];
  return 1;
}

int nst_session_overall(const nst_session *s, double *score) {
  long e = 0, b = 0;
  for (int i = 0; i < s->sc->dim_count; i++) { e += s->earned_sum[i]; b += s->best_sum[i]; }
  if (b <= 0) return 0;
  *score = (double)e / (double)b;
  return 1;
}
