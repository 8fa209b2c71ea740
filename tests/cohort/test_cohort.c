/* Unit tests of the cohort modules: statistics, escapes, CSV fields, the
 * record's lesson fields read back, the sessions index and the chart. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "cohort_words.h"
#include "textbuf.h"
#include "cohort_chart.h"
#include "cohort_export.h"
#include "cohort_index.h"
#include "cohort_stats.h"
#include "fsutil.h"
#include "loader.h"
#include "record.h"
#include "session.h"

static void test_stats(void **st) {
  (void)st;
  double odd[] = { 0.9, 0.1, 0.5 }, even[] = { 0.4, 0.1, 0.3, 0.2 };
  assert_true(fabs(cohort_median(odd, 3) - 0.5) < 1e-12);
  assert_true(fabs(cohort_median(even, 4) - 0.25) < 1e-12);
  double line[] = { 1, NAN, 5, 7, NAN, 11 }; /* y = 2x + 1 with gaps */
  assert_true(fabs(cohort_slope(line, 6) - 2) < 1e-9);
  double one[] = { NAN, 3 };
  assert_true(cohort_slope(one, 2) == 0);
  assert_int_equal(cohort_pct(0.125), 13);
  assert_int_equal(cohort_pct(0.124), 12);
  assert_int_equal(cohort_pct(2.0 / 3), 67);
  char l[8];
  const struct { int i; const char *s; } names[] = { { 0, "A" }, { 25, "Z" }, { 26, "AA" }, { 27, "AB" },
                                                     { 701, "ZZ" }, { 702, "AAA" } };
  for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
    cohort_letters(names[k].i, l);
    assert_string_equal(l, names[k].s);
  }
}

static char *md(const char *s) {
  nst_buf b = { 0 };
  cohort_md_text(&b, s);
  return nst_buf_take(&b);
}

