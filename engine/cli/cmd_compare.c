/* cmd_compare.c: naast compare: where a group that played one scenario
 * individually diverged. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cohort_compare.h"
#include "cohort_html.h"
#include "cohort_words.h"
#include "fsutil.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: naast compare RECORD... [--out FILE.md] [--html FILE.html] [--names] [--by-scenario]\n"
          "                     [--lang nl|en]\n"
          "Compares the sessions of a group that played the same scenario individually: per\n"
          "decision how the responses were spread, the spread of the scores per dimension, the\n"
          "decisions that most separated high from low scorers, and the endings reached.\n"
          "RECORD is a session record, or a folder of them. Participants are A, B, C, ... in\n"
          "the order given, or the records' trainee names with --names. Records of different\n"
          "scenarios or versions are refused, or reported one scenario at a time with\n"
          "--by-scenario. Without --out or --html the report (Markdown) goes to standard output.\n");
}

/* Writes text to path atomically; 0, or -1 with a message printed. */
static int write_file(const char *path, const char *text) {
  char err[1024];
  if (!text) { fprintf(stderr, "naast compare: out of memory\n"); return -1; }
  if (nst_file_write_atomic(path, text, strlen(text), err, sizeof err) != 0) {
    fprintf(stderr, "naast compare: %s\n", err);
    return -1;
  }
  return 0;
}

int cmd_compare(int argc, char **argv) {
  const char *out = NULL, *html = NULL;
  cohort_compare_opts o = { 0 };
  char **names = calloc((size_t)argc + 1, sizeof *names);
  int count = 0;
  if (!names) { fprintf(stderr, "naast compare: out of memory\n"); return EXIT_PROBLEM; }
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); free(names); return EXIT_OK; }
    else if (!strcmp(a, "--out") && i + 1 < argc) out = argv[++i];
    else if (!strcmp(a, "--html") && i + 1 < argc) html = argv[++i];
    else if (!strcmp(a, "--names")) o.names = 1;
    else if (!strcmp(a, "--by-scenario")) o.by_scenario = 1;
    else if (!strcmp(a, "--lang") && i + 1 < argc && (!strcmp(argv[i + 1], "nl") || !strcmp(argv[i + 1], "en")))
      o.en = !strcmp(argv[++i], "en");
    else if (a[0] != '-') names[count++] = argv[i];
    else { fprintf(stderr, "naast compare: unexpected argument %s\n", a); usage(stderr); free(names); return EXIT_USAGE; }
  }
  if (count == 0) { usage(stderr); free(names); return EXIT_USAGE; }
  cohort_set set = { 0 };
  int rc = EXIT_PROBLEM;
  char err[1024];
  if (cohort_set_add_paths(&set, names, count, err, sizeof err) != 0) {
    fprintf(stderr, "naast compare: %s\n", err);
    rc = EXIT_IO;
    goto done;
  }
  for (int i = 0; i < set.skipped_count; i++) fprintf(stderr, "naast compare: skipped %s\n", set.skipped[i]);
  if (set.count == 0) { fprintf(stderr, "naast compare: no record could be read\n"); goto done; }
  if (!o.by_scenario) {
    char *mismatch = cohort_compare_mismatch(&set);
    if (mismatch) { fprintf(stderr, "naast compare: %s\n", mismatch); free(mismatch); goto done; }
  }
  char *md = cohort_compare_markdown(&set, &o);
  rc = set.skipped_count ? EXIT_PROBLEM : EXIT_OK;
  if (!md) { fprintf(stderr, "naast compare: out of memory\n"); rc = EXIT_PROBLEM; goto done; }
  if (!out && !html) fputs(md, stdout);
  if (out && write_file(out, md) != 0) rc = EXIT_IO;
  if (html) {
    const nst_record *r = set.recs[0];
    char title[512];
    snprintf(title, sizeof title, "%s: %s", cohort_word(o.en, CW_COMPARISON),
             o.by_scenario ? "per scenario" : r->scenario_title ? r->scenario_title : r->scenario_id);
    char *page = cohort_html_page(md, title, o.en, NULL, 0);
    if (write_file(html, page) != 0) rc = EXIT_IO;
    free(page);
  }
  free(md);
done:
  cohort_set_free(&set);
  free(names);
  return rc;
}
