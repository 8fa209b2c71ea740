/* Unit tests of the core, the loader and the record, on tests/fixtures/. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "check.h"
#include "explore.h"
#include "loader.h"
#include "prescan.h"
#include "record.h"
#include "session.h"

static nst_scenario *load(const char *name) {
  char path[512];
  snprintf(path, sizeof path, "%s/fixtures/%s", TESTS_DIR, name);
  nst_findings f = { 0 };
  nst_scenario *sc = nst_load_scenario(path, NULL, &f);
  for (int i = 0; i < f.count; i++) fprintf(stderr, "%s:%d: %s\n", f.items[i].file, f.items[i].line, f.items[i].message);
  nst_findings_clear(&f);
  return sc;
}

static int var(const nst_scenario *sc, const char *id) { return nst_scenario_var_find(sc, id); }
static int dim(const nst_scenario *sc, const char *id) { return nst_scenario_dim_find(sc, id); }

static void test_model(void **st) {
  (void)st;
  nst_scenario *sc = load("basic.lua");
  assert_non_null(sc);
  assert_string_equal(sc->id, "basic");
  assert_int_equal(sc->var_count, 4);
  /* the brief's meters first, then the rest by name */
  assert_string_equal(sc->vars[0].id, "spanning");
  assert_string_equal(sc->vars[1].id, "vertrouwen");
  assert_string_equal(sc->vars[2].id, "regie");
  assert_string_equal(sc->vars[3].id, "belofte");
  assert_true(sc->vars[3].hidden);
  assert_int_equal(sc->dim_count, 3);
  assert_int_equal(sc->main_lesson, 1);
  assert_int_equal(sc->node_count, 7);
  assert_int_equal(sc->nodes[nst_scenario_node_find(sc, "weg")].kind, NST_ENDING);
  assert_string_equal(sc->choices[3].id, "b-eerlijk");
  assert_string_equal(sc->choices[0].id, "a.1");
  assert_int_equal(sc->test_count, 1);
  nst_scenario_free(sc);
}

static void test_scoring_is_relative(void **st) {
  (void)st;
  nst_scenario *sc = load("basic.lua");
  nst_session *s = nst_session_new(sc);
  assert_int_equal(nst_session_start(s), 0);
  assert_int_equal(nst_session_available_count(s), 2); /* the third needs vertrouwen >= 5 */
  for (int i = 0; i < 3; i++) assert_int_equal(nst_session_choose(s, 0, 1000), 0);
  assert_true(nst_session_ended(s));
  assert_string_equal(sc->nodes[nst_session_node(s)].id, "goed");
  int earned[NST_MAX_DIMS], best[NST_MAX_DIMS], raw[NST_MAX_DIMS];
  nst_session_totals(s, earned, best, raw);
  assert_int_equal(earned[dim(sc, "regie")], 4);
  assert_int_equal(best[dim(sc, "regie")], 6);
  double v;
  assert_int_equal(nst_session_score(s, dim(sc, "erkenning"), &v), 1);
  assert_true(v == 1.0);
  assert_int_equal(nst_session_overall(s, &v), 1);
  assert_true(v > 0.833 && v < 0.834);
  /* the best at decision 2 counted the response a condition let through */
  assert_int_equal(nst_session_decision_best(s, 1)[dim(sc, "regie")], 2);
  assert_int_equal(nst_session_state(s)[var(sc, "belofte")], 1);
  nst_session_free(s);
  nst_scenario_free(sc);
}

static void test_trigger_and_clamp(void **st) {
  (void)st;
  nst_scenario *sc = load("basic.lua");
  nst_session *s = nst_session_new(sc);
  nst_session_start(s);
  assert_int_equal(nst_session_choose(s, 1, -1), 0);   /* spanning 5 + 3 = 8 */
  assert_int_equal(nst_session_state(s)[var(sc, "spanning")], 8);
  assert_int_equal(nst_session_choose(s, 1, -1), 0);   /* effects function: +5 -> clamped 10 -> trigger */
  assert_int_equal(nst_session_state(s)[var(sc, "spanning")], 10);
  assert_true(nst_session_ended(s));
  assert_string_equal(sc->nodes[nst_session_node(s)].id, "weg");
  double v;
  assert_int_equal(nst_session_score(s, dim(sc, "erkenning"), &v), 1);
  assert_true(v < -0.33 && v > -0.34);     /* -1 of 3: below zero, still counted */
  assert_int_equal(nst_session_score(s, dim(sc, "transparantie"), &v), 1);
  nst_session_free(s);
  nst_scenario_free(sc);
}

