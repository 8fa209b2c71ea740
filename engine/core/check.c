/* check.c: findings, and the whole-scenario checks behind naast validate. */
#include "check.h"
#include "explore.h"
#include "tells.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void nst_findings_add(nst_findings *f, nst_severity sev, int line, const char *code,
                      const char *fmt, ...) {
  if (f->count == f->cap) {
    int cap = f->cap ? f->cap * 2 : 16;
    nst_finding *p = realloc(f->items, sizeof *p * (size_t)cap);
    if (!p) return;
    f->items = p;
    f->cap = cap;
  }
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  char *msg = strdup(buf), *file = strdup(f->file ? f->file : "?");
  if (!msg || !file) { free(msg); free(file); return; }
  f->items[f->count++] = (nst_finding){ sev, file, line, code, msg };
  if (sev == NST_ERROR) f->errors++; else f->warnings++;
}

void nst_findings_clear(nst_findings *f) {
  for (int i = 0; i < f->count; i++) { free(f->items[i].message); free(f->items[i].file); }
  free(f->items);
  memset(f, 0, sizeof *f);
}

static int by_line(const void *a, const void *b) {
  const nst_finding *x = a, *y = b;
  if (x->line != y->line) return x->line < y->line ? -1 : 1;
  if (x->severity != y->severity) return x->severity < y->severity ? -1 : 1;
  return x < y ? -1 : x > y;
}

void nst_findings_sort(nst_findings *f) {
  if (f->count > 1) qsort(f->items, (size_t)f->count, sizeof *f->items, by_line);
}

/* Reachability on the map alone (conditions ignored), for when exploring
 * the states would take too long. A target chosen by a function is unknown,
 * so everything counts as reachable then. */
static void map_reach(const nst_scenario *sc, unsigned char *reached) {
  int *stack = malloc(sizeof(int) * ((size_t)sc->node_count + 1));
  if (!stack) { memset(reached, 1, (size_t)sc->node_count); return; }
  int top = 0;
  reached[sc->start] = 1;
  stack[top++] = sc->start;
  while (top) {
    const nst_node *n = &sc->nodes[stack[--top]];
    if (n->kind == NST_ENDING) continue;
    for (unsigned i = 0; i < n->choice_count; i++) {
      const nst_choice *c = &sc->choices[n->choice_first + i];
      if (c->next_fn != NST_NONE) { memset(reached, 1, (size_t)sc->node_count); free(stack); return; }
      if (c->next >= 0 && !reached[c->next]) { reached[c->next] = 1; stack[top++] = c->next; }
    }
    for (int t = 0; t < sc->trigger_count; t++) {
      int to = sc->triggers[t].next;
      if (to >= 0 && !reached[to]) { reached[to] = 1; stack[top++] = to; }
    }
  }
  free(stack);
}

/* Reachability, dead ends and conditions that never hold; 0 with x kept
 * for the tells, or -1 when exploring failed (said, x freed). */
