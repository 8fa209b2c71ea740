/* cmd_run.c: naast run: headless play with given choices. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "prescan.h"
#include "record.h"
#include "session.h"
#include "strings.h"
#include "term_play.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: naast run SCENARIO --choices N,N,... [--record FILE] [--assess] [--trainee NAME]\n"
          "                 [--lang nl|en] [--rubric FILE]\n"
          "Plays SCENARIO (a file, or an id from naast list) without asking anything: each N is\n"
          "the number of the response to take among those offered at that moment (1 = first).\n"
          "Prints the transcript and the scores; with --record, writes the session record\n"
          "(after every decision, as play does). Times come from SOURCE_DATE_EPOCH when set.\n");
}

/* Parses "2,1,3"; returns the count, or -1. */
static int parse_choices(const char *s, int **out) {
  int n = 1;
  for (const char *p = s; *p; p++) n += *p == ',';
  *out = malloc(sizeof(int) * (size_t)n);
  if (!*out) return -1;
  int k = 0;
  const char *p = s;
  while (*p) {
    char *end;
    long v = strtol(p, &end, 10);
    if (end == p || v < 1 || v > 99 || (*end && *end != ',')) { free(*out); *out = NULL; return -1; }
    (*out)[k++] = (int)v;
    p = *end ? end + 1 : end;
  }
  return k;
}

int cmd_run(int argc, char **argv) {
  const char *name = NULL, *choices = NULL, *record = NULL, *trainee = NULL, *rubric = NULL;
  int assess = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); return EXIT_OK; }
    else if (!strcmp(a, "--choices") && i + 1 < argc) choices = argv[++i];
    else if (!strcmp(a, "--record") && i + 1 < argc) record = argv[++i];
    else if (!strcmp(a, "--trainee") && i + 1 < argc) {
      trainee = argv[++i];
      if (!nst_utf8_valid(trainee, strlen(trainee)) || strlen(trainee) > 200) {
        fprintf(stderr, "naast: --trainee takes a name or pseudonym of at most 200 bytes of UTF-8 text\n");
        return EXIT_USAGE;
      }
    }
    else if (!strcmp(a, "--rubric") && i + 1 < argc) rubric = argv[++i];
    else if (!strcmp(a, "--lang") && i + 1 < argc) strings_set_lang(argv[++i]);
    else if (!strcmp(a, "--assess")) assess = 1;
    else if (a[0] != '-' && !name) name = a;
    else { fprintf(stderr, "naast run: unexpected argument %s\n", a); usage(stderr); return EXIT_USAGE; }
  }
  if (!name || !choices) { usage(stderr); return EXIT_USAGE; }
  int *script = NULL;
  int n = strlen(choices) ? parse_choices(choices, &script) : 0;
  if (n < 0) {
    fprintf(stderr, "naast run: --choices takes response numbers separated by commas, such as 2,1,3\n");
    return EXIT_USAGE;
  }
  char path[4096];
  if (lib_resolve(name, path, sizeof path) != 0) { free(script); return EXIT_USAGE; }
  nst_scenario *sc = load_or_report(path, rubric);
  if (!sc) { free(script); return EXIT_PROBLEM; }
  nst_session *s = nst_session_new(sc);
  int rc = EXIT_PROBLEM;
  if (!s || nst_session_start(s) != 0) {
    fprintf(stderr, "naast: %s\n", s ? nst_session_error(s) : "out of memory");
    goto done;
  }
  nst_record_meta meta = { .trainee = trainee, .mode = assess ? "assessment" : "training",
                           .lang = strings_lang(), .started = app_now() };
  nst_term t = { .in = stdin, .out = stdout, .assess = assess, .script = script, .script_len = n,
                 .record_path = record, .meta = &meta };
  term_print_intro(sc, stdout);
  rc = term_play(s, &t);
  if (rc == EXIT_OK && record) {
    char err[512];
    if (nst_session_ended(s)) meta.ended = app_now();
    if (nst_record_save(record, s, &meta, err, sizeof err) != 0) {
      if (!t.save_failed) fprintf(stderr, "naast: %s\n", err);   /* else said already */
      rc = EXIT_IO;
    }
  }
done:
  nst_session_free(s);
  nst_scenario_free(sc);
  free(script);
  return rc;
}