static void test_next_function_and_lines(void **st) {
  (void)st;
  nst_scenario *sc = load("basic.lua");
  nst_session *s = nst_session_new(sc);
  nst_session_start(s);
  int sp;
  const char *text;
  size_t len;
  assert_int_equal(nst_session_line(s, 0, &sp, &text, &len), 1);
  assert_int_equal(sp, NST_NARRATOR);
  assert_int_equal(nst_session_line(s, 2, &sp, &text, &len), 0);  /* hidden by its condition */
  nst_session_choose(s, 1, -1);                       /* weak: vertrouwen stays 2 */
  assert_int_equal(nst_session_line(s, 0, &sp, &text, &len), 1);
  assert_memory_equal(text, "Spanning is 8.", len);
  nst_session_choose(s, 0, -1);                       /* next function: vertrouwen < 5 -> d */
  assert_string_equal(sc->nodes[nst_session_node(s)].id, "d");
  nst_session_free(s);
  nst_scenario_free(sc);
}

static void test_undo(void **st) {
  (void)st;
  nst_scenario *sc = load("basic.lua");
  nst_session *s = nst_session_new(sc);
  nst_session_start(s);
  assert_int_equal(nst_session_undo(s), -1);
  nst_session_choose(s, 1, -1);
  nst_session_choose(s, 1, -1);
  assert_true(nst_session_ended(s));
  assert_int_equal(nst_session_undo(s), 0);
  assert_false(nst_session_ended(s));
  assert_int_equal(nst_session_decision_count(s), 1);
  assert_int_equal(nst_session_state(s)[var(sc, "spanning")], 8);
  assert_int_equal(nst_session_undone_count(s), 1);
  assert_int_equal(nst_session_undone_step(s, 0), 1);
  int earned[NST_MAX_DIMS], best[NST_MAX_DIMS];
  nst_session_totals(s, earned, best, NULL);
  assert_int_equal(best[dim(sc, "transparantie")], 0);
  nst_session_free(s);
  nst_scenario_free(sc);
}

static void test_bad_choice(void **st) {
  (void)st;
  nst_scenario *sc = load("basic.lua");
  nst_session *s = nst_session_new(sc);
  nst_session_start(s);
  assert_int_equal(nst_session_choose(s, 2, -1), -1);
  assert_non_null(strstr(nst_session_error(s), "choose 1 to 2"));
  assert_int_equal(nst_session_decision_count(s), 0);
  nst_session_free(s);
  nst_scenario_free(sc);
}

static void test_explore_and_check(void **st) {
  (void)st;
  nst_scenario *sc = load("basic.lua");
  nst_exploration x;
  assert_int_equal(nst_explore(sc, 100000, &x), 0);
  assert_true(x.complete);
  for (int i = 0; i < sc->node_count; i++) assert_true(x.node_reached[i]);
  assert_false(x.choice_offered[2]);   /* "Verborgen": vertrouwen is 2 at node a */
  nst_exploration_free(&x);
  nst_findings f = { 0 };
  nst_check(sc, 100000, &f);
  assert_int_equal(f.errors, 0);
  /* two conditions that never hold; the rest is the tells check (its own test) */
  int tells = 0;
  for (int i = 0; i < f.count; i++) tells += !strncmp(f.items[i].code, "tell", 4);
  assert_int_equal(f.warnings - tells, 2);
  nst_findings_clear(&f);
  nst_scenario_free(sc);
}

/* basic.lua as a Windows editor saves it: a byte order mark and CRLF. */
static void test_windows_file(void **st) {
  (void)st;
  char src[512], dst[] = "/tmp/naast-test-windows-XXXXXX";
  snprintf(src, sizeof src, "%s/fixtures/basic.lua", TESTS_DIR);
  FILE *in = fopen(src, "rb");
  int fd = mkstemp(dst);
  assert_non_null(in);
  assert_true(fd >= 0);
  FILE *out = fdopen(fd, "wb");
  fputs("\xef\xbb\xbf", out);
  for (int ch; (ch = fgetc(in)) != EOF;) {
    if (ch == '\n') fputc('\r', out);
    fputc(ch, out);
  }
  fclose(in);
  fclose(out);
  nst_findings f = { 0 };
  nst_load_options opt = nst_load_defaults();
  char rubric[512];
  snprintf(rubric, sizeof rubric, "%s/rubric.lua", TESTS_DIR);
  opt.rubric = rubric;
  nst_scenario *sc = nst_load_scenario(dst, &opt, &f);
  remove(dst);
  assert_int_equal(f.errors, 0);
  assert_non_null(sc);
  assert_string_equal(sc->id, "basic");
  assert_int_equal(sc->nodes[0].line, 24);   /* CRLF counts as one line end */
  assert_string_equal(sc->nodes[nst_scenario_node_find(sc, "goed")].text, "Het ging *goed*.");
  nst_findings_clear(&f);
  nst_scenario_free(sc);
}

