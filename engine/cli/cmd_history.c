/* cmd_history.c: naast history: a trainee's sessions over time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cohort_history.h"
#include "fsutil.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: naast history [--trainee NAME] [--role ROLE] [--data DIR] [--out FILE.md]\n"
          "                     [--html FILE.html] [--lang nl|en]\n"
          "Shows the sessions kept in the data folder (DIR/sessions, default\n"
          "~/.local/share/naast) over time: the trend per dimension and per lesson, and which\n"
          "of the eight lessons have not been practised yet, and the sessions per role (the\n"
          "trainee's seat). Only finished sessions count. --role keeps one seat's sessions.\n"
          "Sessions of your own scenarios (DIR/scenarios) are marked as such.\n"
          "Text in the terminal; --out writes Markdown, --html a page with line charts.\n");
}

static int write_file(const char *path, const char *text) {
  char err[1024];
  if (!text) { fprintf(stderr, "naast history: out of memory\n"); return -1; }
  if (nst_file_write_atomic(path, text, strlen(text), err, sizeof err) != 0) {
    fprintf(stderr, "naast history: %s\n", err);
    return -1;
  }
  return 0;
}

int cmd_history(int argc, char **argv) {
  const char *data = NULL, *out = NULL, *html = NULL, *role = NULL;
  cohort_history_opts o = { 0 };
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); return EXIT_OK; }
    else if (!strcmp(a, "--trainee") && i + 1 < argc) o.trainee = argv[++i];
    else if (!strcmp(a, "--role") && i + 1 < argc) role = argv[++i];
    else if (!strcmp(a, "--data") && i + 1 < argc) data = argv[++i];
    else if (!strcmp(a, "--out") && i + 1 < argc) out = argv[++i];
    else if (!strcmp(a, "--html") && i + 1 < argc) html = argv[++i];
    else if (!strcmp(a, "--lang") && i + 1 < argc && (!strcmp(argv[i + 1], "nl") || !strcmp(argv[i + 1], "en")))
      o.en = !strcmp(argv[++i], "en");
    else { fprintf(stderr, "naast history: unexpected argument %s\n", a); usage(stderr); return EXIT_USAGE; }
  }
  char dir[4096];
  paths_set_data(data);
  snprintf(dir, sizeof dir, "%s", paths_sessions());
  o.where = dir;
  /* the trainer's own scenarios, by id (the file's name), marked in the list */
  char **paths;
  int npaths = lib_files(&paths);
  const char **own = calloc((size_t)npaths + 1, sizeof *own);
  for (int i = 0; own && i < npaths; i++) {
    if (!lib_is_own(paths[i])) continue;
    char *base = strrchr(paths[i], '/');
    base = base ? base + 1 : paths[i];
    size_t l = strlen(base);
    if (l > 4) base[l - 4] = '\0';   /* the path is ours to cut: lib_files made it */
    own[o.own_count++] = base;
  }
  o.own = own;
  cohort_summaries set;
  char err[1024];
  if (cohort_index_load(dir, &set, err, sizeof err) != 0) {
    fprintf(stderr, "naast history: %s\n", err);
    free(own);
    lib_free(paths, npaths);
    return EXIT_IO;
  }
  for (int i = 0; i < set.skipped_count; i++) fprintf(stderr, "naast history: skipped %s\n", set.skipped[i]);
  if (o.trainee) cohort_summaries_keep_trainee(&set, o.trainee);
  if (role) cohort_summaries_keep_role(&set, role);
  int rc = set.skipped_count ? EXIT_PROBLEM : EXIT_OK;
  if (!out && !html) {
    char *text = cohort_history_render(&set, &o, COHORT_TEXT);
    if (text) fputs(text, stdout);
    else { fprintf(stderr, "naast history: out of memory\n"); rc = EXIT_PROBLEM; }
    free(text);
  }
  if (out) {
    char *md = cohort_history_render(&set, &o, COHORT_MARKDOWN);
    if (write_file(out, md) != 0) rc = EXIT_IO;
    free(md);
  }
  if (html) {
    char *page = cohort_history_render(&set, &o, COHORT_HTML);
    if (write_file(html, page) != 0) rc = EXIT_IO;
    free(page);
  }
  cohort_summaries_free(&set);
  free(own);
  lib_free(paths, npaths);
  return rc;
}