static int check_reach(const nst_scenario *sc, size_t max_states, nst_findings *out, nst_exploration *xp) {
  nst_exploration x;
  if (nst_explore(sc, max_states, &x) != 0) {
    if (x.error[0]) nst_findings_add(out, NST_ERROR, 0, "script-error", "%s", x.error);
    else nst_findings_add(out, NST_ERROR, 0, "no-memory", "out of memory while exploring");
    nst_exploration_free(&x);
    return -1;
  }
  if (!x.complete) {
    nst_findings_add(out, NST_WARNING, sc->decl_line, "too-many-states",
                     "more than %zu reachable states: reachability checked on the map only, "
                     "conditions not checked", max_states);
    memset(x.node_reached, 0, (size_t)sc->node_count);
    map_reach(sc, x.node_reached);
  }
  for (int i = 0; i < sc->node_count; i++) {
    const nst_node *n = &sc->nodes[i];
    if (!x.node_reached[i]) {
      if (n->kind == NST_ENDING)
        nst_findings_add(out, NST_ERROR, n->line, "unreachable-ending",
                         "ending \"%s\" can never be reached", n->id);
      else
        nst_findings_add(out, NST_WARNING, n->line, "unreachable-node",
                         "node \"%s\" can never be reached", n->id);
      continue;
    }
    if (!x.complete) continue;
    if (x.dead_end[i])
      nst_findings_add(out, NST_ERROR, n->line, "no-way-forward",
                       "node \"%s\" has no way forward: in %d reachable state%s no response is available",
                       n->id, x.dead_end[i], x.dead_end[i] == 1 ? "" : "s");
    for (unsigned k = 0; k < n->choice_count; k++) {
      const nst_choice *c = &sc->choices[n->choice_first + k];
      if ((c->when.count || c->when.fn != NST_NONE) && !x.choice_offered[n->choice_first + k])
        nst_findings_add(out, NST_WARNING, c->line, "condition-never-holds",
                         "response %u of node \"%s\": its condition holds in no reachable state",
                         k + 1, n->id);
    }
    for (unsigned l = 0; l < n->line_count; l++) {
      const nst_line *ln = &sc->lines[n->line_first + l];
      if ((ln->when.count || ln->when.fn != NST_NONE) && !x.line_shown[n->line_first + l])
        nst_findings_add(out, NST_WARNING, n->line, "condition-never-holds",
                         "line %u of node \"%s\": its condition holds in no reachable state",
                         l + 1, n->id);
    }
  }
  if (x.complete)
    for (int t = 0; t < sc->trigger_count; t++)
      if (!x.trigger_fired[t])
        nst_findings_add(out, NST_WARNING, sc->triggers[t].line, "condition-never-holds",
                         "trigger %d: its condition holds in no reachable state", t + 1);
  *xp = x;
  return 0;
}

static int same_scores(const nst_scenario *sc, const nst_node *n) {
  const nst_choice *first = &sc->choices[n->choice_first];
  for (unsigned k = 1; k < n->choice_count; k++)
    for (int d = 0; d < sc->dim_count; d++)
      if (nst_choice_score(sc, &sc->choices[n->choice_first + k], d) != nst_choice_score(sc, first, d))
        return 0;
  return 1;
}

static size_t chars(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) n += (s[i] & 0xC0) != 0x80;
  return n;
}

/* Text that would not fit the conversation screen at the default size. */
static void check_fit(const nst_scenario *sc, nst_findings *out) {
  for (int i = 0; i < sc->node_count; i++) {
    const nst_node *n = &sc->nodes[i];
    if (n->kind != NST_DECISION) continue;
    for (unsigned l = 0; l < n->line_count; l++) {
      const nst_line *ln = &sc->lines[n->line_first + l];
      size_t c = ln->text ? chars(ln->text, ln->len) : 0;
      if (c > NST_FIT_LINE)
        nst_findings_add(out, NST_WARNING, n->line, "text-too-long",
                         "line %u of node \"%s\" has %zu characters; the window shows %d at the default size: "
                         "split it over several lines", l + 1, n->id, c, NST_FIT_LINE);
    }
    size_t total = 0;
    for (unsigned k = 0; k < n->choice_count; k++) {
      const nst_choice *ch = &sc->choices[n->choice_first + k];
      total += ch->text ? chars(ch->text, strlen(ch->text)) : 0;
    }
    if (total > NST_FIT_RESPONSES)
      nst_findings_add(out, NST_WARNING, n->line, "text-too-long",
                       "the responses of node \"%s\" have %zu characters together; the window shows %d at the "
                       "default size: make them shorter", n->id, total, NST_FIT_RESPONSES);
  }
}

