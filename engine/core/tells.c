/* tells.c: surface strategies played through a session, and how length
 * lines up with the best response. */
#include "tells.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session.h"

/* A strategy that has not met an ending after this many decisions loops. */
enum { MAX_STEPS = 1000 };

static const char *const names[NST_TELL_COUNT] = {
  "longest", "shortest", "first", "last", "question", "no-question"
};

const char *nst_tell_name(nst_tell_strategy s) {
  return s >= 0 && s < NST_TELL_COUNT ? names[s] : "?";
}

int nst_text_words(const char *text) {
  int n = 0, in = 0, alnum = 0;
  if (!text) return 0;
  for (const unsigned char *p = (const unsigned char *)text;; p++) {
    int space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || !*p;
    if (!space) {
      in = 1;
      /* UTF-8: U+0080..U+00BF (C2 xx) and U+2000..U+203F (E2 80 xx) are
       * spaces, dashes, quotes and the like; other non-ASCII is a letter */
      if (*p == 0xC2 && p[1]) p++;
      else if (*p == 0xE2 && p[1] == 0x80 && p[2]) p += 2;
      else if (*p >= 0x80 || (*p >= '0' && *p <= '9') || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')) alnum = 1;
    } else {
      if (in && alnum) n++;
      in = alnum = 0;
      if (!*p) break;
    }
  }
  return n;
}

int nst_text_asks(const char *text) { return text && strchr(text, '?') != NULL; }

static int points(const nst_scenario *sc, const nst_choice *c) {
  int sum = 0;
  for (unsigned s = 0; s < c->score_count; s++) sum += sc->scores[c->score_first + s].value;
  return sum;
}

/* Index k among n offered responses that the strategy takes. */
static int pick(const nst_scenario *sc, nst_tell_strategy s, const int *offered, int n) {
  if (s == NST_TELL_FIRST) return 0;
  if (s == NST_TELL_LAST) return n - 1;
  int want_short = s == NST_TELL_SHORTEST, k = -1, kw = 0, any = 0;
  /* the question strategies: the longest of their kind, else the longest */
  for (int pass = 0; pass < 2 && k < 0; pass++)
    for (int i = 0; i < n; i++) {
      const char *text = sc->choices[offered[i]].text;
      if (pass == 0 && (s == NST_TELL_QUESTION || s == NST_TELL_NO_QUESTION) &&
          nst_text_asks(text) != (s == NST_TELL_QUESTION))
        continue;
      int w = nst_text_words(text);
      if (k < 0 || (want_short ? w < kw : w > kw)) { k = i; kw = w; }
      any = 1;
    }
  return any ? k : 0;
}

static void play(const nst_scenario *sc, nst_tell_strategy s, nst_tell_play *out) {
  nst_path *p = &out->path;
  p->ending = -1;
  nst_session *ses = nst_session_new(sc);
  if (!ses || nst_session_start(ses) != 0) {
    snprintf(out->error, sizeof out->error, "%s", ses ? nst_session_error(ses) : "out of memory");
    nst_session_free(ses);
    return;
  }
  while (!nst_session_ended(ses)) {
    int n = nst_session_available_count(ses);
    if (nst_session_decision_count(ses) >= MAX_STEPS) {
      snprintf(out->error, sizeof out->error, "it loops: no ending after %d decisions", MAX_STEPS);
      break;
    }
    if (n <= 0 || nst_session_choose(ses, pick(sc, s, nst_session_available(ses), n), -1) != 0) {
      snprintf(out->error, sizeof out->error, "%s", n <= 0 ? "no response on offer" : nst_session_error(ses));
      break;
    }
  }
  int len = nst_session_decision_count(ses);
  p->choice = malloc(sizeof *p->choice * (size_t)(len ? len : 1));
  if (!p->choice && !out->error[0]) snprintf(out->error, sizeof out->error, "out of memory");
  if (!out->error[0]) {
    p->len = len;
    for (int i = 0; i < len; i++) p->choice[i] = nst_session_decision(ses, i)->number;
    int raw[NST_MAX_DIMS];
    nst_session_totals(ses, p->earned, p->best, raw);
    if (!nst_session_overall(ses, &p->overall)) p->overall = 0;
    p->ending = nst_session_node(ses);
  }
  nst_session_free(ses);
}

static int by_value(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static double median(int *v, int n) {
  if (n == 0) return 0;
  qsort(v, (size_t)n, sizeof *v, by_value);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

/* Per decision node: is the best response the longest, the shortest; the
 * words of best and other responses for the medians. */
static int measure_lengths(const nst_scenario *sc, const unsigned char *offered, nst_tells *t) {
  int *best = malloc(sizeof(int) * ((size_t)sc->node_count + 1));
  int *other = malloc(sizeof(int) * ((size_t)sc->choice_count + 1));
  if (!best || !other) { free(best); free(other); return -1; }
  int nb = 0, no = 0;
  for (int i = 0; i < sc->node_count; i++) {
    const nst_node *nd = &sc->nodes[i];
    if (nd->kind != NST_DECISION) continue;
    int on = 0, top = 0, b = -1, most = 0, least = 0;
    for (unsigned k = 0; k < nd->choice_count; k++) {
      int c = (int)(nd->choice_first + k);
      if (!offered[c]) continue;
      int pts = points(sc, &sc->choices[c]), w = nst_text_words(sc->choices[c].text);
      if (b < 0 || pts > top) { b = c; top = pts; }
      if (!on || w > most) most = w;
      if (!on || w < least) least = w;
      on++;
    }
    if (on < 2) continue;
    t->decisions++;
    /* the best is the longest when every response with the most words is
     * a best one: a tie with a weaker response gives nothing away */
    int longest = 1, shortest = 1;
    for (unsigned k = 0; k < nd->choice_count; k++) {
      int c = (int)(nd->choice_first + k);
      if (!offered[c]) continue;
      int w = nst_text_words(sc->choices[c].text), is_best = points(sc, &sc->choices[c]) == top;
      if (w == most && !is_best) longest = 0;
      if (w == least && !is_best) shortest = 0;
      if (c == b) best[nb++] = w; else other[no++] = w;
    }
    if (most == least) longest = shortest = 0;
    t->best_longest += longest;
    t->best_shortest += shortest;
  }
  t->median_best = median(best, nb);
  t->median_other = median(other, no);
  t->best_words = best;
  t->other_words = other;
  t->best_count = nb;
  t->other_count = no;
  return 0;
}

int nst_tells_measure(const nst_scenario *sc, const unsigned char *offered, nst_tells *t) {
  memset(t, 0, sizeof *t);
  for (int s = 0; s < NST_TELL_COUNT; s++) t->plays[s].path.ending = -1;
  if (sc->start < 0) { snprintf(t->plays[0].error, sizeof t->plays[0].error, "the scenario has no start"); return -1; }
  unsigned char *all = NULL;
  if (!offered) {
    all = malloc((size_t)sc->choice_count + 1);
    if (!all) { snprintf(t->plays[0].error, sizeof t->plays[0].error, "out of memory"); return -1; }
    memset(all, 1, (size_t)sc->choice_count + 1);
    offered = all;
  }
  int rc = measure_lengths(sc, offered, t);
  free(all);
  if (rc != 0) { snprintf(t->plays[0].error, sizeof t->plays[0].error, "out of memory"); return -1; }
  for (int s = 0; s < NST_TELL_COUNT; s++) play(sc, (nst_tell_strategy)s, &t->plays[s]);
  return 0;
}

void nst_tells_free(nst_tells *t) {
  for (int s = 0; s < NST_TELL_COUNT; s++) free(t->plays[s].path.choice);
  free(t->best_words);
  free(t->other_words);
  memset(t, 0, sizeof *t);
}

int nst_tell_gives_away(const nst_scenario *sc, const nst_tell_play *p) {
  if (p->error[0] || p->path.ending < 0) return 0;
  const char *kind = sc->nodes[p->path.ending].ending_kind;
  return (kind && !strcmp(kind, "herstel")) || p->path.overall >= 0.5;
}
