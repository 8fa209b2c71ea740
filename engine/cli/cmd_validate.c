/* cmd_validate.c: naast validate: every finding about scenario files. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "parallel.h"

enum { MAX_STATES = 2000000 };

static void usage(FILE *f) {
  fprintf(f,
          "usage: naast validate [--json] [--strict] [--rubric FILE] FILE|ID...\n"
          "Checks scenario files (or scenarios by id: the library's and your own) and reports every\n"
          "finding as file:line: severity: message.\n"
          "  --json     findings as JSON on standard output\n"
          "  --strict   warnings count as failures too\n"
          "  --rubric   the rubric file (default: rubric.lua beside the scenario or above it)\n"
          "Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 usage.\n");
}

typedef struct { const char **files; const char *rubric; } job;

/* Loads and checks file i; writes its findings as a JSON array. */
static void validate_one(int i, FILE *out, void *ctx) {
  const job *j = ctx;
  nst_findings f = { 0 };
  nst_load_options opt = lib_load_options(j->rubric);
  nst_scenario *sc = nst_load_scenario(j->files[i], &opt, &f);
  if (sc) nst_check(sc, MAX_STATES, &f);
  nst_findings_sort(&f);
  cJSON *list = cJSON_CreateArray();
  for (int k = 0; k < f.count; k++) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "file", f.items[k].file);
    cJSON_AddNumberToObject(o, "line", f.items[k].line);
    cJSON_AddStringToObject(o, "severity", f.items[k].severity == NST_ERROR ? "error" : "warning");
    cJSON_AddStringToObject(o, "code", f.items[k].code);
    cJSON_AddStringToObject(o, "message", f.items[k].message);
    cJSON_AddItemToArray(list, o);
  }
  char *s = cJSON_PrintUnformatted(list);
  if (s) fputs(s, out);
  free(s);
  cJSON_Delete(list);
  nst_findings_clear(&f);
  nst_scenario_free(sc);
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

  const char **files = malloc(sizeof *files * (size_t)nfiles);
  char **outs = malloc(sizeof *outs * (size_t)nfiles);
  size_t *lens = malloc(sizeof *lens * (size_t)nfiles);
  if (!files || !outs || !lens) { fprintf(stderr, "naast: out of memory\n"); return EXIT_IO; }
  nfiles = 0;
  for (int i = 1; i < argc; i++) {
    if (argv[i][0] == '-') { if (!strcmp(argv[i], "--rubric")) i++; continue; }
    /* an id (no folder, no .lua) is looked up like play does; an id in both
     * the library and the trainer's folder is reported and left unresolved */
    char found[4096];
    size_t l = strlen(argv[i]);
    int id = !strchr(argv[i], '/') && !(l > 4 && !strcmp(argv[i] + l - 4, ".lua")) && access(argv[i], F_OK) != 0;
    files[nfiles++] = id && lib_resolve(argv[i], found, sizeof found) == 0 ? strdup(found) : strdup(argv[i]);
  }
  /* each file is loaded and explored on its own core; the findings come
   * back as JSON and are printed here, in the order the files were named */
  job j = { files, rubric };
  par_map(nfiles, validate_one, &j, outs, lens);
  cJSON *all = json ? cJSON_CreateArray() : NULL;
  int errors = 0, warnings = 0;
  for (int i = 0; i < nfiles; i++) {
    cJSON *list = outs[i] ? cJSON_Parse(outs[i]) : NULL;
    free(outs[i]);
    if (!cJSON_IsArray(list)) {
      fprintf(stderr, "%s: error: the check did not finish\n", files[i]);
      errors++;
      cJSON_Delete(list);
      continue;
    }
    cJSON *o;
    cJSON_ArrayForEach(o, list) {
      const char *sev = cJSON_GetStringValue(cJSON_GetObjectItem(o, "severity"));
      int is_error = sev && !strcmp(sev, "error");
      errors += is_error;
      warnings += !is_error;
      if (!json) {
        const char *file = cJSON_GetStringValue(cJSON_GetObjectItem(o, "file"));
        int line = (int)cJSON_GetNumberValue(cJSON_GetObjectItem(o, "line"));
        const char *msg = cJSON_GetStringValue(cJSON_GetObjectItem(o, "message"));
        if (line > 0) fprintf(stderr, "%s:%d: %s: %s\n", file, line, sev, msg);
        else fprintf(stderr, "%s: %s: %s\n", file, sev, msg);
      }
    }
    if (json) {
      while (cJSON_GetArraySize(list) > 0) cJSON_AddItemToArray(all, cJSON_DetachItemFromArray(list, 0));
    }
    cJSON_Delete(list);
  }
  for (int i = 0; i < nfiles; i++) free((char *)files[i]);
  free(files);
  free(outs);
  free(lens);
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
