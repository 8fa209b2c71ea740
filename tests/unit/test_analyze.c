/* The analysis checked against brute force: every choice sequence played
 * through the session API, with choose and undo, and counted one by one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

/* cmocka 1.1.5 (Debian 12) has no assert_double_equal */
#define assert_near(x, y) assert_true(fabs((x) - (y)) < 1e-12)

#include "analyze.h"
#include "loader.h"
#include "session.h"
#include "tells.h"
#include "check.h"

typedef struct {
  uint64_t paths, loops, ending_paths[256], dist[NST_SCORE_BUCKETS];
  double ending_min[256], ending_max[256], best, worst, max_score[NST_MAX_DIMS];
  int has_max[NST_MAX_DIMS], min_len, max_len;
} tally;

static nst_scenario *load(const char *path) {
  nst_findings f = { 0 };
  nst_scenario *sc = nst_load_scenario(path, NULL, &f);
  for (int i = 0; i < f.count; i++) fprintf(stderr, "%s:%d: %s\n", f.items[i].file, f.items[i].line, f.items[i].message);
  nst_findings_clear(&f);
  return sc;
}

static void finish(nst_session *s, int len, tally *t) {
  const nst_scenario *sc = nst_session_scenario(s);
  int ending = nst_session_node(s);
  double overall = 0;
  nst_session_overall(s, &overall);
  int earned[NST_MAX_DIMS], best[NST_MAX_DIMS];
  nst_session_totals(s, earned, best, NULL);
  long long E = 0, B = 0;
  for (int d = 0; d < sc->dim_count; d++) {
    E += earned[d];
    B += best[d];
    double v;
    if (nst_session_score(s, d, &v) && (!t->has_max[d] || v > t->max_score[d])) { t->max_score[d] = v; t->has_max[d] = 1; }
  }
  long long bucket = B > 0 && E > 0 ? 10 * E / B : 0;
  t->dist[bucket > 9 ? 9 : bucket]++;
  if (t->paths == 0 || overall > t->best) t->best = overall;
  if (t->paths == 0 || overall < t->worst) t->worst = overall;
  if (t->paths == 0 || len < t->min_len) t->min_len = len;
  if (len > t->max_len) t->max_len = len;
  if (!t->ending_paths[ending] || overall < t->ending_min[ending]) t->ending_min[ending] = overall;
  if (!t->ending_paths[ending] || overall > t->ending_max[ending]) t->ending_max[ending] = overall;
  t->ending_paths[ending]++;
  t->paths++;
}

static void brute(nst_session *s, int len, tally *t) {
  if (nst_session_ended(s)) { finish(s, len, t); return; }
  if (len >= NST_MAX_DEPTH) { t->loops++; return; }
  int n = nst_session_available_count(s);
  for (int k = 0; k < n; k++) {
    assert_int_equal(nst_session_choose(s, k, -1), 0);
    brute(s, len + 1, t);
    assert_int_equal(nst_session_undo(s), 0);
  }
}

/* Plays a path's choices and returns the session's pooled score. */
static double play(const nst_scenario *sc, const nst_path *p) {
  nst_session *s = nst_session_new(sc);
  assert_int_equal(nst_session_start(s), 0);
  for (int i = 0; i < p->len; i++) assert_int_equal(nst_session_choose(s, p->choice[i] - 1, -1), 0);
  assert_true(nst_session_ended(s));
  assert_int_equal(nst_session_node(s), p->ending);
  double v = 0;
  nst_session_overall(s, &v);
  nst_session_free(s);
  return v;
}

