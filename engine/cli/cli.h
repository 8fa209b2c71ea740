/* cli.h: what the naast subcommands share. */
#ifndef NAAST_CLI_H
#define NAAST_CLI_H

#include <stddef.h>

#include "check.h"
#include "loader.h"
#include "library.h"
#include "paths.h"
#include "record.h"
#include "scenario.h"
#include "status.h"

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

/* Whether the scenario puts the trainee in role (NULL: any role). */
int cli_role_matches(const nst_scenario *sc, const char *role);
/* 0 when some scenario of the library has role (or role is NULL); else
 * says so, naming the rubric's roles, and returns -1. */
int cli_check_role(const char *role);

/* Prints findings as "file:line: error: message" to stderr. */
void print_findings(const nst_findings *f);
/* Loads a scenario for playing; prints errors and returns NULL on failure. */
nst_scenario *load_or_report(const char *path, const char *rubric);

/* A duration as people write it: "3m", "90s", "2m30s" or plain seconds
 * ("180"); seconds, or -1 when it is not one or over an hour. */
int cli_parse_duration(const char *s);

#endif
