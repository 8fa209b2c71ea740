/* main.c: the naast command: dispatches to a subcommand. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "naast_describe.h"
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

/* Takes --time-limit S out of the arguments of a command that loads
 * scenarios, so that every one of them honours it through lib_load_options
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
    lib_set_load_seconds(v);
    for (int k = i; k + 2 <= *argc; k++) argv[k] = argv[k + 2];
    *argc -= 2;
    i--;
  }
  return 0;
}

static void usage(FILE *f) {
  fprintf(f, "usage: naast [--scenarios DIR] COMMAND [options]   (naast COMMAND --help for its options)\n\n");
  for (int i = 0; i < NCOMMANDS; i++) fprintf(f, "  %-10s %s\n", COMMANDS[i].name, COMMANDS[i].what);
  fprintf(f, "\n  --scenarios DIR  the library folder (rubric.lua, the scenarios, templates/)\n"
             "  --version        print the version, what it was built from and where the library is\n"
             "  --help           this text\n"
             "  --time-limit S   (after a command that loads scenarios) seconds a scenario file may\n"
             "                   run while it loads, default 1; each call into it later has 0.25 s\n\n"
             "Your own scenarios are in DATA/scenarios (DATA: --data of play, history and export,\n"
             "$NAAST_DATA, $XDG_DATA_HOME/naast or ~/.local/share/naast).\n\n"
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
  int scenarios = 1;   /* options before the command hold for every command */
  while (scenarios + 1 < argc && !strcmp(argv[scenarios], "--scenarios")) scenarios += 2;
  nst_termsafe_install(argc > scenarios && (!strcmp(argv[scenarios], "play") || !strcmp(argv[scenarios], "run")));
  while (argc >= 2 && !strcmp(argv[1], "--scenarios")) {
    if (argc < 3) { fprintf(stderr, "naast: --scenarios needs a folder\n"); return EXIT_USAGE; }
    paths_set_library(argv[2]);
    argc -= 2;
    argv += 2;
  }
  if (argc < 2) { usage(stderr); return EXIT_USAGE; }
  if (!strcmp(argv[1], "--version")) {
    /* NAAST_DESCRIBE: git describe at build time, or "release" */
    printf("naast %s (%s)\nlibrary: %s (%s)\nyour own scenarios: %s\n", NAAST_VERSION, NAAST_DESCRIBE,
           paths_library(), paths_library_origin(), paths_own());
    return EXIT_OK;
  }
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
