/* main.c: the naast command: dispatches to a subcommand. */
#include <signal.h>
#include <stdio.h>
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

static void usage(FILE *f) {
  fprintf(f, "usage: naast COMMAND [options]   (naast COMMAND --help for its options)\n\n");
  for (int i = 0; i < NCOMMANDS; i++) fprintf(f, "  %-10s %s\n", COMMANDS[i].name, COMMANDS[i].what);
  fprintf(f, "\n  --version  print the version\n\n"
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
  for (int i = 0; i < NCOMMANDS; i++)
    if (!strcmp(argv[1], COMMANDS[i].name)) return COMMANDS[i].run(argc - 1, argv + 1);
  fprintf(stderr, "naast: unknown command \"%s\"\n", argv[1]);
  usage(stderr);
  return EXIT_USAGE;
}
