/* cmd_test.c: naast test: a trainer's own checks, declared in the scenario
 * (tests = { test { choices = ..., ending = ..., min = ... } }), and seeded
 * random playthroughs that must each reach an ending without an error. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "session.h"

enum { MAX_STEPS = 1000 };   /* a random playthrough this long is taken to loop */

static void usage(FILE *f) {
  fprintf(f,
          "usage: naast test SCENARIO... [--random N] [--seed S] [--rubric FILE] [--quiet]\n"
          "Runs the checks declared in each scenario's tests list (a path by response numbers,\n"
          "the ending it must reach, bounds on the scores), then N random playthroughs (default\n"
          "1000, seeded with S, default 1) that must each reach an ending without an error.\n"
          "Prints every failure as file:line with how to replay it, then \"N passed, N failed\".\n"
          "Exit status 1 when anything failed.\n");
}

typedef struct { int passed, failed, quiet; } tally;

static void fail(tally *t, const char *path, int line, const char *fmt, const char *a, const char *b) {
  fprintf(stdout, "%s:%d: FAIL: ", path, line);
  fprintf(stdout, fmt, a, b);
  fputc('\n', stdout);
  t->failed++;
}

static void choices_text(const nst_session *s, char *out, size_t n) {
  size_t len = 0;
  out[0] = '\0';
  for (int i = 0; i < nst_session_decision_count(s) && len + 8 < n; i++)
    len += (size_t)snprintf(out + len, n - len, "%s%d", i ? "," : "", nst_session_decision(s, i)->number);
}

/* A script or engine error already names "path:line: "; the finding is
 * placed there instead of at the node. */
static const char *strip_where(const nst_scenario *sc, const char *msg, int *line) {
  size_t pl = strlen(sc->path);
  if (strncmp(msg, sc->path, pl) != 0 || msg[pl] != ':') return msg;
  char *end;
  long l = strtol(msg + pl + 1, &end, 10);
  if (end == msg + pl + 1 || strncmp(end, ": ", 2) != 0) return msg;
  *line = (int)l;
  return end + 2;
}

/* One declared test; 0 passed, -1 failed (reported). */
static int run_declared(const nst_scenario *sc, const nst_test *ts, int index, tally *t) {
  char name[300], msg[1200];
  if (ts->name) snprintf(name, sizeof name, "test %d (\"%s\")", index, ts->name);
  else snprintf(name, sizeof name, "test %d", index);
  nst_session *s = nst_session_new(sc);
  if (!s || nst_session_start(s) != 0) {
    fail(t, sc->path, ts->line, "%s: %s", name, s ? nst_session_error(s) : "out of memory");
    nst_session_free(s);
    return -1;
  }
  int bad = 0;
  for (int i = 0; i < ts->choice_count && !bad; i++) {
    int avail = nst_session_available_count(s);
    if (nst_session_ended(s)) {
      snprintf(msg, sizeof msg, "the conversation already ended at \"%s\" after %d of its %d choices",
               sc->nodes[nst_session_node(s)].id, i, ts->choice_count);
      bad = 1;
    } else if (ts->choices[i] > avail) {
      snprintf(msg, sizeof msg, "choice %d is %d, but node \"%s\" offers %d response%s there", i + 1,
               ts->choices[i], sc->nodes[nst_session_node(s)].id, avail, avail == 1 ? "" : "s");
      bad = 1;
    } else if (nst_session_choose(s, ts->choices[i] - 1, -1) != 0) {
      int ignored;
      snprintf(msg, sizeof msg, "%s", strip_where(sc, nst_session_error(s), &ignored));
      bad = 1;
    }
  }
  if (!bad && ts->ending != NST_NONE) {
    if (!nst_session_ended(s)) {
      snprintf(msg, sizeof msg, "expected ending \"%s\", but after its choices the conversation is at \"%s\"",
               sc->nodes[ts->ending].id, sc->nodes[nst_session_node(s)].id);
      bad = 1;
    } else if (nst_session_node(s) != ts->ending) {
      snprintf(msg, sizeof msg, "expected ending \"%s\", reached \"%s\"", sc->nodes[ts->ending].id,
               sc->nodes[nst_session_node(s)].id);
      bad = 1;
    }
  }
  for (int d = 0; d <= sc->dim_count && !bad; d++) {
    int overall = d == sc->dim_count;
    float lo = overall ? ts->min_overall : ts->min[d], hi = overall ? ts->max_overall : ts->max[d];
    if (lo < 0 && hi < 0) continue;
    const char *label = overall ? "overall" : sc->dims[d].id;
    double v;
    int counted = overall ? nst_session_overall(s, &v) : nst_session_score(s, d, &v);
    if (!counted) {   /* nothing scored stays under any maximum, but reaches no minimum */
      if (lo >= 0) {
        snprintf(msg, sizeof msg, "%s must reach %.0f%%, but no decision on this path scores it", label, lo * 100);
        bad = 1;
      }
    } else if ((lo >= 0 && v < lo - 1e-9) || (hi >= 0 && v > hi + 1e-9)) {
      snprintf(msg, sizeof msg, "%s scored %.0f%%, outside %.0f%% to %.0f%%", label, v * 100,
               lo >= 0 ? lo * 100 : 0, hi >= 0 ? hi * 100 : 100);
      bad = 1;
    }
  }
  if (bad) fail(t, sc->path, ts->line, "%s: %s", name, msg);
  else t->passed++;
  nst_session_free(s);
  return bad ? -1 : 0;
}