/* A content response is held back while the regulation's condition holds
 * on the state it is given in, and has its full effect otherwise. */
static void test_regulation(void **st) {
  (void)st;
  nst_scenario *sc = load("regulation.lua");
  assert_non_null(sc);
  nst_session *s = nst_session_new(sc);
  nst_session_start(s);
  int sp = var(sc, "spanning"), vt = var(sc, "vertrouwen"), rg = var(sc, "regie");
  assert_int_equal(nst_session_choose(s, 0, -1), 0);           /* tense: 8 */
  assert_int_equal(nst_session_state(s)[sp], 8);               /* no fall */
  assert_int_equal(nst_session_state(s)[vt], 2);               /* no rise */
  assert_int_equal(nst_session_state(s)[rg], 4);               /* +2 capped at +1 */
  assert_int_equal(nst_session_choose(s, 2, -1), 0);           /* a function's deltas too */
  assert_int_equal(nst_session_state(s)[vt], 2);
  assert_int_equal(nst_session_choose(s, 1, -1), 0);           /* not content: 8 - 2 */
  assert_int_equal(nst_session_state(s)[sp], 6);
  assert_int_equal(nst_session_choose(s, 0, -1), 0);           /* calm: full effect */
  assert_int_equal(nst_session_state(s)[sp], 5);
  assert_int_equal(nst_session_state(s)[vt], 4);
  assert_int_equal(nst_session_state(s)[rg], 6);
  nst_session_free(s);
  nst_scenario_free(sc);
}

static void test_prescan(void **st) {
  (void)st;
  char msg[200], src[600];
  size_t len = (size_t)snprintf(src, sizeof src, "a = 1\r\nb = '\xff'\n");
  assert_int_equal(nst_prescan(src, &len, msg, sizeof msg), 2);
  assert_non_null(strstr(msg, "UTF-8"));
  memset(src, '{', 150);
  len = 150;
  assert_int_equal(nst_prescan(src, &len, msg, sizeof msg), 1);
  assert_non_null(strstr(msg, "nesting"));
  len = (size_t)snprintf(src, sizeof src, "-- {{{{{\nx = '((((('\ny = [[ {{{ ]]\n");
  assert_int_equal(nst_prescan(src, &len, msg, sizeof msg), 0);
}

static void test_record_roundtrip(void **st) {
  (void)st;
  nst_scenario *sc = load("basic.lua");
  nst_session *s = nst_session_new(sc);
  nst_session_start(s);
  nst_session_choose(s, 0, 1500);
  nst_session_choose(s, 0, 2500);
  nst_record_meta m = { .trainee = "T", .mode = "training", .lang = "nl", .started = 1700000000 };
  char path[] = "/tmp/naast-test-record-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  char err[512];
  assert_int_equal(nst_record_save(path, s, &m, err, sizeof err), 0);
  nst_record *r = nst_record_load(path, err, sizeof err);
  assert_non_null(r);
  assert_int_equal(r->count, 2);
  assert_string_equal(r->choice_ids[1], "b-eerlijk");
  assert_int_equal(r->millis[1], 2500);
  assert_int_equal(r->started, 1700000000);
  assert_true(r->ended < 0);
  /* replay gives the same session, byte for byte */
  nst_session *s2 = nst_session_new(sc);
  nst_session_start(s2);
  assert_int_equal(nst_record_replay(r, s2, -1, err, sizeof err), 0);
  char *a = nst_record_json(s, &m), *b = nst_record_json(s2, &m);
  assert_string_equal(a, b);
  free(a); free(b);
  nst_record_free(r);
  remove(path);
  nst_session_free(s);
  nst_session_free(s2);
  nst_scenario_free(sc);
}

static void test_time(void **st) {
  (void)st;
  char buf[32];
  nst_time_format(1700000000, buf);
  assert_string_equal(buf, "2023-11-14T22:13:20Z");
  assert_int_equal(nst_time_parse(buf), 1700000000);
  assert_int_equal(nst_time_parse("gisteren"), -1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_model),
    cmocka_unit_test(test_scoring_is_relative),
    cmocka_unit_test(test_trigger_and_clamp),
    cmocka_unit_test(test_next_function_and_lines),
    cmocka_unit_test(test_undo),
    cmocka_unit_test(test_bad_choice),
    cmocka_unit_test(test_explore_and_check),
    cmocka_unit_test(test_windows_file),
    cmocka_unit_test(test_regulation),
    cmocka_unit_test(test_prescan),
    cmocka_unit_test(test_record_roundtrip),
    cmocka_unit_test(test_time),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
