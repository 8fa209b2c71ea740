/* cmd_play.c: naast play: interactive play, with a saved, resumable session. */
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "fsutil.h"
#include "prescan.h"
#include "record.h"
#include "report.h"
#include "session.h"
#include "strings.h"
#include "term_play.h"
#include "window.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: naast play [SCENARIO] [--window | --term] [--assess] [--trainee NAME] [--lang nl|en]\n"
          "                  [--record FILE | --no-save] [--data DIR] [--rubric FILE]\n"
          "                  [--group [--discuss TIME]] [--role ROLE]\n"
          "       naast play --resume RECORD\n"
          "       naast play --from RECORD --step N [--group]\n"
          "Plays a scenario in a window when a display exists and standard input is a terminal\n"
          "(--window always, --term never), else in the terminal (numbered responses, plain text a\n"
          "screen reader can follow). Without SCENARIO, shows the library to choose from. In\n"
          "training mode the feedback follows each response; with --assess it comes at the end.\n"
          "The session is saved after every decision (in DIR/sessions, default\n"
          "~/.local/share/naast) and can be resumed; starting the same scenario again offers to\n"
          "resume an unfinished session. At the end: the self-assessment, then the scores, and the\n"
          "debrief written beside the record (.md and .html).\n"
          "\n"
          "  --group          intervision: the facilitator plays for a group. At each decision the\n"
          "                   peers choose silently, the facilitator enters how many chose each\n"
          "                   response, then the group sees the spread and the feedback. The\n"
          "                   conversation follows the majority; ties and detours are the\n"
          "                   facilitator's call. The debrief shows every vote (docs/group.md).\n"
          "  --discuss TIME   a timer for each silent choice: 3m, 90s, 2m30s\n"
          "  --role ROLE      the library shows only the scenarios that put you in this seat\n"
          "                   (procesbegeleider, jeugdbeschermer, omgangsbegeleider, collega)\n"
          "  --from RECORD --step N\n"
          "                   starts at decision N of an earlier session, in the same state, to\n"
          "                   try the response not taken; the new record notes where it branched\n"
          "\n");
  fputs(win_usage(), f);
}

/* Lets the user pick a scenario from the library (those in role, when
 * given); 0, or -1 to quit. */
static int pick(const char *role, char *out, size_t n) {
  char **paths;
  int count = lib_files(&paths);
  if (count == 0) { fprintf(stderr, "naast: no scenarios found in %s\n", lib_dir()); return -1; }
  nst_scenario **scs = calloc((size_t)count, sizeof *scs);
  int *num = calloc((size_t)count, sizeof *num), shown = 0;   /* the number shown -> library index */
  for (int i = 0; scs && num && i < count; i++) {
    char other[4096];
    int own = lib_is_own(paths[i]);
    if (own && lib_conflict(paths[i], other, sizeof other)) {   /* never shadowed: left out, said */
      fprintf(stderr, "%s: error: the id is also the library's scenario %s; rename your own file\n", paths[i], other);
      continue;
    }
    scs[i] = load_or_report(paths[i], NULL);
    if (!scs[i]) continue;
    if (!cli_role_matches(scs[i], role)) { nst_scenario_free(scs[i]); scs[i] = NULL; continue; }
    num[shown++] = i;
    printf("%2d. %s (%d %s%s%s)\n    ", shown, scs[i]->title, scs[i]->minutes, S(S_MINUTES), own ? ", " : "",
           own ? S(S_OWN) : "");
    const char *rl = nst_scenario_role_label(scs[i], !strcmp(strings_lang(), "en"));
    if (rl) printf("%s: %s · ", S(S_ROLE), rl);
    for (int p = 0; p < scs[i]->cast_count; p++)
      printf("%s%s (%s)", p ? ", " : "", scs[i]->cast[p].name, scs[i]->cast[p].role);
    printf(" · %s %d", S(S_LESSONS), scs[i]->main_lesson);
    for (int l = 1; l <= NST_LESSONS; l++)
      if (l != scs[i]->main_lesson && (scs[i]->lessons & (1u << l))) printf(", %d", l);
    if (scs[i]->content_note_count) {
      printf("\n    %s:", S(S_CONTENT_NOTES));
      for (int k = 0; k < scs[i]->content_note_count; k++) printf("%s %s", k ? "," : "", scs[i]->content_notes[k]);
    }
    printf("\n");
  }
  int rc = -1;
  for (;;) {
    char buf[64];
    printf("%s: ", S(S_PICK_SCENARIO));
    fflush(stdout);
    if (!fgets(buf, sizeof buf, stdin) || buf[0] == 'q') break;
    int k = atoi(buf);
    if (k >= 1 && k <= shown) { snprintf(out, n, "%s", paths[num[k - 1]]); rc = 0; break; }
  }
  for (int i = 0; scs && i < count; i++) nst_scenario_free(scs[i]);
  free(scs);
  free(num);
  lib_free(paths, count);
  return rc;
}

