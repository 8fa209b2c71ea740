/* cmd_report.c: naast report: the debrief of a session, from its record. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "fsutil.h"
#include "record.h"
#include "report.h"
#include "strings.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: naast report RECORD [--out FILE.md] [--html FILE.html] [--lang nl|en]\n"
          "                    [--rubric FILE] [--scenario FILE]\n"
          "Writes the debrief of a session: scores beside the self-assessment, lessons, key\n"
          "moments, missed chances, the person's side, the course of tension and trust,\n"
          "questions for the coaching conversation and the full transcript. It is rebuilt\n"
          "from RECORD and the scenario it names (found as play --resume finds it, or given\n"
          "with --scenario); a scenario changed since the session is said plainly. Markdown\n"
          "goes to standard output unless --out is given; --html writes a self-contained\n"
          "page for screen and A4. The language is --lang, else the record's.\n");
}

static int write_file(const char *path, const char *text) {
  char err[1024];
  if (nst_file_write_atomic(path, text, strlen(text), err, sizeof err) == 0) return EXIT_OK;
  fprintf(stderr, "naast: %s\n", err);
  return EXIT_IO;
}

int cmd_report(int argc, char **argv) {
  const char *record = NULL, *out = NULL, *html = NULL, *lang = NULL, *rubric = NULL, *scenario = NULL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); return EXIT_OK; }
    else if (!strcmp(a, "--out") && i + 1 < argc) out = argv[++i];
    else if (!strcmp(a, "--html") && i + 1 < argc) html = argv[++i];
    else if (!strcmp(a, "--lang") && i + 1 < argc) lang = argv[++i];
    else if (!strcmp(a, "--rubric") && i + 1 < argc) rubric = argv[++i];
    else if (!strcmp(a, "--scenario") && i + 1 < argc) scenario = argv[++i];
    else if (a[0] != '-' && !record) record = a;
    else { fprintf(stderr, "naast report: unexpected argument %s\n", a); usage(stderr); return EXIT_USAGE; }
  }
  if (!record) { usage(stderr); return EXIT_USAGE; }
  if (lang && strcmp(lang, "nl") != 0 && strcmp(lang, "en") != 0) {
    fprintf(stderr, "naast report: --lang takes nl or en\n");
    return EXIT_USAGE;
  }
  char err[1024], path[4096];
  if (access(record, R_OK) != 0) { fprintf(stderr, "naast: %s: cannot read the record\n", record); return EXIT_IO; }
  nst_record *rec = nst_record_load(record, err, sizeof err);
  if (!rec) { fprintf(stderr, "naast: %s\n", err); return EXIT_PROBLEM; }
  if (!lang) lang = rec->lang && !strcmp(rec->lang, "en") ? "en" : "nl";
  strings_set_lang(lang);

  /* the scenario: --scenario, else the one the record names (its id in the
   * library, else its recorded .lua file: lib_record_scenario) */
  if (scenario ? lib_resolve(scenario, path, sizeof path) != 0
               : lib_record_scenario(rec->scenario_id, rec->scenario_file, record, path, sizeof path, err, sizeof err) != 0) {
    if (!scenario) fprintf(stderr, "naast: %s; name it with --scenario FILE\n", err);
    nst_record_free(rec);
    return EXIT_PROBLEM;
  }
  nst_scenario *sc = load_or_report(path, rubric);
  if (!sc) { nst_record_free(rec); return EXIT_PROBLEM; }

  int rc = EXIT_OK;
  nst_report_opts o = { lang };
  char *md = nst_report_markdown(sc, rec, &o, err, sizeof err);
  if (!md) {
    fprintf(stderr, "naast: %s: %s\n", record, err);
    rc = EXIT_PROBLEM;
  } else {
    if (out) rc = write_file(out, md);
    else fputs(md, stdout);
    if (rc == EXIT_OK && html) {
      char *page = nst_report_html(md, NULL, lang);
      if (!page) { fprintf(stderr, "naast: out of memory\n"); rc = EXIT_IO; }
      else rc = write_file(html, page);
      free(page);
    }
  }
  free(md);
  nst_scenario_free(sc);
  nst_record_free(rec);
  return rc;
}
