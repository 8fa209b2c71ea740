/* Unit tests of the debrief reports: the Markdown parsed back with libcmark
 * (headings, decisions, hostile text staying text), the HTML page (safe
 * mode, charts from markers, hostile markers), the self-assessment JSON, a
 * changed scenario, and byte-for-byte determinism. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <cmark.h>
#include <cmocka.h>

#include "loader.h"
#include "record.h"
#include "report.h"
#include "session.h"

static nst_scenario *load(const char *name) {
  char path[512];
  snprintf(path, sizeof path, "%s/fixtures/%s", TESTS_DIR, name);
  nst_findings f = { 0 };
  nst_scenario *sc = nst_load_scenario(path, NULL, &f);
  nst_findings_clear(&f);
  return sc;
}

/* Plays 1-based response numbers, saves the record to a temporary file and
 * reads it back, as naast report does. */
static nst_record *play(const nst_scenario *sc, const int *choices, int n, const nst_record_meta *m) {
  nst_session *s = nst_session_new(sc);
  assert_int_equal(nst_session_start(s), 0);
  for (int i = 0; i < n; i++) assert_int_equal(nst_session_choose(s, choices[i] - 1, -1), 0);
  char path[] = "/tmp/naast-test-report-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  close(fd);
  char err[512];
  assert_int_equal(nst_record_save(path, s, m, err, sizeof err), 0);
  nst_record *r = nst_record_load(path, err, sizeof err);
  assert_non_null(r);
  unlink(path);
  nst_session_free(s);
  return r;
}

static char *report(const nst_scenario *sc, const nst_record *r, const char *lang) {
  nst_report_opts o = { lang };
  char err[512] = "";
  char *md = nst_report_markdown(sc, r, &o, err, sizeof err);
  if (!md) fprintf(stderr, "%s\n", err);
  assert_non_null(md);
  return md;
}

/* The text of a node: its text literals, soft breaks as newlines. */
static void node_text(cmark_node *n, char *out, size_t size) {
  out[0] = '\0';
  cmark_iter *it = cmark_iter_new(n);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node *c = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER) continue;
    const char *add = cmark_node_get_type(c) == CMARK_NODE_TEXT ? cmark_node_get_literal(c)
                      : cmark_node_get_type(c) == CMARK_NODE_SOFTBREAK ? "\n" : "";
    strncat(out, add, size - strlen(out) - 1);
  }
  cmark_iter_free(it);
}

/* "1:title|2:Samenvatting|..." for the headings up to max_level. */
static void headings(const char *md, int max_level, char *out, size_t size) {
  cmark_node *doc = cmark_parse_document(md, strlen(md), CMARK_OPT_DEFAULT);
  out[0] = '\0';
  for (cmark_node *n = cmark_node_first_child(doc); n; n = cmark_node_next(n)) {
    if (cmark_node_get_type(n) != CMARK_NODE_HEADING || cmark_node_get_heading_level(n) > max_level) continue;
    char t[512], item[600];
    node_text(n, t, sizeof t);
    snprintf(item, sizeof item, "%s%d:%s", out[0] ? "|" : "", cmark_node_get_heading_level(n), t);
    strncat(out, item, size - strlen(out) - 1);
  }
  cmark_node_free(doc);
}

/* Counts nodes of a type in the parsed Markdown; HTML blocks only when
 * they are not the report's own markers. */
static int count_nodes(const char *md, cmark_node_type type) {
  cmark_node *doc = cmark_parse_document(md, strlen(md), CMARK_OPT_DEFAULT);
  cmark_iter *it = cmark_iter_new(doc);
  cmark_event_type ev;
  int k = 0;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node *n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != type) continue;
    if (type == CMARK_NODE_HTML_BLOCK && !strncmp(cmark_node_get_literal(n), "<!-- naast:", 11)) continue;
    k++;
  }
  cmark_iter_free(it);
  cmark_node_free(doc);
  return k;
}

static int valid_utf8(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    int n = *p < 0x80 ? 1 : (*p >> 5) == 6 ? 2 : (*p >> 4) == 14 ? 3 : (*p >> 3) == 30 ? 4 : 0;
    if (!n || (n == 2 && *p < 0xC2)) return 0;
    for (int i = 1; i < n; i++) if ((p[i] & 0xC0) != 0x80) return 0;
    p += n;
  }
  return 1;
}

static const char SECTIONS_NL[] =
  "2:Samenvatting|2:Per les|2:Belangrijke momenten|2:Gemiste kansen|2:De andere kant|"
  "2:Het verloop van het gesprek|2:Vragen voor de nabespreking|2:De casus|2:Het hele gesprek";

