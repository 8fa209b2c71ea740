/* main.c: the naast command: dispatches to a subcommand. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "termsafe.h"

static const struct { const char *name; int (*run)(int, char **); const char *what; } COMMANDS[] = {
  { "play", cmd_play, "play a scenario (terminal; --resume to continue a session)" },
  { "run", cmd_run, "play a scenario headlessly with given choices" },
  { "list", cmd_list, "list the scenarios in the library" },
  { "validate", cmd_validate, "check scenario files (file:line findings)" },
  { "analyze", cmd_analyze, "count every path: endings, best, worst, score spread, unreachable parts" },
  { "test", cmd_test, "a scenario's own checks and random playthroughs" },
  { "graph", cmd_graph, "the conversation map (Graphviz dot or Mermaid)" },
  { "new", cmd_new, "a new scenario file from the template" },
  { "report", cmd_report, "the debrief of a session (Markdown, HTML) from its record" },
  { "compare", cmd_compare, "where a group's sessions of one scenario diverged" },
  { "history", cmd_history, "sessions over time: trend per dimension and lesson" },
  { "export", cmd_export, "one CSV row per decision, for your own analysis" },
};
enum { NCOMMANDS = sizeof COMMANDS / sizeof COMMANDS[0] };

/* Commands that load scenario files, and so take --time-limit. */
static const char *const LOADING[] = { "play", "run", "list", "validate", "analyze", "test", "graph", "new", "report", NULL };

static double time_limit;   /* seconds for running a scenario file; 0: the default */

double cli_time_limit(void) { return time_limit; }

/* Takes --time-limit S out of the arguments of a command that loads
 * scenarios, so that every one of them honours it through cli_load_options
 * without a parser of its own. 0, or -1 when S is not a number of seconds
 * (above 0, at most 600). */
static int take_time_limit(int *argc, char **argv) {
  int loads = 0;
  for (int i = 0; LOADING[i]; i++) loads |= !strcmp(argv[1], LOADING[i]);
  if (!loads) return 0;
  for (int i = 2; i < *argc; i++) {
    if (strcmp(argv[i], "--time-limit") != 0) continue;
    char *end = NULL;
    double v = i + 1 < *argc ? strtod(argv[i + 1], &end) : 0;
    if (!end || end == argv[i + 1] || *end || !(v > 0 && v <= 600)) return -1;
    time_limit = v;
    for (int k = i; k + 2 <= *argc; k++) argv[k] = argv[k + 2];
    *argc -= 2;
    i--;
  }
  return 0;
}

static void usage(FILE *f) {
  fprintf(f, "usage: naast COMMAND [options]   (naast COMMAND --help for its options)\n\n");
  for (int i = 0; i < NCOMMANDS; i++) fprintf(f, "  %-10s %s\n", COMMANDS[i].name, COMMANDS[i].what);
  fprintf(f, "\n  --version  print the version\n"
             "  --time-limit S  (commands that load scenarios) seconds a scenario file may run\n"
             "             while it loads, default 1; each call into it later has 0.25 s\n\n"
             "Exit status: 0 success, 1 the scenario or record has errors, 2 wrong usage,\n"
             "3 a file could not be read or written.\n");
}

int main(int argc, char **argv) {
  /* over a file size limit (ulimit -f) a write should fail with EFBIG and
   * be said like any other write error, not kill the program mid-save */
  signal(SIGXFSZ, SIG_IGN);
  /* every message (file names, a scenario's error text, a record's strings)
   * and, for the terminal front end (play, run) or a terminal, every line
   * of output goes through one filter that shows control codes instead of
   * letting the terminal obey them */
  nst_termsafe_install(argc > 1 && (!strcmp(argv[1], "play") || !strcmp(argv[1], "run")));
  if (argc < 2) { usage(stderr); return EXIT_USAGE; }
  if (!strcmp(argv[1], "--version")) { printf("naast %s\n", NAAST_VERSION); return EXIT_OK; }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
    usage(stdout);
    return EXIT_OK;
  }
  if (take_time_limit(&argc, argv) != 0) {
    fprintf(stderr, "naast %s: --time-limit takes seconds, above 0 and at most 600 (such as 2 or 0.5)\n", argv[1]);
    return EXIT_USAGE;
  }
  for (int i = 0; i < NCOMMANDS; i++)
    if (!strcmp(argv[1], COMMANDS[i].name)) return COMMANDS[i].run(argc - 1, argv + 1);
  fprintf(stderr, "naast: unknown command \"%s\"\n", argv[1]);
  usage(stderr);
  return EXIT_USAGE;
}
