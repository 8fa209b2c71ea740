/* Allocation failure (issue 16, §5): the n-th allocation fails, for every n
 * (or a sample of them), while a library scenario is loaded, a full path is
 * played, the record is written and both debriefs are built. Each run must
 * end in a clean error or in success: no crash (the sanitizer build runs
 * this too), no leak (LeakSanitizer, at exit), and the record on disk is the
 * previous one or the new one whole, with no temporary file left.
 *
 * The hook is at link time: this program is linked with --wrap for malloc,
 * calloc, realloc and strdup, so every allocation of the engine's own code
 * and of the Lua state (whose allocator, in sandbox.c, calls realloc) passes
 * through should_fail(), and so do cJSON's (record.c gives it its malloc). The
 * shipped program carries nothing of it. cmark's allocations are not
 * counted: cmark aborts when memory runs out, by its own design.
 *
 *   test_alloc SCENARIO RUBRIC DIR [STRIDE]   every STRIDE-th n (1: all)
 *   test_alloc SCENARIO RUBRIC DIR -N         only n = N (to look at one)
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsutil.h"
#include "loader.h"
#include "record.h"
#include "report.h"
#include "session.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);

static long fail_at, counted, failures;

static int should_fail(void) {
  counted++;
  if (fail_at && counted == fail_at) { failures++; return 1; }
  return 0;
}

void *__wrap_malloc(size_t n) { return should_fail() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t size) { return should_fail() ? NULL : __real_calloc(n, size); }
void *__wrap_realloc(void *p, size_t n) {
  if (n == 0 || !should_fail()) return __real_realloc(p, n);
  return NULL;
}
char *__wrap_strdup(const char *s) { return should_fail() ? NULL : __real_strdup(s); }

static const char *scenario_path, *rubric_path, *dir;
static char record_path[4096];
static char *previous;   /* the record on disk before each run */
static char *ref_md[2], *ref_html[2];  /* the debriefs of the run without failures */
static long degraded;    /* debriefs built, but not the same as those */

/* One whole workflow; 0 success, 1 a clean error. */
static int workflow(void) {
  nst_load_options opt = nst_load_defaults();
  opt.rubric = rubric_path;
  nst_findings f = { 0 };
  nst_scenario *sc = nst_load_scenario(scenario_path, &opt, &f);
  int failed = !sc;
  if (!sc && f.errors == 0 && fail_at == 0) { fprintf(stderr, "the load failed without a finding\n"); exit(2); }
  nst_findings_clear(&f);
  if (!sc) return 1;
  nst_session *s = nst_session_new(sc);
  if (!s || nst_session_start(s) != 0) failed = 1;
  for (int step = 0; !failed && !nst_session_ended(s) && step < 200; step++)
    if (nst_session_choose(s, 0, 1000) != 0) failed = 1;
  char err[1024];
  if (!failed) {
    nst_record_meta meta = { .trainee = "Kim", .mode = "training", .lang = "nl", .started = 1700000000,
                             .ended = 1700000600 };
    if (nst_record_save(record_path, s, &meta, err, sizeof err) != 0) failed = 1;
  }
  nst_record *rec = failed ? NULL : nst_record_load(record_path, err, sizeof err);
  if (!failed && !rec) failed = 1;
  for (int l = 0; rec && l < 2; l++) {
    nst_report_opts o = { l ? "en" : "nl" };
    char *md = nst_report_markdown(sc, rec, &o, err, sizeof err);
    char *html = md ? nst_report_html(md, NULL, o.lang) : NULL;
    if (!md || !html) failed = 1;
    /* a debrief built at all is the whole one: nothing silently left out */
    if (md && !ref_md[l]) ref_md[l] = strdup(md);
    else if (md && ref_md[l] && strcmp(md, ref_md[l]) != 0) {
      degraded++;
      fprintf(stderr, "allocation %ld failing gave a different debrief (%s)\n", fail_at, o.lang);
    }
    if (html && !ref_html[l]) ref_html[l] = strdup(html);
    else if (html && ref_html[l] && strcmp(html, ref_html[l]) != 0) {
      degraded++;
      fprintf(stderr, "allocation %ld failing gave a different HTML debrief (%s)\n", fail_at, o.lang);
    }
    free(md);
    free(html);
  }
  nst_record_free(rec);
  nst_session_free(s);
  nst_scenario_free(sc);
  return failed;
}

/* The record is as it was, or written again whole (the same bytes: the
 * runs are alike); no temporary file. */
static int record_sound(void) {
  size_t len;
  char err[512];
  long saved = fail_at;
  fail_at = 0;   /* the check itself must not fail */
  char *now = nst_file_read(record_path, 1 << 24, &len, err, sizeof err);
  /* every run plays the same path at the same times: a record written at
   * all is the same bytes as the one before it */
  int ok = now && !strcmp(now, previous);
  free(now);
  DIR *d = opendir(dir);
  struct dirent *e;
  while (d && (e = readdir(d)))
    if (strstr(e->d_name, ".tmp.")) { ok = 0; fprintf(stderr, "a temporary file was left: %s\n", e->d_name); }
  if (d) closedir(d);
  fail_at = saved;
  return ok;
}

int main(int argc, char **argv) {
  if (argc < 4) { fprintf(stderr, "usage: test_alloc SCENARIO RUBRIC DIR [STRIDE]\n"); return 2; }
  scenario_path = argv[1];
  rubric_path = argv[2];
  dir = argv[3];
  long stride = argc > 4 ? atol(argv[4]) : 1, only = stride < 0 ? -stride : 0;
  if (stride < 1) stride = 1;
  snprintf(record_path, sizeof record_path, "%s/alloc.json", dir);

  /* the run without failures: it succeeds, and says how many there are */
  counted = 0;
  if (workflow() != 0) { fprintf(stderr, "the workflow fails without any allocation failing\n"); return 1; }
  long total = counted;
  size_t len;
  char err[512];
  previous = nst_file_read(record_path, 1 << 24, &len, err, sizeof err);
  if (!previous) { fprintf(stderr, "%s\n", err); return 1; }

  long runs = 0, clean_errors = 0, bad = 0;
  /* every allocation site class is early or late in the run: the first and
   * last 200 always, then every stride-th one */
  for (long n = 1; n <= total; n++) {
    if (only ? n != only : stride > 1 && n > 200 && n < total - 200 && n % stride) continue;
    fail_at = n;
    counted = 0;
    clean_errors += workflow();
    runs++;
    if (!record_sound()) { fprintf(stderr, "allocation %ld failing left the record unsound\n", n); bad++; }
  }
  fail_at = 0;
  free(previous);
  for (int l = 0; l < 2; l++) free(ref_md[l]), free(ref_html[l]);
  printf("%ld allocations in the workflow; %ld runs with one failing (%ld failures hit), %ld ended in a clean "
         "error, %ld in success; %ld unsound records, %ld different debriefs\n",
         total, runs, failures, clean_errors, runs - clean_errors, bad, degraded);
  return bad != 0 || degraded != 0;
}
