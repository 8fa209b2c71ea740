/* cmd_validate.c: naast validate: every finding about scenario files. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { MAX_STATES = 2000000 };

static void usage(FILE *f) {
  fprintf(f,
          "usage: naast validate [--json] [--strict] [--rubric FILE] FILE...\n"
          "Checks scenario files and reports every finding as file:line: severity: message.\n"
          "  --json     findings as JSON on standard output\n"
          "  --strict   warnings count as failures too\n"
          "  --rubric   the rubric file (default: rubric.lua beside the scenario or above it)\n"
          "Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 usage.\n");
}

int cmd_validate(int argc, char **argv) {
  int json = 0, strict = 0, nfiles = 0;
  const char *rubric = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { usage(stdout); return EXIT_OK; }
    else if (!strcmp(argv[i], "--json")) json = 1;
    else if (!strcmp(argv[i], "--strict")) strict = 1;
    else if (!strcmp(argv[i], "--rubric") && i + 1 < argc) rubric = argv[++i];
    else if (argv[i][0] == '-') { fprintf(stderr, "naast validate: unknown option %s\n", argv[i]); usage(stderr); return EXIT_USAGE; }
    else nfiles++;
  }
  if (!nfiles) { usage(stderr); return EXIT_USAGE; }

  cJSON *all = json ? cJSON_CreateArray() : NULL;
  int errors = 0, warnings = 0;
  for (int i = 1; i < argc; i++) {
    if (argv[i][0] == '-') { if (!strcmp(argv[i], "--rubric")) i++; continue; }
    nst_findings f = { 0 };
    nst_load_options opt = nst_load_defaults();
    opt.rubric = rubric;
    opt.fallback_rubric = lib_rubric();
    nst_scenario *sc = nst_load_scenario(argv[i], &opt, &f);
    if (sc) nst_check(sc, MAX_STATES, &f);
    nst_findings_sort(&f);
    errors += f.errors;
    warnings += f.warnings;
    if (json) {
      for (int k = 0; k < f.count; k++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "file", f.items[k].file);
        cJSON_AddNumberToObject(o, "line", f.items[k].line);
        cJSON_AddStringToObject(o, "severity", f.items[k].severity == NST_ERROR ? "error" : "warning");
        cJSON_AddStringToObject(o, "code", f.items[k].code);
        cJSON_AddStringToObject(o, "message", f.items[k].message);
        cJSON_AddItemToArray(all, o);
      }
    } else {
      print_findings(&f);
    }
    nst_findings_clear(&f);
    nst_scenario_free(sc);
  }
  if (json) {
    char *s = cJSON_Print(all);
    puts(s);
    free(s);
    cJSON_Delete(all);
  } else {
    fprintf(stderr, "%d file%s: %d error%s, %d warning%s\n", nfiles, nfiles == 1 ? "" : "s", errors,
            errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
  }
  return errors || (strict && warnings) ? EXIT_PROBLEM : EXIT_OK;
}