static void compare(const char *path) {
  nst_scenario *sc = load(path);
  assert_non_null(sc);
  assert_true(sc->node_count < 256);
  tally t;
  memset(&t, 0, sizeof t);
  nst_session *s = nst_session_new(sc);
  assert_int_equal(nst_session_start(s), 0);
  brute(s, 0, &t);
  nst_session_free(s);

  nst_analysis a;
  assert_int_equal(nst_analyze(sc, 1000000, &a), 0);
  assert_true(t.paths > 0);
  assert_true(a.paths == t.paths);
  assert_true(a.loops == t.loops);
  assert_false(a.overflow);
  assert_int_equal(a.min_decisions, t.min_len);
  assert_int_equal(a.max_decisions, t.max_len);
  for (int i = 0; i < sc->node_count; i++) {
    assert_true(a.ending_paths[i] == t.ending_paths[i]);
    if (!t.ending_paths[i]) continue;
    assert_near(a.ending_min[i], t.ending_min[i]);
    assert_near(a.ending_max[i], t.ending_max[i]);
  }
  for (int b = 0; b < NST_SCORE_BUCKETS; b++) assert_true(a.distribution[b] == t.dist[b]);
  for (int d = 0; d < sc->dim_count; d++) {
    assert_int_equal(a.has_max[d], t.has_max[d]);
    if (t.has_max[d]) assert_near(a.max_score[d], t.max_score[d]);
  }
  /* the named paths really play, and score what the analysis says */
  assert_near(a.best.overall, t.best);
  assert_near(a.worst.overall, t.worst);
  assert_near(play(sc, &a.best), t.best);
  assert_near(play(sc, &a.worst), t.worst);
  if (a.min_decisions_normal >= 0) {
    assert_int_equal(a.shortest_normal.len, a.min_decisions_normal);
    play(sc, &a.shortest_normal);
  }
  nst_analysis_free(&a);
  nst_scenario_free(sc);
}

static void test_fixtures(void **st) {
  (void)st;
  compare(TESTS_DIR "/fixtures/basic.lua");
}

/* regulation.lua loops freely among three responses: 4^64 paths and more
 * cut off, past what 64 bits count; the analysis says so. */
static void test_overflow(void **st) {
  (void)st;
  nst_scenario *sc = load(TESTS_DIR "/fixtures/regulation.lua");
  nst_analysis a;
  assert_int_equal(nst_analyze(sc, 1000000, &a), 0);
  assert_true(a.looped);
  assert_true(a.overflow);
  assert_true(a.paths == UINT64_MAX);
  assert_int_equal(a.min_decisions, 1);
  assert_int_equal(a.max_decisions, NST_MAX_DEPTH);
  nst_analysis_free(&a);
  nst_scenario_free(sc);
}

static void test_library(void **st) {
  (void)st;
  static const char *const names[] = {
    "aan-de-keukentafel-bij-pleegouders", "aan-tafel-bij-de-voogd", "de-sceptische-wijkcoach", "de-stapel-post",
    "een-eerlijk-nee", "het-gaat-goed", "ik-doe-het-zelf-wel", "intervisie-die-moeder", "jayden-meldt-zich",
    "ons-eigen-verhaal", "voor-het-eerste-logeerweekend", "weer-iemand-van-de-gemeente",
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    char path[1024];
    snprintf(path, sizeof path, "%s/../scenarios/nl/%s.lua", TESTS_DIR, names[i]);
    compare(path);
  }
}

/* A loop: 64 complete paths (stop after 1..64 decisions) and one cut. */
static void test_loop(void **st) {
  (void)st;
  compare(TESTS_DIR "/fixtures/loop.lua");
  nst_scenario *sc = load(TESTS_DIR "/fixtures/loop.lua");
  nst_analysis a;
  assert_int_equal(nst_analyze(sc, 1000000, &a), 0);
  assert_true(a.looped);
  assert_true(a.paths == NST_MAX_DEPTH);
  assert_true(a.loops == 1);
  nst_analysis_free(&a);
  nst_scenario_free(sc);
}

static void test_state_limit(void **st) {
  (void)st;
  nst_scenario *sc = load(TESTS_DIR "/fixtures/basic.lua");
  nst_analysis a;
  assert_int_equal(nst_analyze(sc, 3, &a), -1);
  assert_non_null(strstr(a.error, "more than 3 distinct states"));
  nst_analysis_free(&a);
  nst_scenario_free(sc);
}

