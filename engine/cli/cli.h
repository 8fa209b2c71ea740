/* cli.h: what the naast subcommands share. */
#ifndef NAAST_CLI_H
#define NAAST_CLI_H

#include <stddef.h>

#include "check.h"
#include "loader.h"
#include "record.h"
#include "scenario.h"

/* Exit codes (docs/cli.md). */
enum {
  EXIT_OK = 0,
  EXIT_PROBLEM = 1,   /* the scenario or record has errors; a check failed */
  EXIT_USAGE = 2,     /* the command line is wrong */
  EXIT_IO = 3         /* a file could not be read or written */
};

int cmd_run(int argc, char **argv);
int cmd_play(int argc, char **argv);
int cmd_list(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_analyze(int argc, char **argv);
int cmd_test(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_new(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_history(int argc, char **argv);
int cmd_export(int argc, char **argv);

/* The scenario library folder (NAAST_SCENARIOS, or scenarios/ beside the
 * program's build or install folder, or ./scenarios). */
const char *lib_dir(void);
/* Load options for a scenario: the rubric named on the command line (or
 * NULL), else the one near the file, else the library's. */
nst_load_options cli_load_options(const char *rubric);
/* Every scenario file in the library, sorted; caller frees with lib_free. */
int lib_files(char ***paths);
void lib_free(char **paths, int n);
/* A scenario named on the command line: a file path, or an id/file name in
 * the library. 0, or -1 with a message printed. */
int lib_resolve(const char *name, char *out, size_t n);
/* The scenario file of a session record (record_scenario.c): the library's
 * file for its id, else the recorded path when it is a regular .lua file;
 * nothing else is ever loaded from what a record says. 0 with the path in
 * out, or -1 with a message naming record_path in err. */
int cli_record_scenario(const nst_record *r, const char *record_path, char *out, size_t n, char *err,
                        size_t errlen);
/* The data folder for sessions: --data, NAAST_DATA, $XDG_DATA_HOME/naast or
 * ~/.local/share/naast. */
void lib_data_dir(const char *option, char *out, size_t n);

/* Prints findings as "file:line: error: message" to stderr. */
void print_findings(const nst_findings *f);
/* Loads a scenario for playing; prints errors and returns NULL on failure. */
nst_scenario *load_or_report(const char *path, const char *rubric);

/* A duration as people write it: "3m", "90s", "2m30s" or plain seconds
 * ("180"); seconds, or -1 when it is not one or over an hour. */
int cli_parse_duration(const char *s);

/* --time-limit S as given to a command that loads scenarios (taken out of
 * its arguments in main.c); 0 when not given. cli_load_options uses it. */
double cli_time_limit(void);

/* Current time in Unix seconds; SOURCE_DATE_EPOCH wins, for reproducible runs. */
long long cli_now(void);

#endif