static void test_headings(void **st) {
  (void)st;
  nst_scenario *sc = load("basic.lua");
  nst_record_meta m = { .trainee = "Kim", .mode = "training", .lang = "nl", .started = 1700000000 };
  nst_record *r = play(sc, (int[]){ 1, 1, 1 }, 3, &m);
  char *md = report(sc, r, "nl"), h[4096], want[4096];
  headings(md, 2, h, sizeof h);
  snprintf(want, sizeof want, "1:Nabespreking: Basis|%s", SECTIONS_NL);
  assert_string_equal(h, want);
  /* every decision has its heading in the transcript, and the ending */
  headings(md, 3, h, sizeof h);
  assert_non_null(strstr(h, "3:Stap 1|3:Stap 2|3:Stap 3|3:Einde: Goed (herstel)"));
  free(md);
  md = report(sc, r, "en");
  headings(md, 2, h, sizeof h);
  assert_string_equal(h, "1:Debrief: Basis|2:Summary|2:Per lesson|2:Key moments|2:Missed chances|2:The other side|"
                         "2:The course of the conversation|2:Questions for the debrief|2:The case|2:The full conversation");
  free(md);
  nst_record_free(r);
  nst_scenario_free(sc);
}

static void test_deterministic(void **st) {
  (void)st;
  nst_scenario *sc = load("basic.lua");
  nst_record_meta m = { .mode = "assessment", .lang = "nl", .started = 1700000000, .ended = 1700000300 };
  nst_record *r = play(sc, (int[]){ 2, 2 }, 2, &m);
  char *a = report(sc, r, "nl"), *b = report(sc, r, "nl");
  assert_string_equal(a, b);
  char *ha = nst_report_html(a, NULL, "nl"), *hb = nst_report_html(b, NULL, "nl");
  assert_string_equal(ha, hb);
  assert_non_null(strstr(a, "5 min"));          /* duration from started and ended */
  assert_non_null(strstr(a, "Weg (breuk)"));     /* the early ending */
  free(a), free(b), free(ha), free(hb);
  nst_record_free(r);
  nst_scenario_free(sc);
}

/* Trainee text with HTML, Markdown structure, a long line and bytes that are
 * not UTF-8: it stays one piece of text in the Markdown and escaped in HTML. */