/* Words as a listener counts them; punctuation and stage directions alone
 * are no words. */
static void test_words(void **st) {
  (void)st;
  assert_int_equal(nst_text_words("Wat is er gebeurd?"), 4);
  assert_int_equal(nst_text_words("*(je wacht even)*"), 3);
  assert_int_equal(nst_text_words("  Ja \u2014 ik   hoor je.\n"), 4);
  assert_int_equal(nst_text_words("Één, twee."), 2);
  assert_int_equal(nst_text_words("“Nee.” \u00ab \u2026"), 1);
  assert_int_equal(nst_text_words(""), 0);
  assert_int_equal(nst_text_words(NULL), 0);
  assert_true(nst_text_asks("Wat is er gebeurd?"));
  assert_false(nst_text_asks("*(je wacht even)*"));
}

/* tests/fixtures/tells.lua, worked out by hand (its comment says how). */
static void test_tells(void **st) {
  (void)st;
  nst_scenario *sc = load(TESTS_DIR "/fixtures/tells.lua");
  assert_non_null(sc);
  nst_tells t;
  nst_analysis a;
  assert_int_equal(nst_analyze(sc, 100000, &a), 0);
  assert_int_equal(nst_tells_measure(sc, a.choice_offered, &t), 0);
  nst_analysis_free(&a);
  assert_int_equal(t.decisions, 4);
  assert_int_equal(t.best_longest, 1);    /* c; in d the best ties with a weak one */
  assert_int_equal(t.best_shortest, 2);   /* a and b */
  assert_near(t.median_best, 6.5);        /* 3 4 9 19 */
  assert_near(t.median_other, 7);         /* 1 3 4 7 7 8 9 16 */
  static const struct { int choices[4]; const char *ending; double overall; int gives; } want[NST_TELL_COUNT] = {
    [NST_TELL_LONGEST] = { { 1, 1, 2, 1 }, "half", 6 / 16.0, 0 },
    [NST_TELL_SHORTEST] = { { 2, 2, 3, 3 }, "weg", 5 / 16.0, 0 },
    [NST_TELL_FIRST] = { { 1, 1, 1, 1 }, "half", 2 / 16.0, 0 },
    [NST_TELL_LAST] = { { 3, 3, 3, 3 }, "weg", -2 / 16.0, 0 },
    [NST_TELL_QUESTION] = { { 2, 1, 2, 2 }, "goed", 12 / 16.0, 1 },
    [NST_TELL_NO_QUESTION] = { { 1, 3, 2, 1 }, "half", 4 / 16.0, 0 },
  };
  for (int s = 0; s < NST_TELL_COUNT; s++) {
    const nst_tell_play *p = &t.plays[s];
    assert_string_equal(p->error, "");
    assert_int_equal(p->path.len, 4);
    for (int i = 0; i < 4; i++) assert_int_equal(p->path.choice[i], want[s].choices[i]);
    assert_string_equal(sc->nodes[p->path.ending].id, want[s].ending);
    assert_near(p->path.overall, want[s].overall);
    assert_int_equal(nst_tell_gives_away(sc, p), want[s].gives);
  }
  nst_tells_free(&t);
  /* validate says so, once, on the scenario's line */
  nst_findings f = { 0 };
  nst_check(sc, 100000, &f);
  int tells = 0;
  for (int i = 0; i < f.count; i++)
    if (!strcmp(f.items[i].code, "tell")) {
      tells++;
      assert_int_equal(f.items[i].line, sc->decl_line);
      assert_non_null(strstr(f.items[i].message, "(strategy \"question\") scores 75% and ends in \"goed\" (herstel)"));
    }
  assert_int_equal(tells, 1);
  nst_findings_clear(&f);
  nst_scenario_free(sc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_fixtures),
    cmocka_unit_test(test_overflow),
    cmocka_unit_test(test_library),
    cmocka_unit_test(test_loop),
    cmocka_unit_test(test_state_limit),
    cmocka_unit_test(test_words),
    cmocka_unit_test(test_tells),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