static void check_teaching(const nst_scenario *sc, nst_findings *out) {
  uint16_t tagged = 0, scored_dims = 0;
  for (int i = 0; i < sc->node_count; i++) {
    const nst_node *n = &sc->nodes[i];
    if (n->kind != NST_DECISION || n->choice_count == 0) continue;
    if (same_scores(sc, n))
      nst_findings_add(out, NST_WARNING, n->line, "same-scores",
                       "the responses of node \"%s\" all score the same: nothing to learn", n->id);
    for (unsigned k = 0; k < n->choice_count; k++) {
      const nst_choice *c = &sc->choices[n->choice_first + k];
      tagged |= c->lessons;
      for (unsigned s = 0; s < c->score_count; s++)
        if (sc->scores[c->score_first + s].value > 0) scored_dims |= (uint16_t)(1u << sc->scores[c->score_first + s].dim);
      if (!c->feedback || !c->feedback[0])
        nst_findings_add(out, NST_WARNING, c->line, "no-feedback",
                         "response %u of node \"%s\" has no feedback", k + 1, n->id);
    }
  }
  for (int l = 1; l <= NST_LESSONS; l++) {
    if (!(sc->lessons & (1u << l))) continue;
    if (!(tagged & (1u << l)))
      nst_findings_add(out, NST_WARNING, sc->decl_line, "lesson-not-trained",
                       "lesson %d is listed, but no response is tagged with it", l);
    int drawn = 0, scored = 0;
    for (int d = 0; d < sc->dim_count; d++)
      if (sc->dims[d].lessons & (1u << l)) { drawn = 1; if (scored_dims & (1u << d)) scored = 1; }
    if (drawn && !scored)
      nst_findings_add(out, NST_WARNING, sc->decl_line, "dimension-not-scored",
                       "lesson %d is listed, but no response scores on a dimension that draws on it", l);
  }
}

/* A scenario that gives its best response away by length or form teaches
 * nothing: a group sees the pattern after two decisions. */
static void check_tells(const nst_scenario *sc, const nst_exploration *x, nst_findings *out) {
  static const char *const what[NST_TELL_COUNT] = {
    "the longest response", "the shortest response", "the first response", "the last response",
    "a response that asks a question", "a response that asks no question"
  };
  nst_tells t;
  /* an incomplete exploration does not know what is on offer: count all */
  if (nst_tells_measure(sc, x->complete ? x->choice_offered : NULL, &t) != 0) {
    nst_findings_add(out, NST_ERROR, 0, "no-memory", "%s", t.plays[0].error);
    nst_tells_free(&t);
    return;
  }
  for (int s = 0; s < NST_TELL_COUNT; s++) {
    const nst_tell_play *p = &t.plays[s];
    if (!nst_tell_gives_away(sc, p)) continue;
    const nst_node *end = &sc->nodes[p->path.ending];
    nst_findings_add(out, NST_WARNING, sc->decl_line, "tell",
                     "tells: always taking %s (strategy \"%s\") scores %.0f%% and ends in \"%s\" (%s): "
                     "form gives the best response away, not attitude",
                     what[s], nst_tell_name((nst_tell_strategy)s), p->path.overall * 100, end->id, end->ending_kind ? end->ending_kind : "?");
  }
  if (t.decisions > 0 && t.best_longest * 100 > NST_TELL_MAX_LONGEST * t.decisions)
    nst_findings_add(out, NST_WARNING, sc->decl_line, "tell-length",
                     "tells: the best response is also the longest in %d of %d decisions (more than %d%%); "
                     "median words: best %.0f, others %.0f", t.best_longest, t.decisions, NST_TELL_MAX_LONGEST,
                     t.median_best, t.median_other);
  nst_tells_free(&t);
}

void nst_check(const nst_scenario *sc, size_t max_states, nst_findings *out) {
  if (sc->start < 0 || sc->node_count == 0) return;
  out->file = sc->path;
  nst_exploration x;
  int explored = check_reach(sc, max_states, out, &x) == 0;
  check_teaching(sc, out);
  check_fit(sc, out);
  if (explored) {
    check_tells(sc, &x, out);
    nst_exploration_free(&x);
  }
}