/* --from, checked once for both front ends before either starts: the record
 * loads, N is one of its decisions and its scenario loads. EXIT_OK with
 * both (the caller frees them) and the scenario's path, or the exit code
 * with the reason said. */
static int open_branch(const char *from, int step, const char *rubric, nst_record **old, nst_scenario **sc,
                       char *path, size_t n) {
  char err[1024];
  *old = nst_record_load(from, err, sizeof err);
  if (!*old) { fprintf(stderr, "naast: %s\n", err); return EXIT_PROBLEM; }
  int count = (*old)->count;
  if (step > count) {
    fprintf(stderr, "naast: %s has %d decision%s: --step takes 1 to %d\n", from, count, count == 1 ? "" : "s", count);
    return EXIT_USAGE;
  }
  if (lib_record_scenario((*old)->scenario_id, (*old)->scenario_file, from, path, n, err, sizeof err) != 0) {
    fprintf(stderr, "naast: %s\n", err);
    return EXIT_PROBLEM;
  }
  return (*sc = load_or_report(path, rubric)) ? EXIT_OK : EXIT_PROBLEM;
}

/* The window cannot say on stderr, once it is open, that a branch does not
 * replay; so it is tried here first. EXIT_OK, or EXIT_PROBLEM said. */
static int branch_replays(const nst_record *old, const nst_scenario *sc, int step, const char *from) {
  char err[1024];
  nst_session *s = nst_session_new(sc);
  int rc = EXIT_OK;
  if (!s || nst_session_start(s) != 0) {
    fprintf(stderr, "naast: %s\n", s ? nst_session_error(s) : "out of memory");
    rc = EXIT_PROBLEM;
  } else if (nst_record_replay(old, s, step - 1, err, sizeof err) != 0) {
    fprintf(stderr, "naast: %s: %s\n", from, err);
    rc = EXIT_PROBLEM;
  }
  nst_session_free(s);
  return rc;
}