static uint64_t next_random(uint64_t *x) {   /* xorshift64* */
  *x ^= *x >> 12;
  *x ^= *x << 25;
  *x ^= *x >> 27;
  return *x * 2685821657736338717ull;
}

/* One random playthrough; marks the ending reached. */
static void run_random(const nst_scenario *sc, uint64_t seed, unsigned char *reached, tally *t) {
  uint64_t x = seed * 0x9E3779B97F4A7C15ull + 1;
  nst_session *s = nst_session_new(sc);
  char msg[1200] = "", replay[512];
  int line = sc->decl_line;
  if (!s || nst_session_start(s) != 0) {
    snprintf(msg, sizeof msg, "%s", s ? nst_session_error(s) : "out of memory");
  } else {
    while (!nst_session_ended(s)) {
      int n = nst_session_available_count(s);
      const nst_node *node = &sc->nodes[nst_session_node(s)];
      if (nst_session_decision_count(s) >= MAX_STEPS) {
        snprintf(msg, sizeof msg, "no ending after %d decisions: the conversation loops", MAX_STEPS);
        line = node->line;
        break;
      }
      if (n == 0) {
        snprintf(msg, sizeof msg, "node \"%s\" offers no response in the state reached", node->id);
        line = node->line;
        break;
      }
      if (nst_session_choose(s, (int)(next_random(&x) % (uint64_t)n), -1) != 0) {
        line = node->line;
        snprintf(msg, sizeof msg, "%s", strip_where(sc, nst_session_error(s), &line));
        break;
      }
    }
    if (!msg[0]) reached[nst_session_node(s)] = 1;
  }
  if (msg[0]) {
    choices_text(s, replay, sizeof replay);
    char where[700];
    snprintf(where, sizeof where, "(seed %llu; replay with: naast run %s --choices %s)", (unsigned long long)seed,
             sc->path, replay[0] ? replay : "\"\"");
    fail(t, sc->path, line, "random playthrough: %s %s", msg, where);
  } else {
    t->passed++;
  }
  nst_session_free(s);
}

static int test_file(const char *name, const char *rubric, long random, uint64_t seed, tally *t) {
  char path[4096];
  if (lib_resolve(name, path, sizeof path) != 0) { t->failed++; return -1; }
  nst_scenario *sc = load_or_report(path, rubric);
  if (!sc) { t->failed++; return -1; }
  int before = t->failed;
  for (int i = 0; i < sc->test_count; i++) run_declared(sc, &sc->tests[i], i + 1, t);
  unsigned char *reached = calloc((size_t)sc->node_count + 1, 1);
  int failed_random = 0;
  for (long i = 0; reached && i < random; i++) {
    int f = t->failed;
    run_random(sc, seed + (uint64_t)i, reached, t);
    failed_random += t->failed != f;
    if (failed_random >= 5 && i + 1 < random) {   /* the same fault, many times over, says no more */
      printf("%s: random play stopped after 5 failures; %ld playthroughs not run\n", path, random - i - 1);
      random = i + 1;
      break;
    }
  }
  if (!t->quiet) {
    int endings = 0, hit = 0;
    for (int i = 0; i < sc->node_count; i++)
      if (sc->nodes[i].kind == NST_ENDING) { endings++; hit += reached && reached[i]; }
    printf("%s: %d declared test%s, %ld random playthrough%s reaching %d of %d endings: %s\n", path,
           sc->test_count, sc->test_count == 1 ? "" : "s", random, random == 1 ? "" : "s", hit, endings,
           t->failed == before ? "ok" : "FAILED");
  }
  free(reached);
  nst_scenario_free(sc);
  return 0;
}

int cmd_test(int argc, char **argv) {
  const char *rubric = NULL;
  long random = 1000;
  unsigned long long seed = 1;
  tally t = { 0 };
  int files = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    char *end;
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); return EXIT_OK; }
    else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) t.quiet = 1;
    else if (!strcmp(a, "--rubric") && i + 1 < argc) rubric = argv[++i];
    else if (!strcmp(a, "--random") && i + 1 < argc) {
      random = strtol(argv[++i], &end, 10);
      if (*end || random < 0 || random > 100000000) { fprintf(stderr, "naast test: --random takes a count\n"); return EXIT_USAGE; }
    } else if (!strcmp(a, "--seed") && i + 1 < argc) {
      seed = strtoull(argv[++i], &end, 10);
      if (*end) { fprintf(stderr, "naast test: --seed takes a number\n"); return EXIT_USAGE; }
    } else if (a[0] == '-') { fprintf(stderr, "naast test: unexpected argument %s\n", a); usage(stderr); return EXIT_USAGE; }
    else files++;
  }
  if (!files) { usage(stderr); return EXIT_USAGE; }
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--rubric") || !strcmp(a, "--random") || !strcmp(a, "--seed")) { i++; continue; }
    if (a[0] == '-') continue;
    test_file(a, rubric, random, (uint64_t)seed, &t);
  }
  printf("%d passed, %d failed\n", t.passed, t.failed);
  return t.failed ? EXIT_PROBLEM : EXIT_OK;
}