static void test_hostile_trainee(void **st) {
  (void)st;
  nst_scenario *sc = load("basic.lua");
  char name[6000];
  snprintf(name, sizeof name, "<script>alert(1)</script>\n# Kop\n- [x](javascript:alert(1)) **b** `c` \xff\xfe\xc3 ");
  size_t l = strlen(name);
  memset(name + l, 'w', 5000);
  name[l + 5000] = '\0';
  int ratings[NST_MAX_DIMS] = { 4, 0, 9 };
  char *self = nst_report_self_assessment_json(sc, ratings, "<img src=x onerror=alert(1)>\n## Niet een kop",
                                               "bad \xc0\xaf bytes");
  nst_record_meta m = { .trainee = name, .mode = "training", .lang = "nl", .started = 1700000000,
                        .self_assessment_json = self };
  nst_record *r = play(sc, (int[]){ 1, 1, 1 }, 3, &m);
  char *md = report(sc, r, "nl"), h[4096], want[4096];
  assert_true(valid_utf8(md));
  headings(md, 2, h, sizeof h);
  snprintf(want, sizeof want, "1:Nabespreking: Basis|%s", SECTIONS_NL);
  assert_string_equal(h, want);                  /* no heading added by the text */
  assert_int_equal(count_nodes(md, CMARK_NODE_HTML_BLOCK), 0);
  assert_int_equal(count_nodes(md, CMARK_NODE_HTML_INLINE), 0);
  assert_int_equal(count_nodes(md, CMARK_NODE_LINK), 0);
  assert_int_equal(count_nodes(md, CMARK_NODE_CODE), 0);
  assert_non_null(strstr(md, "eigen inschatting 4 van 5"));
  assert_null(strstr(md, "9 van 5"));            /* a rating out of range is not kept */

  /* the header's trainee item reads back as the text itself */
  cmark_node *doc = cmark_parse_document(md, strlen(md), CMARK_OPT_DEFAULT);
  cmark_node *item = cmark_node_first_child(cmark_node_next(cmark_node_first_child(doc)));
  char *text = malloc(8000);
  node_text(item, text, 8000);
  const char *want_text = "Deelnemer: <script>alert(1)</script>\n# Kop\n- [x](javascript:alert(1)) **b** `c` "
                          "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD wwww";
  assert_int_equal(strncmp(text, want_text, strlen(want_text)), 0);
  /* three bad bytes became three U+FFFD (+6 bytes); nothing else changed */
  assert_int_equal(strlen(text), strlen("Deelnemer: ") + l + 6 + 5000);
  free(text);
  cmark_node_free(doc);

  char *html = nst_report_html(md, NULL, "nl");
  assert_true(valid_utf8(html));
  assert_null(strstr(html, "<script"));
  assert_null(strstr(html, "<img"));
  assert_null(strstr(html, "<a "));             /* the link syntax stayed text */
  assert_non_null(strstr(html, "[x](javascript:alert(1))"));
  assert_non_null(strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  assert_non_null(strstr(html, "<svg"));
  free(html);
  free(md);
  free(self);
  nst_record_free(r);
  nst_scenario_free(sc);
}

static void test_self_assessment_json(void **st) {
  (void)st;
  nst_scenario *sc = load("basic.lua");
  int ratings[NST_MAX_DIMS] = { 0, 5, 0 };
  char *j = nst_report_self_assessment_json(sc, ratings, "", "niet \xff goed");
  assert_true(valid_utf8(j));
  cJSON *o = cJSON_Parse(j);
  assert_non_null(o);
  cJSON *r = cJSON_GetObjectItemCaseSensitive(o, "ratings");
  assert_int_equal(cJSON_GetArraySize(r), 1);  /* skipped dimensions are left out */
  assert_int_equal(cJSON_GetObjectItemCaseSensitive(r, "regie")->valueint, 5);
  assert_null(cJSON_GetObjectItemCaseSensitive(o, "most_content"));   /* empty: left out */
  assert_string_equal(cJSON_GetObjectItemCaseSensitive(o, "least_content")->valuestring, "niet \xEF\xBF\xBD goed");
  cJSON_Delete(o);
  free(j);
  nst_scenario_free(sc);
}

/* Markdown from anyone: raw HTML dropped, links made safe, our markers read
 * as numbers and escaped labels, broken markers ignored. */
static void test_html_safe(void **st) {
  (void)st;
  const char *md =
    "# T <b>x</b>\n\n<script>alert(1)</script>\n\n[a](javascript:alert(1)) <span onclick=x>y</span>\n\n"
    "<!-- naast:bars\n%3Cscript%3Ealert%281%29%3C%2Fscript%3E 50 200\nnumbers%20only abc\n"
    "-->\n\n- stand-in list\n\n"
    "<!-- naast:lines\nLeeg 5 5 1 2\nX 0 10 999999999 -999999999 3\n-->\n\nparagraph after\n\n- a list\n";
  char *html = nst_report_html(md, NULL, "en");
  assert_non_null(html);
  assert_null(strstr(html, "<script"));
  assert_null(strstr(html, "<span"));
  assert_null(strstr(html, "javascript:"));
  assert_null(strstr(html, "stand-in list"));   /* replaced by the chart */
  assert_non_null(strstr(html, "paragraph after"));  /* only a list stands in for a chart */
  assert_non_null(strstr(html, "a list"));
  assert_non_null(strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  assert_non_null(strstr(html, "<title>T x</title>"));
  assert_non_null(strstr(html, "<html lang=\"en\">"));
  assert_non_null(strstr(html, "width=\"540\""));  /* the self marker held to 100 % */
  assert_non_null(strstr(html, "<polyline"));      /* X drawn; Leeg (max = min) left out */
  assert_null(strstr(html, "Leeg"));
  assert_true(valid_utf8(html));
  free(html);
  char *page = nst_report_html("", "<t>", "../x");
  assert_non_null(strstr(page, "<title>&lt;t&gt;</title>"));
  assert_non_null(strstr(page, "lang=\"nl\""));
  free(page);
}

/* A scenario changed since the session: said plainly; when a response of the
 * record is gone, the report still shows what it can. */
static void test_changed_scenario(void **st) {
  (void)st;
  nst_scenario *sc = load("basic.lua");
  nst_record_meta m = { .mode = "training", .lang = "nl", .started = 1700000000 };
  nst_record *r = play(sc, (int[]){ 1, 1, 1 }, 3, &m);
  free(r->hash);
  r->hash = strdup("fnv1a64:0000000000000000");
  char *md = report(sc, r, "nl");
  assert_non_null(strstr(md, "het scenario is veranderd sinds deze sessie"));
  free(md);
  free(r->choice_ids[1]);
  r->choice_ids[1] = strdup("b-verdwenen");
  md = report(sc, r, "nl");
  char h[4096];
  headings(md, 3, h, sizeof h);
  assert_non_null(strstr(h, "3:Stap 1|3:Vanaf hier past de sessie niet meer op het scenario"));
  assert_null(strstr(h, "Stap 2"));
  assert_non_null(strstr(md, "antwoord \"b-verdwenen\" wordt daar niet meer aangeboden"));
  assert_non_null(strstr(md, "Keuze 3: antwoord \"c.1\""));
  free(md);
  nst_record_free(r);
  nst_scenario_free(sc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_headings),
    cmocka_unit_test(test_deterministic),
    cmocka_unit_test(test_hostile_trainee),
    cmocka_unit_test(test_self_assessment_json),
    cmocka_unit_test(test_html_safe),
    cmocka_unit_test(test_changed_scenario),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