int cmd_play(int argc, char **argv) {
  const char *name = NULL, *trainee = NULL, *record = NULL, *resume = NULL, *data = NULL, *rubric = NULL;
  const char *role = NULL;
  const char *from = NULL;
  int assess = 0, no_save = 0, window = 0, term = 0, wopt, group = 0, discuss = 0, step = 0;
  win_options wo = { 0 };
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); return EXIT_OK; }
    else if (!strcmp(a, "--term")) term = 1;
    else if (!strcmp(a, "--window")) window = 1;
    else if ((wopt = win_parse_option(&wo, argc, argv, &i)) != 0) {   /* window options imply --window */
      if (wopt < 0) { fprintf(stderr, "naast play: %s needs a valid value\n", a); usage(stderr); return EXIT_USAGE; }
      window = 1;
    }
    else if (!strcmp(a, "--assess")) assess = 1;
    else if (!strcmp(a, "--no-save")) no_save = 1;
    else if (!strcmp(a, "--trainee") && i + 1 < argc) {
      trainee = argv[++i];
      if (!nst_utf8_valid(trainee, strlen(trainee)) || strlen(trainee) > 200) {
        fprintf(stderr, "naast: --trainee takes a name or pseudonym of at most 200 bytes of UTF-8 text\n");
        return EXIT_USAGE;
      }
    }
    else if (!strcmp(a, "--group")) group = 1;
    else if (!strcmp(a, "--discuss") && i + 1 < argc) {
      discuss = cli_parse_duration(argv[++i]);
      if (discuss <= 0) {
        fprintf(stderr, "naast play: --discuss takes a time such as 3m, 90s or 2m30s (at most 60m)\n");
        return EXIT_USAGE;
      }
    }
    else if (!strcmp(a, "--from") && i + 1 < argc) from = argv[++i];
    else if (!strcmp(a, "--step") && i + 1 < argc) {
      char *end;
      long v = strtol(argv[++i], &end, 10);
      if (*end || end == argv[i] || v < 1 || v > 100000) {
        fprintf(stderr, "naast play: --step takes a decision number: 1, 2, ...\n");
        return EXIT_USAGE;
      }
      step = (int)v;
    }
    else if (!strcmp(a, "--record") && i + 1 < argc) record = argv[++i];
    else if (!strcmp(a, "--resume") && i + 1 < argc) resume = argv[++i];
    else if (!strcmp(a, "--data") && i + 1 < argc) data = argv[++i];
    else if (!strcmp(a, "--rubric") && i + 1 < argc) rubric = argv[++i];
    else if (!strcmp(a, "--role") && i + 1 < argc) role = argv[++i];
    else if (!strcmp(a, "--lang") && i + 1 < argc) strings_set_lang(argv[++i]);
    else if (a[0] != '-' && !name) name = a;
    else { fprintf(stderr, "naast play: unexpected argument %s\n", a); usage(stderr); return EXIT_USAGE; }
  }
  if ((from != NULL) != (step > 0)) {
    fprintf(stderr, "naast play: --from RECORD and --step N go together\n");
    return EXIT_USAGE;
  }
  if (from && (resume || name)) {
    fprintf(stderr, "naast play: --from starts from a record's own scenario: give no SCENARIO or --resume\n");
    return EXIT_USAGE;
  }
  if (discuss && !group) {
    fprintf(stderr, "naast play: --discuss times the group's silent choice: use it with --group\n");
    return EXIT_USAGE;
  }
  if (group && assess) {
    fprintf(stderr, "naast play: --group shows the feedback after each decision; it does not go with --assess\n");
    return EXIT_USAGE;
  }
  if (role && (name || resume || from)) {
    fprintf(stderr, "naast play: --role filters the library: give no SCENARIO, --resume or --from\n");
    return EXIT_USAGE;
  }
  if (cli_check_role(role) != 0) return EXIT_USAGE;
  char path[4096], dir[4096], rec_path[4096] = "", err[1024], from_full[PATH_MAX];
  paths_set_data(data);
  snprintf(dir, sizeof dir, "%s", paths_sessions());
  nst_record *old = NULL;   /* the record resumed, or branched from */
  nst_scenario *sc = NULL;
  if (from) {
    int rc = open_branch(from, step, rubric, &old, &sc, path, sizeof path);
    if (rc != EXIT_OK) { nst_record_free(old); nst_scenario_free(sc); return rc; }
  }
  /* The window when asked for, or when a display exists and a person is at
   * the terminal; it runs its own library, intro, play and debrief. */
  if (window || (!term && win_display_available() && isatty(STDIN_FILENO))) {
    if (name && !resume && lib_resolve(name, path, sizeof path) != 0) return EXIT_USAGE;
    wo.scenario = name && !resume ? path : NULL;
    wo.resume = resume;
    wo.record = record;
    wo.sessions_dir = dir;
    wo.rubric = rubric;
    wo.trainee = trainee;
    wo.assess = assess;
    wo.no_save = no_save;
    wo.lang = strings_lang();
    wo.role = role;
    wo.group = group;
    wo.discuss_seconds = discuss;
    wo.from = from;
    wo.from_step = step;
    int rc = from ? branch_replays(old, sc, step, from) : EXIT_OK;
    nst_record_free(old);          /* the window opens the record itself */
    nst_scenario_free(sc);
    return rc == EXIT_OK ? win_play(&wo) : rc;
  }

  if (resume) {
    old = nst_record_load(resume, err, sizeof err);
    if (!old) { fprintf(stderr, "naast: %s\n", err); return EXIT_PROBLEM; }
    if (lib_record_scenario(old->scenario_id, old->scenario_file, resume, path, sizeof path, err, sizeof err) != 0) {
      fprintf(stderr, "naast: %s\n", err);
      nst_record_free(old);
      return EXIT_PROBLEM;
    }
    snprintf(rec_path, sizeof rec_path, "%s", resume);
    if (old->mode && !strcmp(old->mode, "group")) group = 1;   /* resumed as it was played */
  } else if (name) {
    if (lib_resolve(name, path, sizeof path) != 0) return EXIT_USAGE;
  } else if (!from && pick(role, path, sizeof path) != 0) {   /* a branch's record and scenario are open */
    return EXIT_OK;
  }

  if (!sc && !(sc = load_or_report(path, rubric))) { nst_record_free(old); return EXIT_PROBLEM; }
  if (!old && !record && !no_save) {
    char found[4096];
    if (nst_record_find_unfinished(dir, sc->id, group, found, sizeof found) == 0) {
      nst_record *r = nst_record_load(found, err, sizeof err);
      char when[32];
      nst_time_format(r ? r->started : 0, when);
      printf(S(S_RESUME_OFFER), when, r ? r->count : 0);
      printf(" ");
      fflush(stdout);
      char buf[16];
      if (r && fgets(buf, sizeof buf, stdin) && (buf[0] == '\n' || strchr(S(S_YES_CHARS), buf[0]))) {
        old = r;
        r = NULL;
        resume = found;
        snprintf(rec_path, sizeof rec_path, "%s", found);
      }
      nst_record_free(r);
    }
  }
  if (record) snprintf(rec_path, sizeof rec_path, "%s", record);
  if (!rec_path[0] && !no_save &&
      (nst_mkdirs(dir, err, sizeof err) != 0 ||
       nst_record_new_path(dir, sc->id, app_now(), rec_path, sizeof rec_path, err, sizeof err) != 0)) {
    fprintf(stderr, "naast: %s (play with --no-save to keep nothing)\n", err);
    nst_scenario_free(sc);
    nst_record_free(old);
    return EXIT_IO;
  }

  nst_session *s = nst_session_new(sc);
  nst_term t = { .in = stdin, .out = stdout, .interactive = 1, .assess = assess,
                 .group = group, .discuss_seconds = discuss, .record_path = rec_path[0] ? rec_path : NULL };
  int rc = EXIT_PROBLEM;
  if (!s || nst_session_start(s) != 0) { fprintf(stderr, "naast: %s\n", s ? nst_session_error(s) : "out of memory"); goto done; }
  nst_record_meta meta = { .trainee = trainee, .mode = group ? "group" : assess ? "assessment" : "training",
                           .lang = strings_lang(), .started = app_now() };
  t.meta = &meta;
  if (old) {
    char hash[32];
    nst_record_hash_text(sc, hash);
    if (strcmp(hash, old->hash) != 0) fprintf(stderr, "naast: %s\n", S(S_SCENARIO_CHANGED));
    int upto = resume ? -1 : step - 1;
    if (nst_record_replay(old, s, upto, err, sizeof err) != 0) {
      fprintf(stderr, "naast: %s: %s\n", resume ? rec_path : from, err);
      goto done;
    }
    if (group && term_keep_tallies(&t, old, upto < 0 ? old->count : upto) != 0) {
      fprintf(stderr, "naast: out of memory\n");
      goto done;
    }
    if (!trainee) meta.trainee = old->trainee;
    if (resume) {
      meta.self_assessment_json = old->self_assessment_json;  /* asked once, kept */
      if (old->mode) { meta.mode = old->mode; assess = t.assess = !strcmp(old->mode, "assessment"); }
      meta.started = old->started > 0 ? old->started : meta.started;
      meta.branched_from = old->branched_from;
      meta.branched_step = old->branched_step;
    } else {
      /* the full path, so the note still finds the record from elsewhere */
      meta.branched_from = realpath(from, from_full) ? from_full : from;
      meta.branched_step = step;
      term_print_intro(sc, stdout);
      printf("\n");
      printf(S(S_BRANCHED), step, from);
      printf("\n");
      term_save(s, &t);   /* the branch is a session of its own from its first moment */
    }
  } else {
    term_print_intro(sc, stdout);
  }
  term_catch_signals();
  rc = term_play(s, &t);
  if (term_stop_signal() && !nst_session_ended(s)) term_save(s, &t);   /* the last word, as after a decision */
  /* a save that failed during play (said then) is an I/O failure, unless
   * the last save at the end made up for it */
  if (rc == EXIT_OK && t.save_failed && !nst_session_ended(s)) rc = EXIT_IO;
  if (nst_session_ended(s) && t.record_path) {
    meta.ended = app_now();
    if (nst_record_save(t.record_path, s, &meta, err, sizeof err) != 0) { fprintf(stderr, "naast: %s\n", err); rc = EXIT_IO; }
    else printf("\n"), printf(S(S_SAVED_AT), t.record_path), printf("\n");
    /* the debrief beside the record; a failure leaves the session intact */
    char md[4096], html[4096];
    if (rc == EXIT_OK && nst_report_write_beside(t.record_path, sc, strings_lang(), md, sizeof md, html, sizeof html,
                                                 err, sizeof err) != 0)
      fprintf(stderr, "naast: %s\n", err), rc = EXIT_IO;
    else if (rc == EXIT_OK) printf(S(S_REPORT_AT), md, html), printf("\n");
  }
done:
  free(t.self_assessment);
  free(t.tallies);
  nst_session_free(s);
  nst_scenario_free(sc);
  nst_record_free(old);
  int sig = term_stop_signal();
  if (sig) {   /* saved and cleaned up: end as that signal would, so a shell sees why */
    fflush(stdout);
    fflush(stderr);
    signal(sig, SIG_DFL);
    raise(sig);
  }
  return rc;
}