static void test_escapes(void **st) {
  (void)st;
  char *t = md("a*b_c <i>&x [l](u) `c` |t| ~s~\\\nnext");
  assert_string_equal(t, "a\\*b\\_c \\<i\\>\\&x \\[l\\](u) \\`c\\` \\|t\\| \\~s\\~\\\\ next");
  free(t);
  nst_buf b = { 0 };
  nst_buf_html(&b, "<a href=\"x\">'&'</a>");
  t = nst_buf_take(&b);
  assert_string_equal(t, "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  free(t);
  b = (nst_buf){ 0 };
  nst_buf_printf(&b, "%0300d|", 7); /* longer than the small buffer */
  t = nst_buf_take(&b);
  assert_int_equal(strlen(t), 301);
  free(t);
}

static char *field(const char *s, int spreadsheet) {
  nst_buf b = { 0 };
  cohort_csv_field(&b, s, spreadsheet);
  return nst_buf_take(&b);
}

static void test_csv_field(void **st) {
  (void)st;
  const struct { const char *in, *out; int guard; } cases[] = {
    { "plain", "plain", 1 },
    { "a,b", "\"a,b\"", 1 },
    { "say \"hi\"", "\"say \"\"hi\"\"\"", 1 },
    { "two\r\nlines", "\"two\r\nlines\"", 1 },
    { "=1+1", "'=1+1", 1 },
    { "-2", "-2", 0 },
    { "@x,y", "\"'@x,y\"", 1 },
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    char *t = field(cases[k].in, cases[k].guard);
    assert_string_equal(t, cases[k].out);
    free(t);
  }
}

static nst_scenario *load_basic(void) {
  nst_findings f = { 0 };
  nst_scenario *sc = nst_load_scenario(TESTS_DIR "/fixtures/basic.lua", NULL, &f);
  nst_findings_clear(&f);
  assert_non_null(sc);
  return sc;
}

/* Plays 1-based response numbers and saves the record to path. */
static void play_to(const nst_scenario *sc, const int *choices, int n, const char *path, const char *trainee) {
  nst_session *s = nst_session_new(sc);
  assert_int_equal(nst_session_start(s), 0);
  for (int i = 0; i < n; i++) assert_int_equal(nst_session_choose(s, choices[i] - 1, -1), 0);
  nst_record_meta m = { .trainee = trainee, .mode = "training", .lang = "nl", .started = 1767600000,
                        .ended = nst_session_ended(s) ? 1767600600 : 0 };
  char err[256];
  assert_int_equal(nst_record_save(path, s, &m, err, sizeof err), 0);
  nst_session_free(s);
}

static void test_record_lessons(void **st) {
  (void)st;
  nst_scenario *sc = load_basic();
  char dir[] = "/tmp/naast-cohort-XXXXXX", path[128], err[256];
  assert_non_null(mkdtemp(dir));
  snprintf(path, sizeof path, "%s/r.json", dir);
  const int path111[] = { 1, 1, 1 };
  play_to(sc, path111, 3, path, "Kim");
  nst_record *r = nst_record_load(path, err, sizeof err);
  assert_non_null(r);
  assert_int_equal(r->count, 3);
  assert_string_equal(r->steps[0].node, "a");
  assert_string_equal(r->steps[1].text, "Eerlijk");
  assert_int_equal(r->steps[0].lessons, 1u << 1);
  assert_int_equal(r->steps[0].lessons_available, 1u << 1);   /* Sterk (1) and Zwak (none); Verborgen hidden */
  assert_int_equal(r->steps[1].lessons_available, 1u << 8);
  assert_int_equal(r->steps[2].lessons_available, 0);
  assert_int_equal(r->scenario_lessons, (1u << 1) | (1u << 8));
  assert_int_equal(r->main_lesson, 1);
  assert_string_equal(r->ending_kind, "herstel");
  assert_string_equal(r->scenario_title, "Basis");
  /* totals and pooled scores agree with the session's own */
  nst_session *s = nst_session_new(sc);
  nst_session_start(s);
  for (int i = 0; i < 3; i++) nst_session_choose(s, 0, -1);
  int se[NST_MAX_DIMS], sb[NST_MAX_DIMS], re[NST_MAX_DIMS], rb[NST_MAX_DIMS], e, b;
  nst_session_totals(s, se, sb, NULL);
  nst_record_totals(r, re, rb);
  assert_int_equal(r->dim_count, sc->dim_count);
  for (int d = 0; d < sc->dim_count; d++) { assert_int_equal(re[d], se[d]); assert_int_equal(rb[d], sb[d]); }
  double ov;
  assert_true(nst_session_overall(s, &ov));
  assert_true(nst_record_pooled(r, 0, &e, &b));
  assert_true(fabs((double)e / b - ov) < 1e-12);
  assert_true(nst_record_pooled(r, 8, &e, &b)); /* lesson 8: decision b only: transparantie 3 of 3, regie 0 of 2 */
  assert_int_equal(e, 3);
  assert_int_equal(b, 5);
  assert_false(nst_record_pooled(r, 4, &e, &b));
  nst_session_free(s);
  nst_record_free(r);
  unlink(path);
  rmdir(dir);
  nst_scenario_free(sc);
}

static void same_summary(const cohort_summary *x, const cohort_summary *y) {
  assert_string_equal(x->file, y->file);
  assert_string_equal(x->scenario_id, y->scenario_id);
  assert_int_equal(x->trainee == NULL, y->trainee == NULL);
  if (x->trainee) assert_string_equal(x->trainee, y->trainee);
  assert_int_equal(x->ending == NULL, y->ending == NULL);
  assert_true(x->started == y->started);
  assert_int_equal(x->dim_count, y->dim_count);
  for (int d = 0; d < x->dim_count; d++) {
    assert_string_equal(x->dims[d], y->dims[d]);
    assert_int_equal(x->earned[d], y->earned[d]);
    assert_int_equal(x->best[d], y->best[d]);
  }
  assert_memory_equal(x->pooled_earned, y->pooled_earned, sizeof x->pooled_earned);
  assert_memory_equal(x->pooled_best, y->pooled_best, sizeof x->pooled_best);
  assert_int_equal(x->practised, y->practised);
  assert_int_equal(x->scenario_lessons, y->scenario_lessons);
}

static void test_index(void **st) {
  (void)st;
  nst_scenario *sc = load_basic();
  char dir[] = "/tmp/naast-cohort-XXXXXX", a[128], b[128], idx[128], err[256];
  assert_non_null(mkdtemp(dir));
  snprintf(a, sizeof a, "%s/a.json", dir);
  snprintf(b, sizeof b, "%s/b.json", dir);
  snprintf(idx, sizeof idx, "%s/%s", dir, COHORT_INDEX_NAME);
  const int good[] = { 1, 1, 1 }, bad[] = { 2, 2 }, half[] = { 1 };
  play_to(sc, good, 3, a, "Tab\there \\ and\nline");
  play_to(sc, bad, 2, b, NULL);
  cohort_summaries first, again;
  assert_int_equal(cohort_index_load(dir, &first, err, sizeof err), 0);
  assert_int_equal(first.count, 2);
  assert_int_equal(first.parsed, 2);
  assert_int_equal(access(idx, F_OK), 0);
  assert_int_equal(cohort_index_load(dir, &again, err, sizeof err), 0);
  assert_int_equal(again.parsed, 0); /* all from the index */
  assert_int_equal(again.count, 2);
  for (int i = 0; i < 2; i++) same_summary(&first.items[i], &again.items[i]);
  assert_string_equal(again.items[0].trainee, "Tab\there \\ and\nline");
  cohort_summaries_free(&again);
  /* a damaged index is ignored and rebuilt */
  const char junk[] = "naast-session-index 1\na.json\t1\tx\n";
  assert_int_equal(nst_file_write_atomic(idx, junk, sizeof junk - 1, err, sizeof err), 0);
  assert_int_equal(cohort_index_load(dir, &again, err, sizeof err), 0);
  assert_int_equal(again.parsed, 2);
  for (int i = 0; i < 2; i++) same_summary(&first.items[i], &again.items[i]);
  cohort_summaries_free(&again);
  /* a changed record is read again; the other comes from the index */
  play_to(sc, half, 1, b, NULL);
  assert_int_equal(cohort_index_load(dir, &again, err, sizeof err), 0);
  assert_int_equal(again.parsed, 1);
  assert_null(again.items[1].ending);
  cohort_summaries_keep_trainee(&again, "TAB\there \\ AND\nline");
  assert_int_equal(again.count, 1);
  cohort_summaries_free(&again);
  cohort_summaries_free(&first);
  unlink(a); unlink(b); unlink(idx);
  rmdir(dir);
  /* a folder that does not exist holds no sessions */
  assert_int_equal(cohort_index_load(dir, &again, err, sizeof err), 0);
  assert_int_equal(again.count, 0);
  nst_scenario_free(sc);
}

static void test_chart(void **st) {
  (void)st;
  double y1[] = { 0.2, NAN, 0.6, 1.4 }, y2[] = { NAN, NAN, NAN, NAN };
  const char *x[] = { "2026-01-01", "2026-01-02", "<x>", "2026-01-04" };
  cohort_series s[] = { { "<b>&", y1 }, { "leeg", y2 } };
  nst_buf b = { 0 };
  cohort_chart_svg(&b, "T\"itle", x, 4, s, 2);
  char *svg = nst_buf_take(&b);
  assert_non_null(strstr(svg, "&lt;b&gt;&amp;"));
  assert_non_null(strstr(svg, "&lt;x&gt;"));
  assert_null(strstr(svg, "<b>"));
  assert_non_null(strstr(svg, "T&quot;itle"));
  /* a gap lifts the pen: two separate pieces of line for the first series */
  const char *d = strstr(svg, " d=\"");
  assert_non_null(d);
  int moves = 0;
  for (const char *p = d + 4; *p && *p != '"'; p++) moves += *p == 'M';
  assert_int_equal(moves, 2);
  assert_non_null(strstr(svg, " L")); /* 0.6 to 1.4 (drawn clamped to 100 %) */
  free(svg);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_stats), cmocka_unit_test(test_escapes), cmocka_unit_test(test_csv_field),
    cmocka_unit_test(test_record_lessons), cmocka_unit_test(test_index), cmocka_unit_test(test_chart),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
